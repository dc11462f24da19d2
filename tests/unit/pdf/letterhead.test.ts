import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderVerbalePdf } from '../../../electron/backend/pdf';
import type { VerbaleDocument } from '../../../shared/verbale/document';
import { fixtureDocument, TINY_PNG_BASE64 } from '../docx/fixture-document';
import { normalise } from '../docx/libreoffice';
import { tempDir } from '../storage/helpers';
import { tool } from './pdf-tools';

const HEADER = ["Ufficio di Piano dell'Ambito di Ponte Nuovo", 'Via Roma 1, 20100 Ponte Nuovo'];
const FOOTER = ['PEC: ufficiodipiano@pec.example.it', 'Codice fiscale 01234567890'];

function withLetterhead(): VerbaleDocument {
  const doc = fixtureDocument({ members: 40, twoColumns: true, filler: 30 });
  return {
    ...doc,
    logo: { mimeType: 'image/png', base64: TINY_PNG_BASE64 },
    letterhead: { headerLines: HEADER, footerLines: FOOTER, word: null },
  };
}

const pagesOf = (pdf: string) => tool('pdftotext', ['-layout', pdf, '-']).split('\f').slice(0, -1).map((page) => page.split('\n').map(normalise).filter(Boolean));

describe('PDF/A with the letterhead of the style', () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => ({ dir, cleanup } = tempDir('verbalizza-pdf-letterhead-')));
  afterAll(() => cleanup());

  it('prints the header lines with the logo at the top of every page and the footer lines above «Pagina X di Y», text between them', async () => {
    const pdf = join(dir, 'lines.pdf');
    writeFileSync(pdf, await renderVerbalePdf(withLetterhead()));
    const pages = pagesOf(pdf);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((lines, i) => {
      expect(lines.slice(0, 2), `pagina ${i + 1}`).toEqual(HEADER);
      expect(lines.slice(-3), `pagina ${i + 1}`).toEqual([...FOOTER, `Pagina ${i + 1} di ${pages.length}`]);
    });
    // The logo is embedded once and drawn on every page.
    const images = tool('pdfimages', ['-list', pdf]).split('\n').slice(2).filter((line) => line.trim() !== '');
    expect(images).toHaveLength(pages.length);
    expect(new Set(images.map((line) => line.trim().split(/\s+/)[11])).size).toBe(1);
    expect(tool('qpdf', ['--check', pdf])).toMatch(/No syntax or stream encoding errors found/);
  });

});

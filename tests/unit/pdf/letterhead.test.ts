import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderVerbalePdf } from '../../../electron/pdf';
import type { VerbaleDocument } from '../../../shared/verbale/document';
import { fixtureDocument, TINY_PNG_BASE64 } from '../docx/fixture-document';
import { normalise } from '../docx/libreoffice';
import { tool } from './pdf-tools';

const HEADER = ["Ufficio di Piano dell'Ambito di Ponte Nuovo", 'Via Roma 1, 20100 Ponte Nuovo'];
const FOOTER = ['PEC: ufficiodipiano@pec.example.it', 'Codice fiscale 01234567890'];

function withLetterhead(word: boolean): VerbaleDocument {
  const doc = fixtureDocument({ members: 40, twoColumns: true, filler: 30 });
  return {
    ...doc,
    logo: { mimeType: 'image/png', base64: TINY_PNG_BASE64 },
    letterhead: { headerLines: HEADER, footerLines: FOOTER, word: word ? { fileName: 'carta-intestata.dotx', base64: 'UEsDBA==' } : null },
  };
}

const pagesOf = (pdf: string) => tool('pdftotext', ['-layout', pdf, '-']).split('\f').slice(0, -1).map((page) => page.split('\n').map(normalise).filter(Boolean));

describe('PDF/A with the letterhead of the style', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'verbalizza-pdf-letterhead-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the header lines with the logo at the top of every page and the footer lines above «Pagina X di Y», text between them', async () => {
    const pdf = join(dir, 'lines.pdf');
    writeFileSync(pdf, await renderVerbalePdf(withLetterhead(false)));
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

  it("prints no lines with an office's Word letterhead (the DOCX's page only), the logo above the title", async () => {
    const pdf = join(dir, 'word.pdf');
    writeFileSync(pdf, await renderVerbalePdf(withLetterhead(true)));
    const pages = pagesOf(pdf);
    const all = pages.flat().join(' ');
    for (const line of [...HEADER, ...FOOTER]) expect(all).not.toContain(line);
    // The page starts with the title (two lines long), no header above it.
    expect(normalise(withLetterhead(true).title).startsWith(pages[0]?.[0] ?? '-')).toBe(true);
    expect(tool('pdfimages', ['-list', pdf]).split('\n').slice(2).filter((line) => line.trim() !== '')).toHaveLength(1);
  });
});

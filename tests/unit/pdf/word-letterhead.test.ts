import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderVerbalePdf } from '../../../electron/backend/pdf';
import type { WordLetterhead } from '../../../shared/model';
import type { VerbaleDocument } from '../../../shared/verbale/document';
import { fixtureDocument } from '../docx/fixture-document';
import { FOREIGN, libreOfficeLetterhead } from '../docx/foreign-letterhead';
import { normalise, pages, pdfText } from '../docx/libreoffice';
import { tempDir } from '../storage/helpers';
import { fontsOf, pageSizes, pagesWithImages, tool, uncompressed, words } from './pdf-tools';

const FIRST_PAGE_HEADER = 'PRIMA PAGINA – PROTOCOLLO GENERALE';
const POINTS_PER_CM = 72 / 2.54;
const A4_POINTS = { width: 595.3, height: 841.9 };

/** A verbale of several pages (a 40-member roll and 60 notes) with the body's logo, on the office's Word letterhead. */
const onLetterhead = (word: WordLetterhead): VerbaleDocument => ({
  ...fixtureDocument({ members: 40, twoColumns: true, filler: 60, logo: true }),
  letterhead: { headerLines: [], footerLines: [], word },
});

describe("PDF/A on the office's Word letterhead made by LibreOffice", () => {
  const { dir, cleanup } = tempDir('verbalizza-pdf-word-letterhead-');
  const pdf = (name: string) => join(dir, `${name}.pdf`);
  const pageTexts = (name: string) => pages(pdfText(pdf(name))).map(normalise);

  beforeAll(async () => {
    writeFileSync(pdf('foreign'), await renderVerbalePdf(onLetterhead(libreOfficeLetterhead(dir))));
    const template = libreOfficeLetterhead(dir, { format: 'dotx', firstPageHeader: FIRST_PAGE_HEADER });
    writeFileSync(pdf('template'), await renderVerbalePdf(onLetterhead(template)));
  }, 120_000);

  afterAll(cleanup);

  it("prints the letterhead's header and footer text, then «Pagina X di Y», on every page", () => {
    const texts = pageTexts('foreign');
    expect(texts.length).toBeGreaterThanOrEqual(3);
    texts.forEach((page, i) => {
      expect(page.startsWith(normalise(FOREIGN.header)), `pagina ${i + 1}`).toBe(true);
      expect(page.endsWith(`${normalise(FOREIGN.footer)} Pagina ${i + 1} di ${texts.length}`), `pagina ${i + 1}`).toBe(true);
    });
  });

  it("draws the letterhead's image on every page, in place of the body's logo, embedded once", () => {
    const count = pageTexts('foreign').length;
    expect(pagesWithImages(pdf('foreign'))).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    const objects = tool('pdfimages', ['-list', pdf('foreign')]).split('\n').slice(2).filter((line) => line.trim() !== '').map((line) => line.trim().split(/\s+/)[10]);
    expect(new Set(objects).size).toBe(1);
  });

  it("lays the text out on the letterhead's page: A4, its left margin, nothing past its right margin", () => {
    const sizes = pageSizes(pdf('foreign'));
    expect(sizes.length).toBeGreaterThanOrEqual(3);
    for (const size of sizes) {
      expect(size.width).toBeCloseTo(A4_POINTS.width, 0);
      expect(size.height).toBeCloseTo(A4_POINTS.height, 0);
    }
    const all = words(pdf('foreign'));
    const notes = all.filter((word) => word.text === 'Nota');
    expect(notes.length).toBeGreaterThan(20);
    for (const note of notes) expect(note.xMin).toBeCloseTo(FOREIGN.marginLeftCm * POINTS_PER_CM, 0);
    // Justified lines end at the right margin.
    const rightmost = Math.max(...all.map((word) => word.xMax));
    expect(A4_POINTS.width - rightmost).toBeCloseTo(FOREIGN.marginRightCm * POINTS_PER_CM, -0.5);
  });

  it("follows a template's own first page (.dotx): its first-page header on page 1, the default one with its image after", () => {
    const texts = pageTexts('template');
    expect(texts.length).toBeGreaterThanOrEqual(3);
    expect(texts[0]?.startsWith(normalise(FIRST_PAGE_HEADER))).toBe(true);
    expect(texts[0]).not.toContain(normalise(FOREIGN.header));
    texts.slice(1).forEach((page, i) => {
      expect(page.startsWith(normalise(FOREIGN.header)), `pagina ${i + 2}`).toBe(true);
      expect(page, `pagina ${i + 2}`).not.toContain(normalise(FIRST_PAGE_HEADER));
    });
    texts.forEach((page, i) => expect(page.endsWith(`${normalise(FOREIGN.footer)} Pagina ${i + 1} di ${texts.length}`)).toBe(true));
    expect(pagesWithImages(pdf('template'))).toEqual(Array.from({ length: texts.length - 1 }, (_, i) => i + 2));
  });

  it('stays PDF/A: only our fonts embedded, a well-formed file, no soft mask, the letterhead outside the structure', () => {
    for (const name of ['foreign', 'template']) {
      const fonts = fontsOf(pdf(name));
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(font.name, name).toMatch(/^[A-Z]{6}\+LiberationSerif/);
        expect(font.embedded && font.unicode, font.name).toBe(true);
      }
      expect(tool('qpdf', ['--check', pdf(name)])).toMatch(/No syntax or stream encoding errors found/);
      const raw = uncompressed(pdf(name), join(dir, `${name}-qdf.pdf`));
      expect(raw).not.toContain('/SMask');
      // Header and footer are page furniture: drawn as Pagination artifacts, never tagged content.
      const artifacts = raw.match(/\/Artifact <<\s*\/Type \/Pagination\s*>> BDC/g) ?? [];
      expect(artifacts.length).toBeGreaterThanOrEqual(3 * pageTexts(name).length - 1);
    }
  });

  it('renders a page as PNG', () => {
    tool('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdf('foreign'), join(dir, 'foreign-page')]);
    expect(tool('file', [join(dir, 'foreign-page-1.png')])).toMatch(/PNG image data, 414 x 585/);
  });
});

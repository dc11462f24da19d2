import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMeetingDocx, renderVerbaleDocx } from '../../../electron/backend/docx';
import { MeetingFileSchema } from '../../../shared/meeting-file';
import type { Letterhead, Meeting } from '../../../shared/model';
import type { VerbaleDocument } from '../../../shared/verbale/document';
import { xmlProblems } from '../integrity/text-cases';
import { pageSizes, pagesWithImages, tool, words } from '../pdf/pdf-tools';
import { tempDir } from '../storage/helpers';
import { elementText, openDocx, paragraphElements } from './docx-parts';
import { fixtureDocument } from './fixture-document';
import { FOREIGN, libreOfficeLetterhead } from './foreign-letterhead';
import { convertToPdf, normalise, pages, pdfText } from './libreoffice';

const FIRST_PAGE_HEADER = 'PRIMA PAGINA – PROTOCOLLO GENERALE';
const POINTS_PER_CM = 72 / 2.54;
const A4_POINTS = { width: 595.28, height: 841.89 };

const OUR_LINES: Letterhead = {
  headerLines: ["Ufficio di Piano dell'Ambito Territoriale Val Chiara", 'Via Roma 1, 20100 Val Chiara (VC)'],
  footerLines: ['PEC: ufficiodipiano@pec.valchiara.example', 'Codice fiscale 01234567890'],
  word: null,
};

/** A verbale long enough for several pages (a 40-member roll and 60 notes), on the given letterhead. */
const longVerbale = (letterhead: Letterhead, logo = false): VerbaleDocument => ({
  ...fixtureDocument({ members: 40, twoColumns: true, filler: 60, logo }),
  letterhead,
});

describe("the office's letterhead on every page, as LibreOffice prints it", () => {
  const { dir, cleanup } = tempDir('verbalizza-letterhead-');
  const docx: Record<string, Uint8Array> = {};
  const pdf = (name: string) => join(dir, `${name}.pdf`);
  let conversion: { status: number | null; stderr: string };

  beforeAll(async () => {
    const word = libreOfficeLetterhead(dir);
    const example = JSON.parse(readFileSync('resources/examples/meeting.json', 'utf8')) as { meeting: { body: Record<string, unknown> } };
    example.meeting.body.letterhead = { word };
    const meeting: Meeting = MeetingFileSchema.parse(example).meeting;
    docx.foreign = await renderVerbaleDocx(longVerbale({ headerLines: [], footerLines: [], word }));
    docx.lines = await renderVerbaleDocx(longVerbale(OUR_LINES, true));
    docx.example = await renderMeetingDocx(meeting);
    const template = libreOfficeLetterhead(dir, { format: 'dotx', firstPageHeader: FIRST_PAGE_HEADER });
    docx.template = await renderVerbaleDocx(longVerbale({ headerLines: [], footerLines: [], word: template }));
    for (const [name, bytes] of Object.entries(docx)) writeFileSync(join(dir, `${name}.docx`), bytes);
    conversion = convertToPdf(Object.keys(docx).map((name) => join(dir, `${name}.docx`)), dir);
  }, 180_000);

  afterAll(cleanup);

  it('writes packages LibreOffice converts and a strict XML parser accepts part by part', async () => {
    expect(conversion.status).toBe(0);
    for (const [name, bytes] of Object.entries(docx)) expect(await xmlProblems(bytes), name).toEqual([]);
  });

  it("prints the foreign letterhead's header and footer text on every page of a long verbale", () => {
    const pageTexts = pages(pdfText(pdf('foreign'))).map(normalise);
    expect(pageTexts.length).toBeGreaterThanOrEqual(3);
    pageTexts.forEach((page, i) => {
      expect(page, `pagina ${i + 1}`).toContain(normalise(FOREIGN.header));
      expect(page, `pagina ${i + 1}`).toContain(normalise(FOREIGN.footer));
      // Its footer does not number the pages: «Pagina X di Y» is added under it.
      expect(page, `pagina ${i + 1}`).toContain(`Pagina ${i + 1} di ${pageTexts.length}`);
    });
  });

  it("prints the foreign letterhead's image on every page", () => {
    const pageCount = pages(pdfText(pdf('foreign'))).length;
    expect(new Set(pagesWithImages(pdf('foreign')))).toEqual(new Set(Array.from({ length: pageCount }, (_, i) => i + 1)));
  });

  it("lays the text out on the letterhead's page: A4, its left and right margins", () => {
    for (const size of pageSizes(pdf('foreign'))) {
      expect(size.width).toBeCloseTo(A4_POINTS.width, 0);
      expect(size.height).toBeCloseTo(A4_POINTS.height, 0);
    }
    const notes = words(pdf('foreign')).filter((word) => word.text === 'Nota');
    expect(notes.length).toBeGreaterThan(20);
    for (const note of notes) expect(note.xMin).toBeCloseTo(FOREIGN.marginLeftCm * POINTS_PER_CM, 0);
    // Justified lines end at the right margin.
    const rightmost = Math.max(...words(pdf('foreign')).map((word) => word.xMax));
    expect(A4_POINTS.width - rightmost).toBeGreaterThan(FOREIGN.marginRightCm * POINTS_PER_CM - 2);
    expect(A4_POINTS.width - rightmost).toBeLessThan(FOREIGN.marginRightCm * POINTS_PER_CM + 2);
  });

  it("uses the letterhead's headers and footers in place of ours, its image among the package's files", async () => {
    const parts = await openDocx(docx.foreign as Uint8Array);
    const headers = parts.paths.filter((path) => /^word\/letterhead-header\d+\.xml$/.test(path));
    const footers = parts.paths.filter((path) => /^word\/letterhead-footer\d+\.xml$/.test(path));
    expect(headers.map((path) => paragraphElements(parts.text(path)).map(elementText).filter(Boolean).join(' '))).toEqual([FOREIGN.header]);
    expect(footers.map((path) => paragraphElements(parts.text(path)).map(elementText).filter(Boolean)[0])).toEqual([FOREIGN.footer]);
    expect(parts.paths.filter((path) => path.startsWith('word/media/letterhead-'))).toHaveLength(1);
    expect(parts.text('word/document.xml')).not.toContain('Pagina ');
  });

  it('prints our header lines with the logo and our footer lines with «Pagina X di Y» on every page', () => {
    const pageTexts = pages(pdfText(pdf('lines'))).map(normalise);
    expect(pageTexts.length).toBeGreaterThanOrEqual(3);
    pageTexts.forEach((page, i) => {
      for (const line of [...OUR_LINES.headerLines, ...OUR_LINES.footerLines]) expect(page, `pagina ${i + 1}`).toContain(normalise(line));
      expect(page).toContain(`Pagina ${i + 1} di ${pageTexts.length}`);
    });
    // The logo moves into the header: once on every page, not above the title.
    const imagePages = pagesWithImages(pdf('lines'));
    expect(imagePages).toEqual(Array.from({ length: pageTexts.length }, (_, i) => i + 1));
  });

  it("exports a meeting whose body has the Word letterhead on the letterhead's page", () => {
    const pageTexts = pages(pdfText(pdf('example'))).map(normalise);
    expect(pageTexts.length).toBeGreaterThanOrEqual(2);
    for (const page of pageTexts) expect(page).toContain(normalise(FOREIGN.header));
    expect(new Set(pagesWithImages(pdf('example'))).size).toBe(pageTexts.length);
  });

  it("follows a template's own first page (.dotx): its first-page header on page 1, the default one after", () => {
    const pageTexts = pages(pdfText(pdf('template'))).map(normalise);
    expect(pageTexts.length).toBeGreaterThanOrEqual(3);
    expect(pageTexts[0]).toContain(normalise(FIRST_PAGE_HEADER));
    expect(pageTexts[0]).not.toContain(normalise(FOREIGN.header));
    pageTexts.slice(1).forEach((page, i) => {
      expect(page, `pagina ${i + 2}`).toContain(normalise(FOREIGN.header));
      expect(page, `pagina ${i + 2}`).not.toContain(normalise(FIRST_PAGE_HEADER));
    });
    pageTexts.forEach((page, i) => {
      expect(page).toContain(normalise(FOREIGN.footer));
      expect(page).toContain(`Pagina ${i + 1} di ${pageTexts.length}`);
    });
    expect(pagesWithImages(pdf('template'))).toEqual(Array.from({ length: pageTexts.length - 1 }, (_, i) => i + 2));
  });

  it('renders every page as PNG', () => {
    tool('pdftoppm', ['-png', '-r', '50', pdf('foreign'), join(dir, 'foreign-page')]);
    const images = readdirSync(dir).filter((name) => name.startsWith('foreign-page') && name.endsWith('.png'));
    expect(images).toHaveLength(pages(pdfText(pdf('foreign'))).length);
  });
});

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMeetingDocx, renderVerbaleDocx } from '../../../electron/backend/docx';
import { MeetingFileSchema } from '../../../shared/meeting-file';
import { buildVerbale } from '../../../shared/verbale';
import { fixtureDocument } from './fixture-document';
import { convertToPdf, expectedSentences, normalise, pages, pdfFonts, pdfText, withoutFooters } from './libreoffice';

const exampleMeeting = MeetingFileSchema.parse(JSON.parse(readFileSync('resources/examples/meeting.json', 'utf8'))).meeting;

/**
 * Filler lengths (one line each) that move the closing across a page end of the 40-member fixture: a page holds
 * fewer than 38 lines, so 38 consecutive lengths cross a page end whatever the exact layout.
 */
const FILLERS = Array.from({ length: 38 }, (_, i) => 30 + i);

const pageOf = (pageTexts: string[], needle: string) => pageTexts.findIndex((page) => normalise(page).includes(needle));
const lastPageOf = (pageTexts: string[], needle: string) => pageTexts.findLastIndex((page) => normalise(page).includes(needle));

describe('DOCX opened by LibreOffice', () => {
  let dir: string;
  let conversion: { status: number | null; stderr: string };
  const pdf = (name: string) => join(dir, `${name}.pdf`);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'verbalizza-docx-'));
    const files: [string, Uint8Array][] = [
      ['example', await renderMeetingDocx(exampleMeeting)],
      ['roll40', await renderVerbaleDocx(fixtureDocument({ members: 40, twoColumns: true }))],
    ];
    for (const filler of FILLERS) {
      files.push([`filler${filler}`, await renderVerbaleDocx(fixtureDocument({ members: 40, twoColumns: true, filler }))]);
    }
    for (const [name, bytes] of files) writeFileSync(join(dir, `${name}.docx`), bytes);
    conversion = convertToPdf(files.map(([name]) => join(dir, `${name}.docx`)), dir);
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('converts without errors', () => {
    expect(conversion.status).toBe(0);
    expect(conversion.stderr).not.toMatch(/error/i);
    for (const name of ['example', 'roll40', ...FILLERS.map((filler) => `filler${filler}`)]) expect(existsSync(pdf(name)), name).toBe(true);
  });

  it("prints every sentence of the example meeting's verbale, in order", () => {
    const text = normalise(pages(pdfText(pdf('example'))).map(withoutFooters).join('\n'));
    let from = 0;
    for (const sentence of expectedSentences(buildVerbale(exampleMeeting))) {
      const at = text.indexOf(sentence, from);
      expect(at, `non trovato dopo la posizione ${from}: «${sentence}»`).toBeGreaterThanOrEqual(0);
      from = at + sentence.length;
    }
  });

  it('numbers the pages "Pagina X di Y" and uses a Times-compatible serif font', () => {
    const pageTexts = pages(pdfText(pdf('example')));
    expect(pageTexts.length).toBeGreaterThan(1);
    pageTexts.forEach((page, i) => expect(normalise(page)).toContain(`Pagina ${i + 1} di ${pageTexts.length}`));
    const fonts = pdfFonts(pdf('example'));
    expect(fonts).toMatch(/LiberationSerif|TimesNewRoman/);
    expect(fonts).not.toMatch(/DejaVu|Sans/);
  });

  it('repeats the header row of a 40-member roll on each page the table spans, rows 1-40 all printed', () => {
    const pageTexts = pages(pdfText(pdf('roll40')));
    const doc = fixtureDocument({ members: 40, twoColumns: true });
    const table = doc.blocks.find((block) => block.kind === 'attendanceTable');
    if (table?.kind !== 'attendanceTable') throw new Error('tabella mancante');
    const lastRowPage = pageOf(pageTexts, normalise(table.rows[19]?.person ?? ''));
    expect(lastRowPage).toBeGreaterThan(0);
    const header = /N\.\s+Ente e rappresentante\s+Presente\s+N\.\s+Ente e rappresentante\s+Presente/;
    for (let page = 0; page <= lastRowPage; page++) expect(pageTexts[page], `pagina ${page + 1}`).toMatch(header);
    const all = normalise(pageTexts.join(' '));
    for (const row of table.rows) expect(all).toContain(row.person);
  });

  it('never separates the closing from the signature block, wherever the page ends', () => {
    const pagesOfClosing = FILLERS.map((filler) => {
      const pageTexts = pages(pdfText(pdf(`filler${filler}`)));
      const closing = pageOf(pageTexts, 'Non essendoci altri punti');
      expect(closing, `filler ${filler}`).toBeGreaterThanOrEqual(0);
      // Every line of both signature columns, down to the roles under the names, is on the closing's page.
      for (const line of ['Il Presidente', 'La Verbalizzante', 'Sindaco del Comune di Ponte Nuovo', "Responsabile dell'Ufficio di Piano"]) {
        expect(lastPageOf(pageTexts, line), `filler ${filler}: ${line}`).toBe(closing);
      }
      return { closing, before: pageOf(pageTexts, 'Il punto non è oggetto di votazione') };
    });
    // The range crosses a page end: in some variant the closing starts a new page after the text before it.
    expect(pagesOfClosing.some(({ closing, before }) => closing > before)).toBe(true);
  });
});

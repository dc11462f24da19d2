import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderVerbalePdf } from '../../../electron/backend/pdf';
import { fixtureDocument } from '../docx/fixture-document';
import { normalise } from '../docx/libreoffice';
import { tool } from './pdf-tools';

/** Filler lengths that move the closing and the item heading across a page end (as in the DOCX test). */
const FILLERS = Array.from({ length: 38 }, (_, i) => 30 + i);

const pagesOf = (pdf: string) => tool('pdftotext', ['-layout', pdf, '-']).split('\f').slice(0, -1);
const pageOf = (pages: string[], needle: string) => pages.findIndex((page) => normalise(page).includes(needle));
const lastPageOf = (pages: string[], needle: string) => pages.findLastIndex((page) => normalise(page).includes(needle));

describe('PDF/A layout rules (the same as the DOCX)', () => {
  let dir: string;
  const pdf = (filler: number) => join(dir, `filler${filler}.pdf`);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'verbalizza-pdf-layout-'));
    for (const filler of FILLERS) writeFileSync(pdf(filler), await renderVerbalePdf(fixtureDocument({ members: 40, twoColumns: true, filler })));
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('never separates the closing from the signature block, wherever the page ends', () => {
    const moved = FILLERS.map((filler) => {
      const pages = pagesOf(pdf(filler));
      const closing = pageOf(pages, 'Non essendoci altri punti');
      expect(closing, `filler ${filler}`).toBeGreaterThanOrEqual(0);
      for (const line of ['Il Presidente', 'La Verbalizzante', 'Sindaco del Comune di Ponte Nuovo', "Responsabile dell'Ufficio di Piano"]) {
        expect(lastPageOf(pages, line), `filler ${filler}: ${line}`).toBe(closing);
      }
      return closing > pageOf(pages, 'Il punto non è oggetto di votazione');
    });
    // The range crosses a page end: in some variant the closing starts a new page after the text before it.
    expect(moved.some(Boolean)).toBe(true);
  });

  it('never leaves a heading last on its page', () => {
    const headings = fixtureDocument({ filler: 1 }).blocks.flatMap((block) => (block.kind === 'itemHeading' || block.kind === 'sectionHeading' ? [block.text] : []));
    for (const filler of FILLERS) {
      for (const page of pagesOf(pdf(filler))) {
        const lines = page.split('\n').map((line) => normalise(line)).filter((line) => line !== '' && !/^Pagina \d+ di \d+$/.test(line));
        expect(headings, `filler ${filler}: «${lines.at(-1)}»`).not.toContain(lines.at(-1));
      }
    }
  });

  it('repeats the header row of an 80-member roll (as an artifact) on each page the table spans, every row printed', () => {
    const doc = fixtureDocument({ members: 80, twoColumns: true });
    return renderVerbalePdf(doc).then((bytes) => {
      const file = join(dir, 'roll80.pdf');
      writeFileSync(file, bytes);
      const pages = pagesOf(file);
      const table = doc.blocks.find((block) => block.kind === 'attendanceTable');
      if (table?.kind !== 'attendanceTable') throw new Error('tabella mancante');
      const lastRowPage = pageOf(pages, normalise(table.rows[39]?.person ?? ''));
      expect(lastRowPage).toBeGreaterThan(0);
      for (let page = 0; page <= lastRowPage; page++) expect(pages[page], `pagina ${page + 1}`).toMatch(/N\.\s+Ente e rappresentante\s+Presente\s+N\.\s+Ente e rappresentante\s+Presente/);
      const all = normalise(pages.join(' '));
      for (const row of table.rows) expect(all).toContain(row.person);
    });
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stressMeeting, stressOptions } from '../../../bench/fixtures/stress-meeting';
import { renderMeetingDocx } from '../../../electron/backend/docx';
import { renderMeetingPdf } from '../../../electron/backend/pdf';
import type { Meeting } from '../../../shared/model';
import { STYLE_PRESETS } from '../../../shared/style/presets';
import { buildVerbale } from '../../../shared/verbale';
import { convertToPdf } from '../docx/libreoffice';
import { exampleMeetingFile } from '../storage/helpers';
import { tool } from './pdf-tools';

const example = exampleMeetingFile().meeting;

/** The example, the stress meeting, and the example written in each style preset. */
const MEETINGS: [string, Meeting][] = [
  ['example', example],
  ['stress', stressMeeting(stressOptions(1))],
  ...STYLE_PRESETS.map((style): [string, Meeting] => [`preset-${style.name}`, { ...example, body: { ...example.body, style } }]),
];

/**
 * The words of a PDF line after line as laid out on the page (`pdftotext -layout`: the two column groups of the
 * attendance table read across, as printed, in both files), without what depends on where pages end: the footers
 * ("Pagina X di Y") and the attendance table's header row repeated on a new page (only its first occurrence is kept).
 */
function words(pdf: string, tableHeader: string): string[] {
  const text = tool('pdftotext', ['-layout', pdf, '-'])
    .replace(/^[ \t]*Pagina \d+ di \d+[ \t]*$/gm, ' ')
    .replace(/\s+/g, ' ');
  const first = text.indexOf(tableHeader);
  const deduplicated = first < 0 ? text : text.slice(0, first + tableHeader.length) + text.slice(first + tableHeader.length).split(tableHeader).join(' ');
  return deduplicated.trim().split(/\s+/);
}

describe('PDF/A text against the DOCX opened by LibreOffice', () => {
  let dir: string;
  let conversion: { status: number | null; stderr: string };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'verbalizza-pdf-docx-'));
    for (const [name, meeting] of MEETINGS) {
      writeFileSync(join(dir, `${name}.pdf`), await renderMeetingPdf(meeting));
      writeFileSync(join(dir, `${name}-docx.docx`), await renderMeetingDocx(meeting));
    }
    conversion = convertToPdf(MEETINGS.map(([name]) => join(dir, `${name}-docx.docx`)), dir);
  }, 240_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(MEETINGS.map(([name, meeting]) => [name, meeting] as const))('%s: the same words in the same order, modulo whitespace', (name, meeting) => {
    expect(conversion.status).toBe(0);
    const table = buildVerbale(meeting).blocks.find((block) => block.kind === 'attendanceTable');
    if (table?.kind !== 'attendanceTable') throw new Error('tabella delle presenze mancante');
    const header = (table.twoColumns ? [...table.headers, ...table.headers] : table.headers).join(' ');
    const ours = words(join(dir, `${name}.pdf`), header);
    const docx = words(join(dir, `${name}-docx.pdf`), header);
    expect(ours.length).toBeGreaterThan(300);
    const firstDifference = ours.findIndex((word, i) => word !== docx[i]);
    const around = (list: string[], at: number) => list.slice(Math.max(0, at - 8), at + 8).join(' ');
    expect(firstDifference === -1 ? null : `PDF/A «${around(ours, firstDifference)}» ≠ DOCX «${around(docx, firstDifference)}»`).toBeNull();
    expect(ours.length).toBe(docx.length);
  });
});

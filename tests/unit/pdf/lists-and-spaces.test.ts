import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stressMeeting, stressOptions } from '../../../bench/fixtures/stress-meeting';
import { renderMeetingPdf } from '../../../electron/backend/pdf';
import type { Meeting } from '../../../shared/model';
import { buildVerbale } from '../../../shared/verbale';
import type { VerbaleBlock, VerbaleDocument, VerbaleParagraph } from '../../../shared/verbale/document';
import { exampleMeetingFile } from '../storage/helpers';
import { exampleSessions } from '../tavolo/examples';
import { drawnLines, structureTree, tool, type StructureNode } from './pdf-tools';

/** The Assemblea's example (participants and attachments as lists), the stress meeting, a tavolo session (topics, organisations, staff). */
const MEETINGS: [string, Meeting, number | null][] = [
  ['example', exampleMeetingFile().meeting, null],
  ['stress', stressMeeting(stressOptions(1)), null],
  ['tavolo', exampleSessions()[1] as Meeting, 2],
];

const normalised = (text: string) => text.replace(/\s+/g, ' ').trim();
const textOf = (block: VerbaleParagraph) => normalised(block.runs.map((run) => run.text).join(''));
const isListItem = (block: VerbaleBlock | undefined) => block?.kind === 'paragraph' && block.style === 'listItem';

/** What a screen reader should meet under Document, block after block: a run of list lines is one L. */
function expectedStructure(doc: VerbaleDocument): string[] {
  const types = ['H1', 'P'];
  doc.blocks.forEach((block, i) => {
    if (isListItem(block)) {
      if (!isListItem(doc.blocks[i - 1])) types.push('L');
      return;
    }
    types.push({ paragraph: 'P', itemHeading: 'H1', sectionHeading: 'H2', attendanceTable: 'Table', table: 'Table', signatures: 'Div' }[block.kind]);
  });
  return types;
}

/** The lines of each list, in order. */
function lists(doc: VerbaleDocument): VerbaleParagraph[][] {
  const runs: VerbaleParagraph[][] = [];
  doc.blocks.forEach((block, i) => {
    if (block.kind !== 'paragraph' || !isListItem(block)) return;
    if (isListItem(doc.blocks[i - 1])) runs.at(-1)?.push(block);
    else runs.push([block]);
  });
  return runs;
}

const listLengths = (doc: VerbaleDocument) => lists(doc).map((run) => run.length);

describe.each(MEETINGS)('lists and spaces in the PDF/A of the %s meeting', (name, meeting, sessionNumber) => {
  let dir: string;
  let pdf: string;
  let doc: VerbaleDocument;
  let tree: StructureNode;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'verbalizza-pdf-lists-'));
    pdf = join(dir, `${name}.pdf`);
    writeFileSync(pdf, await renderMeetingPdf(meeting, 'original', sessionNumber));
    doc = buildVerbale(meeting, { sessionNumber });
    tree = structureTree(pdf);
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('tags each run of list lines as one L with an LI › LBody per line, in the order of the verbale', () => {
    expect(listLengths(doc).length).toBeGreaterThan(0);
    expect(tree.type).toBe('Document');
    // The logo, when drawn above the title, is a Figure before it.
    expect(tree.kids.map((kid) => kid.type).filter((type) => type !== 'Figure')).toEqual(expectedStructure(doc));
    const lists = tree.kids.filter((kid) => kid.type === 'L');
    expect(lists.map((list) => list.kids.length)).toEqual(listLengths(doc));
    for (const item of lists.flatMap((list) => list.kids)) {
      expect(item.type).toBe('LI');
      expect(item.kids.map((kid) => kid.type)).toEqual(['LBody']);
    }
  });

  it('reads every paragraph and list line in order, each space kept (pdftotext -raw)', () => {
    const text = normalised(tool('pdftotext', ['-raw', pdf, '-']).replace(/^Pagina \d+ di \d+$/gm, ' '));
    let from = 0;
    for (const block of doc.blocks) {
      if (block.kind !== 'paragraph' || textOf(block) === '') continue;
      const at = text.indexOf(textOf(block), from);
      expect(at, textOf(block)).toBeGreaterThanOrEqual(from);
      from = at + textOf(block).length;
    }
  });

  it('draws the spaces of justified lines as space characters, also where bold or italic meets plain text', () => {
    // The footer «Pagina X di Y» is drawn on each page after its text: set aside, as a paragraph goes on across pages.
    const drawn = normalised(drawnLines(pdf).flatMap((page) => page.filter((line) => !/^Pagina \d+ di \d+$/.test(line))).join(' '));
    const justified = doc.blocks.filter((block): block is VerbaleParagraph => block.kind === 'paragraph' && block.style === 'normal' && textOf(block) !== '');
    expect(justified.length).toBeGreaterThan(0);
    for (const block of justified) expect(drawn.includes(textOf(block)), textOf(block)).toBe(true);
  });
});

describe('the topics of a tavolo session in its PDF/A', () => {
  it('are one list with an item per agenda item', async () => {
    const meeting = exampleSessions()[1] as Meeting;
    const dir = mkdtempSync(join(tmpdir(), 'verbalizza-pdf-topics-'));
    try {
      const pdf = join(dir, 'tavolo.pdf');
      writeFileSync(pdf, await renderMeetingPdf(meeting, 'original', 2));
      const topics = lists(buildVerbale(meeting, { sessionNumber: 2 })).findIndex((run) => run[0]?.role === 'topic');
      expect(topics).toBeGreaterThanOrEqual(0);
      expect(meeting.items.length).toBeGreaterThan(1);
      expect(structureTree(pdf).kids.filter((kid) => kid.type === 'L')[topics]?.kids.length).toBe(meeting.items.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

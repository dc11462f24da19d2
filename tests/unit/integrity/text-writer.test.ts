import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMeetingDocx, renderVerbaleDocx } from '../../../electron/backend/docx';
import { MeetingFileSchema } from '../../../shared/meeting-file';
import type { VerbaleBlock, VerbaleDocument } from '../../../shared/verbale/document';
import { openDocx } from '../docx/docx-parts';
import { fixtureDocument } from '../docx/fixture-document';
import { convertToPdf, normalise, pdfText } from '../docx/libreoffice';
import { exampleMeetingFile, tempDir } from '../storage/helpers';
import { LINE_BREAKS, REFUSED_CHARACTERS, xmlProblems } from './text-cases';
import { withBody, withEntry } from '../meeting-edits';
import type { Statement } from '../../../shared/model';

const EVERY_BAD_CHARACTER = [...REFUSED_CHARACTERS, ...LINE_BREAKS].map((character) => character.value).join('·');
/** A text with every character the model refuses or normalises, and the characters XML escapes. */
const dirty = (text: string) => `${text} [${EVERY_BAD_CHARACTER}] & <b> "q" 'a' ]]>`;

function dirtyBlock(block: VerbaleBlock): VerbaleBlock {
  switch (block.kind) {
    case 'paragraph':
      return { ...block, runs: block.runs.map((run) => ({ ...run, text: dirty(run.text) })) };
    case 'itemHeading':
    case 'sectionHeading':
      return { ...block, text: dirty(block.text) };
    case 'attendanceTable':
      return {
        ...block,
        headers: block.headers.map(dirty) as [string, string, string],
        rows: block.rows.map((row) => ({ ...row, entity: dirty(row.entity), person: dirty(row.person), presence: dirty(row.presence) })),
      };
    case 'signatures': {
      const person = (side: typeof block.left) => ({ label: dirty(side.label), name: dirty(side.name), role: dirty(side.role) });
      return { ...block, left: person(block.left), right: person(block.right) };
    }
    case 'table':
      return { ...block, headers: block.headers.map(dirty), rows: block.rows.map((row) => row.map(dirty)) };
  }
}

/** A verbale that never came from the model: every string of it holds every bad character. */
function dirtyDocument(): VerbaleDocument {
  const doc = fixtureDocument({ members: 8 });
  return {
    ...doc,
    title: dirty(doc.title),
    subject: dirty(doc.subject),
    author: dirty(doc.author),
    documentId: dirty(doc.documentId),
    blocks: [...doc.blocks.map(dirtyBlock), { kind: 'paragraph', style: 'normal', runs: [{ text: 'Prima riga\vseconda riga' }] }],
  };
}

describe('the DOCX writer given characters that XML 1.0 cannot hold, whatever their source', () => {
  const { dir, cleanup } = tempDir('verbalizza-writer-');
  let docx: Uint8Array;
  let conversion: { status: number | null; stderr: string };

  beforeAll(async () => {
    docx = await renderVerbaleDocx(dirtyDocument());
    writeFileSync(join(dir, 'writer.docx'), docx);
    conversion = convertToPdf([join(dir, 'writer.docx')], dir);
  }, 120_000);
  afterAll(cleanup);

  it('writes every part, docProps included, so that a strict XML 1.0 parser accepts it', async () => {
    expect(await xmlProblems(docx)).toEqual([]);
  });

  it('shows what it could not write as U+FFFD in the body and in the properties alike', async () => {
    const parts = await openDocx(docx);
    for (const path of ['word/document.xml', 'docProps/core.xml', 'docProps/custom.xml']) {
      expect(parts.text(path).includes('\uFFFD'), path).toBe(true);
    }
    expect(parts.text('docProps/core.xml').includes('\u0001')).toBe(false);
  });

  it('turns a vertical tab into a break of the line: the two lines are never glued', async () => {
    const xml = (await openDocx(docx)).text('word/document.xml');
    expect(xml.includes('<w:t xml:space="preserve">Prima riga</w:t></w:r><w:r><w:br/><w:t xml:space="preserve">seconda riga</w:t>')).toBe(true);
  });

  it('is converted by LibreOffice, which prints the text around the replaced characters', () => {
    expect(conversion.status).toBe(0);
    expect(conversion.stderr).not.toMatch(/error/i);
    const pdf = join(dir, 'writer.pdf');
    expect(existsSync(pdf)).toBe(true);
    const text = normalise(pdfText(pdf));
    expect(text).toContain("Assemblea dei Sindaci del Piano di Zona dell'Ambito Territoriale Sociale Val Chiara [");
    expect(text).toContain('Prima riga seconda riga');
    expect(text).not.toContain('Prima rigaseconda');
  });
});

/** Any character at all, the awkward ones often. */
const anyText = fc.string({
  maxLength: 30,
  unit: fc.oneof(
    fc.constantFrom(...REFUSED_CHARACTERS.map((character) => character.value), ...LINE_BREAKS.map((character) => character.value), '\t', '\n', '<', '&', '"', ']]>', 'à', '😀'),
    fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code)),
  ),
});

describe('any text', () => {
  it('that the model accepts as a statement, the body name and an entity name gives a DOCX a strict XML parser accepts', async () => {
    const file = exampleMeetingFile();
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const [first, ...others] = file.meeting.body.members;
        const renamed = withBody(file.meeting, { name: `Assemblea ${text}`, members: [{ ...first!, entity: `Comune ${text}` }, ...others] });
        const statement = file.meeting.items[0]!.entries.find((entry) => entry.type === 'statement');
        const meeting = withEntry<Statement>(renamed, statement!.id, (entry) => ({ ...entry, text }));
        const parsed = MeetingFileSchema.safeParse({ ...file, meeting });
        if (!parsed.success) return;
        accepted += 1;
        expect(await xmlProblems(await renderMeetingDocx(parsed.data.meeting))).toEqual([]);
      }),
      { numRuns: 120, seed: 20_261_201 },
    );
    expect(accepted).toBeGreaterThan(20);
  }, 120_000);

  it('given to the writer directly, refused by the model or not, gives a DOCX a strict XML parser accepts', async () => {
    const doc = fixtureDocument({ members: 2 });
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const docx = await renderVerbaleDocx({ ...doc, title: text, author: text, blocks: [{ kind: 'paragraph', style: 'normal', runs: [{ text }] }] });
        expect(await xmlProblems(docx)).toEqual([]);
      }),
      { numRuns: 120, seed: 20_261_201 },
    );
  }, 120_000);
});

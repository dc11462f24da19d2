import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMeetingDocx } from '../../../electron/backend/docx';
import type { MeetingView } from '../../../shared/api/contract';
import { MeetingFileSchema, type MeetingFile } from '../../../shared/meeting-file';
import { buildVerbale } from '../../../shared/verbale';
import { openDocx } from '../docx/docx-parts';
import { convertToPdf, expectedSentences, missingInOrder, normalise, pages, pdfText, withoutFooters } from '../docx/libreoffice';
import { exampleMeetingFile, tempDir, testBackend } from '../storage/helpers';
import { LINE_BREAKS, textFields, valueAt, withNoteAndGuest, withText, xmlProblems, type Character, type TextField } from './text-cases';

const exampleFile = (): MeetingFile => {
  const file = exampleMeetingFile();
  return { ...file, meeting: withNoteAndGuest(file.meeting) };
};

/** Every text field but the identifiers that others refer to (the meeting's own id reaches the document's properties). */
const fields: TextField[] = textFields(exampleFile()).filter((field) => !field.isId || field.kind === 'meeting.id');

const before = (field: TextField) => field.value || 'Alfa';
const withBreak = (field: TextField, lineBreak: Character) => `${before(field)}${lineBreak.value}Seguito`;
/** What the model keeps: a line break in texts of several lines, one space in the others. */
const normalised = (field: TextField) => `${before(field)}${field.multiLine ? '\n' : ' '}Seguito`;

function fileWithBreakEverywhere(lineBreak: Character): MeetingFile {
  return fields.reduce((file, field) => withText(file, field.path, withBreak(field, lineBreak)), exampleFile());
}

describe('line breaks of every kind in every text field', () => {
  it('become "\\n" in texts of several lines and a space in the others, and every case exports a well-formed DOCX', async () => {
    const wrong: string[] = [];
    for (const lineBreak of LINE_BREAKS) {
      for (const field of fields) {
        const parsed = MeetingFileSchema.safeParse(withText(exampleFile(), field.path, withBreak(field, lineBreak)));
        if (!parsed.success) {
          wrong.push(`${field.kind} ${lineBreak.name}: rifiutato ${JSON.stringify(parsed.error.issues)}`);
          continue;
        }
        const value = valueAt(parsed.data, field.path);
        if (value !== normalised(field)) wrong.push(`${field.kind} ${lineBreak.name}: ${JSON.stringify(value)}`);
        const problems = await xmlProblems(await renderMeetingDocx(parsed.data.meeting));
        if (problems.length > 0) wrong.push(`${field.kind} ${lineBreak.name}: ${problems.join('; ')}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(fields.length).toBeGreaterThan(30);
  }, 120_000);
});

describe('a meeting file with a line break of one kind in every text field, imported and exported', () => {
  const { dir, cleanup } = tempDir('verbalizza-text-');
  const imported = new Map<string, MeetingView['meeting']>();
  let conversion: { status: number | null; stderr: string };

  beforeAll(async () => {
    for (const lineBreak of LINE_BREAKS) {
      const t = testBackend();
      try {
        const view = await t.call('files.importJson', { content: JSON.stringify(fileWithBreakEverywhere(lineBreak)) });
        const stored = await t.call('meetings.get', { meetingId: view.meeting.id });
        imported.set(lineBreak.name, stored.meeting);
        writeFileSync(join(dir, `${lineBreak.name}.docx`), await renderMeetingDocx(stored.meeting));
      } finally {
        t.close();
      }
    }
    conversion = convertToPdf(LINE_BREAKS.map((lineBreak) => join(dir, `${lineBreak.name}.docx`)), dir);
  }, 180_000);
  afterAll(cleanup);

  it('is stored with the line breaks normalised, field by field', () => {
    for (const lineBreak of LINE_BREAKS) {
      const meeting = imported.get(lineBreak.name);
      for (const field of fields) expect(valueAt({ meeting }, field.path), `${field.kind} ${lineBreak.name}`).toBe(normalised(field));
    }
  });

  it('turns a line break inside a sentence into a break of the line, never gluing two lines', async () => {
    const docx = await openDocx(await renderMeetingDocx(imported.get('VT') as MeetingView['meeting']));
    const xml = docx.text('word/document.xml');
    expect(/<w:br\/><w:t xml:space="preserve">Seguito con il voto/.test(xml)).toBe(true);
    expect(xml.includes('\v')).toBe(false);
  });

  it('is converted by LibreOffice, and the PDF prints every sentence of the verbale in order', () => {
    expect(conversion.status).toBe(0);
    expect(conversion.stderr).not.toMatch(/error/i);
    for (const lineBreak of LINE_BREAKS) {
      const pdf = join(dir, `${lineBreak.name}.pdf`);
      expect(existsSync(pdf), lineBreak.name).toBe(true);
      const text = normalise(pages(pdfText(pdf)).map(withoutFooters).join('\n'));
      const sentences = expectedSentences(buildVerbale(imported.get(lineBreak.name) as MeetingView['meeting']));
      expect(sentences.filter((sentence) => sentence.includes('Seguito')).length, lineBreak.name).toBeGreaterThan(10);
      expect(missingInOrder(text, sentences), lineBreak.name).toBeNull();
    }
  });
});

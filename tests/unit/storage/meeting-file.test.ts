import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { databaseContent, exampleMeetingFile, exampleMeetingText, testBackend } from './helpers';

/** Today's example as version 1 wrote it: the counts of contrari, astenuti and non votanti beside their lists. */
const version1Text = () => readFileSync('tests/fixtures/meeting-v1.json', 'utf8');
const VERSION_1_COUNTS = ['against', 'abstained', 'notVoting'];
const decisionsOf = (file: { meeting: { items: { entries: { type: string }[] }[] } }) =>
  file.meeting.items.flatMap((item) => item.entries.filter((entry) => entry.type === 'decision'));

describe('meeting files', () => {
  it('import then export reproduces the meeting exactly, and so does a second round trip', async () => {
    const t = testBackend();
    const other = testBackend();
    try {
      const original = exampleMeetingFile();
      const imported = await t.call('files.importJson', { content: exampleMeetingText() });
      expect(imported.meeting).toEqual(original.meeting);
      expect(imported.check.ok).toBe(true);
      const exported = await t.call('files.exportJson', { meetingId: original.meeting.id });
      expect(exported.fileName).toBe('verbale-2025-03-05-rev1.json');
      const file = JSON.parse(exported.content);
      expect(file).toMatchObject({ format: 'verbalizza.meeting', version: 2 });
      expect(file.meeting).toEqual(original.meeting);
      // Into another archive and back out: identical.
      const again = await other.call('files.importJson', { content: exported.content });
      expect(again.meeting).toEqual(original.meeting);
      const exportedAgain = await other.call('files.exportJson', { meetingId: original.meeting.id });
      expect(JSON.parse(exportedAgain.content).meeting).toEqual(file.meeting);
      // The body came along, and the closed meeting is still closed.
      expect((await other.call('bodies.list', {})).map((body) => body.id)).toEqual([original.meeting.body.id]);
      expect(again.meeting.status).toBe('closed');
    } finally {
      t.close();
      other.close();
    }
  });

  it('never duplicates a meeting imported twice: identical changes nothing, different is refused naming what differs', async () => {
    const t = testBackend();
    try {
      const first = await t.call('files.importJson', { content: exampleMeetingText() });
      expect(first.alreadyPresent).toBe(false);
      const stored = databaseContent(t.backend);
      // The same meeting, formatted otherwise and exported at another time: identical.
      const reformatted = JSON.parse(exampleMeetingText());
      reformatted.exportedAt = '2026-01-01T10:00:00.000Z';
      const second = await t.call('files.importJson', { content: JSON.stringify(reformatted) });
      expect(second).toMatchObject({ alreadyPresent: true, meeting: first.meeting });
      expect(databaseContent(t.backend)).toBe(stored);

      const changed = JSON.parse(exampleMeetingText());
      changed.meeting.place = 'Sala riunioni';
      changed.meeting.items[2].entries[1].text += ' (rettificato)';
      const refused = await t.fail('files.importJson', { content: JSON.stringify(changed) });
      expect(refused).toMatchObject({
        kind: 'domain',
        code: 'MEETING_EXISTS_DIFFERENT',
        message: "Seduta già presente nell'archivio, diversa: luogo, punto 3 («Riparto del Fondo Nazionale Politiche Sociali 2024 tra i Comuni dell'Ambito»).",
      });
      expect(databaseContent(t.backend)).toBe(stored);
      expect(await t.call('meetings.search', {})).toHaveLength(1);
    } finally {
      t.close();
    }
  });

  it('refuses a bad file saying where (JSON path) and why, writing nothing', async () => {
    const t = testBackend();
    try {
      const before = databaseContent(t.backend);
      const file = JSON.parse(exampleMeetingText());
      file.meeting.items[1].entries[4].favourable = 'quattordici';
      file.meeting.rollCall[2].presence = 'forse';
      const error = await t.fail('files.importJson', { content: JSON.stringify(file) });
      expect(error.kind).toBe('validation');
      expect(error.kind === 'validation' && error.issues.map((issue) => issue.path)).toEqual(['meeting.items.1.entries.4.favourable', 'meeting.rollCall.2.presence']);
      expect(error.message).toMatch(/^File di seduta non valido: Punto 2, voce 5, favorevoli: /);

      const syntax = await t.fail('files.importJson', { content: '{"format": "verbalizza.meeting",' });
      expect(syntax.message).toMatch(/^Il file non è JSON valido/);
      const version = await t.fail('files.importJson', { content: JSON.stringify({ ...file, version: 3 }) });
      expect(version.kind === 'validation' && version.issues[0]).toMatchObject({ path: 'version', message: expect.stringMatching(/Versione del file non supportata/) });

      // Well-formed but with a tally that does not add up: refused by the rules, nothing written.
      const wrong = JSON.parse(exampleMeetingText());
      wrong.meeting.items[1].entries[4].favourable = 3;
      const tally = await t.fail('files.importJson', { content: JSON.stringify(wrong) });
      expect(tally).toMatchObject({ kind: 'domain', code: 'TALLY_INVALID' });
      expect(databaseContent(t.backend)).toBe(before);
    } finally {
      t.close();
    }
  });

  it('imports a version-1 file converted to version 2, and round-trips it through version 2', async () => {
    const t = testBackend();
    const other = testBackend();
    try {
      const version1 = JSON.parse(version1Text());
      expect(version1.version).toBe(1);
      expect(decisionsOf(version1).every((decision) => VERSION_1_COUNTS.every((count) => count in decision))).toBe(true);

      const imported = await t.call('files.importJson', { content: version1Text() });
      expect(imported.check.ok).toBe(true);
      expect(imported.meeting).toEqual(exampleMeetingFile().meeting);
      const exported = JSON.parse((await t.call('files.exportJson', { meetingId: imported.meeting.id })).content);
      expect(exported.version).toBe(2);
      expect(decisionsOf(exported).flatMap((decision) => VERSION_1_COUNTS.filter((count) => count in decision))).toEqual([]);
      expect(decisionsOf(exported).map((decision) => JSON.stringify(decision))).toEqual(
        decisionsOf(version1).map((decision) => JSON.stringify(decision, (key, value) => (VERSION_1_COUNTS.includes(key) ? undefined : value))),
      );
      // The version-1 file again is the same meeting; the version-2 export goes into another archive and back out unchanged.
      expect(await t.call('files.importJson', { content: version1Text() })).toMatchObject({ alreadyPresent: true });
      const again = await other.call('files.importJson', { content: JSON.stringify(exported) });
      expect(again.meeting).toEqual(imported.meeting);
      expect(JSON.parse((await other.call('files.exportJson', { meetingId: imported.meeting.id })).content).meeting).toEqual(exported.meeting);
    } finally {
      t.close();
      other.close();
    }
  });

  it('refuses a version-1 file whose counts disagree with the members named, naming the field, writing nothing', async () => {
    const t = testBackend();
    try {
      const before = databaseContent(t.backend);
      const file = JSON.parse(version1Text());
      // Two astenuti counted, one named (m10); the favourable count still adds up to the 15 present.
      Object.assign(file.meeting.items[1].entries[4], { favourable: 13, abstained: 2 });
      const error = await t.fail('files.importJson', { content: JSON.stringify(file) });
      expect(error.kind === 'validation' && error.issues).toEqual([
        {
          path: 'meeting.items.1.entries.4.abstained',
          message: 'Astenuti: 2 nel conteggio ma 1 indicato per nome (nel file in versione 1 il conteggio deve essere pari ai componenti indicati per nome)',
        },
      ]);
      expect(error.message).toMatch(/^File di seduta non valido: Punto 2, voce 5, astenuti: 2 nel conteggio/);
      expect(databaseContent(t.backend)).toBe(before);
    } finally {
      t.close();
    }
  });
});

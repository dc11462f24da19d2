import { describe, expect, it } from 'vitest';
import { databaseContent, exampleMeetingFile, exampleMeetingText, testBackend } from './helpers';

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
      expect(file).toMatchObject({ format: 'verbalizza.meeting', version: 1 });
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
      expect(error.message).toMatch(/^File di seduta non valido in meeting\.items\.1\.entries\.4\.favourable: /);

      const syntax = await t.fail('files.importJson', { content: '{"format": "verbalizza.meeting",' });
      expect(syntax.message).toMatch(/^Il file non è JSON valido/);
      const version = await t.fail('files.importJson', { content: JSON.stringify({ ...file, version: 2 }) });
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
});

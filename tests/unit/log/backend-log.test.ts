import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend } from '../../../electron/backend/services/backend';
import { exampleMeetingFile, exampleMeetingText, testBackend, tempDir, type TestBackend } from '../storage/helpers';

let t: TestBackend;
afterEach(() => t.close());

const TEXT_KEYS = new Set(['text', 'name', 'subject', 'title', 'reason', 'place', 'entity', 'role', 'organisation', 'delegation', 'label']);

/** Every text of the meeting a person typed or that names someone: statements, names, subjects, titles. */
function personalTexts(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => personalTexts(item, found));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      if (TEXT_KEYS.has(key) && typeof inner === 'string' && inner.trim().length >= 4) found.add(inner);
      else personalTexts(inner, found);
    }
  }
  return found;
}

const lines = (path: string) => readFileSync(path, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);

describe('what the backend logs', () => {
  it('a full example meeting imported, exported, reopened, edited and refused leaves ids, codes and timings, never a text or a name', async () => {
    t = testBackend();
    const { meeting } = exampleMeetingFile();
    await t.call('files.importJson', { content: exampleMeetingText() });
    await t.call('files.exportJson', { meetingId: meeting.id });
    await t.call('files.exportDocx', { meetingId: meeting.id });
    await t.call('meetings.reopen', { meetingId: meeting.id, reason: 'Correzione del nome di Giuseppina Bertolazzi' });
    const itemId = meeting.items[0]!.id;
    await t.call('meetings.addEntry', { meetingId: meeting.id, itemId, entry: { type: 'note', text: 'Nota riservata su Ermenegildo Pautasso' } });
    await t.fail('meetings.addEntry', { meetingId: meeting.id, itemId, entry: { type: 'note', text: 'Altra nota su Ermenegildo Pautasso\u0001' } });
    await t.fail('files.importJson', { content: exampleMeetingText().replace(meeting.items[0]!.title, 'Titolo cambiato da Pautasso') });
    await t.call('files.exportRevisionDocx', { meetingId: meeting.id, revision: 1 });

    const log = readFileSync(t.backend.log.path, 'utf8');
    const texts = [...personalTexts(meeting), 'Giuseppina', 'Bertolazzi', 'Ermenegildo', 'Pautasso'];
    expect(texts.length).toBeGreaterThan(50);
    for (const text of texts) expect(log, text).not.toContain(text);

    const events = lines(t.backend.log.path);
    expect(events).toContainEqual(expect.objectContaining({ level: 'info', event: 'call', method: 'files.importJson', ms: expect.any(Number) }));
    expect(events).toContainEqual(expect.objectContaining({ level: 'info', event: 'call', method: 'meetings.reopen', meetingId: meeting.id }));
    expect(events).toContainEqual(expect.objectContaining({ level: 'info', event: 'call', method: 'meetings.addEntry', meetingId: meeting.id, itemId }));
    expect(events).toContainEqual(expect.objectContaining({ level: 'warn', event: 'call.refused', method: 'meetings.addEntry', kind: 'validation' }));
    expect(events).toContainEqual(expect.objectContaining({ level: 'warn', event: 'call.refused', method: 'files.importJson', kind: 'domain', code: 'MEETING_EXISTS_DIFFERENT' }));
    // Plain reads that are quick are not logged: the log stays about what changed and what went wrong.
    expect(events.filter((event) => event.method === 'files.exportJson' && (event.ms as number) < 100)).toEqual([]);
  });

  it('logs an internal error with the method, ids and where it happened', async () => {
    t = testBackend();
    const meetings = t.backend.services.meetings as unknown as { get: () => never };
    meetings.get = () => {
      throw new RangeError('indice fuori intervallo per «Giuseppina Bertolazzi»');
    };
    const error = await t.fail('meetings.get', { meetingId: 'seduta-1' });
    expect(error.kind).toBe('internal');
    expect(lines(t.backend.log.path).at(-1)).toMatchObject({
      level: 'error',
      event: 'call.internalError',
      method: 'meetings.get',
      meetingId: 'seduta-1',
      errorName: 'RangeError',
      errorMessage: 'indice fuori intervallo per «…»',
      errorAt: expect.stringMatching(/backend-log\.test\.ts/),
    });
  });

  it('logs the writer lock and the backups', () => {
    const { dir, cleanup } = tempDir();
    try {
      const backend = openBackend(dir, { writer: 'modalità browser', dailyBackup: false });
      const file = backend.backupNow();
      expect(() => openBackend(dir, { writer: 'app', dailyBackup: false })).toThrow(/già aperto/);
      backend.close();
      const events = lines(backend.log.path).map(({ program, event, file, holderPid }) => ({ program, event, file, holderPid }));
      expect(events).toEqual([
        { program: 'modalità browser', event: 'lock.acquired', file: undefined, holderPid: undefined },
        { program: 'modalità browser', event: 'backup.made', file: file.split(/[\\/]/).at(-1), holderPid: undefined },
        { program: 'app', event: 'lock.refused', file: undefined, holderPid: process.pid },
        { program: 'modalità browser', event: 'lock.released', file: undefined, holderPid: undefined },
      ]);
    } finally {
      cleanup();
    }
  });
});

describe('"Apri il registro" (logs.open)', () => {
  it('in browser mode answers where the log is and its last lines', async () => {
    t = testBackend();
    await t.call('files.importJson', { content: exampleMeetingText() });
    const shown = await t.call('logs.open', {});
    expect(shown.openedFolder).toBe(false);
    expect(shown.path).toBe(t.backend.log.path);
    expect(shown.path.startsWith(t.dir)).toBe(true);
    expect(shown.lastLines.map((line) => JSON.parse(line).event)).toEqual(['call', 'log.shown']);
  });

  it('in the app asks the shell to open the log folder itself, whatever the page sends', async () => {
    const { dir, cleanup } = tempDir();
    const opened: string[] = [];
    const backend = openBackend(dir, { dailyBackup: false, openFolder: async (folder) => (opened.push(folder), '') });
    try {
      const response = await backend.dispatch('logs.open', { path: '/etc', folder: '/' });
      expect(response).toMatchObject({ ok: true, result: { openedFolder: true, path: backend.log.path } });
      expect(opened).toEqual([dirname(backend.log.path)]);
    } finally {
      backend.close();
      cleanup();
    }
  });
});

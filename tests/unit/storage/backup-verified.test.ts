import { readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupIfDue, backupNow, listBackups } from '../../../electron/backend/db/backup';
import { backupsDir } from '../../../electron/backend/paths';
import { openBackend } from '../../../electron/backend/services/backend';
import { exampleMeetingText, tempDir, testBackend } from './helpers';

describe('backups you can trust', () => {
  it('a backup is complete when it gets its name: integrity ok, same rows, no temporary file left', async () => {
    const { dir, cleanup } = tempDir();
    const backend = openBackend(dir, { dailyBackup: false });
    try {
      const imported = await backend.dispatch('files.importJson', { content: exampleMeetingText() });
      expect(imported.ok).toBe(true);
      const file = backupNow(backend.db, dir);
      expect(readdirSync(backupsDir(dir))).toEqual([file.slice(backupsDir(dir).length + 1)]);
      const copy = new Database(file, { readonly: true });
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.prepare('SELECT count(*) FROM meetings').pluck().get()).toBe(1);
      copy.close();
    } finally {
      backend.close();
      cleanup();
    }
  });

  it('a 0-byte or half-written file with a backup name is not counted, does not suppress the daily backup, and is cleaned with temp and journal leftovers', () => {
    const { dir, cleanup } = tempDir();
    const backend = openBackend(dir, { dailyBackup: false });
    try {
      const folder = backupsDir(dir);
      const old = backupNow(backend.db, dir, new Date('2026-11-01T10:00:00Z'));
      utimesSync(old, new Date('2026-11-01T10:00:00Z'), new Date('2026-11-01T10:00:00Z'));
      // What a kill or a full disk left with the old VACUUM INTO straight to the final name, and leftovers.
      writeFileSync(join(folder, 'verbalizza-20261130-100000-000.sqlite'), '');
      writeFileSync(join(folder, 'verbalizza-20261130-110000-000.sqlite'), 'SQLite forma');
      writeFileSync(join(folder, 'verbalizza-20261130-110000-000.sqlite-journal'), 'x');
      writeFileSync(join(folder, '.verbalizza-20261130-120000-000-1.sqlite.tmp'), 'x');
      expect(listBackups(dir).map((file) => file.slice(folder.length + 1))).toEqual(['verbalizza-20261101-100000-000.sqlite']);
      const made = backupIfDue(backend.db, dir, new Date());
      expect(made).not.toBeNull();
      expect(readdirSync(folder).sort()).toEqual(['verbalizza-20261101-100000-000.sqlite', made!.slice(folder.length + 1)].sort());
    } finally {
      backend.close();
      cleanup();
    }
  });

  it('a failed backup after closing a meeting: the meeting is closed, backups.status shows the failure until a later copy succeeds', async () => {
    const t = testBackend();
    try {
      const file = JSON.parse(exampleMeetingText());
      file.meeting.status = 'live';
      await t.call('files.importJson', { content: JSON.stringify(file) });
      writeFileSync(backupsDir(t.dir), 'un file al posto della cartella');
      await t.call('meetings.close', { meetingId: file.meeting.id, endTime: '19:47' });
      expect((await t.call('meetings.get', { meetingId: file.meeting.id })).meeting.status).toBe('closed');
      const failed = await t.call('backups.status', {});
      expect(failed.lastFailure).toMatchObject({ reason: 'percorso occupato da un file', message: expect.stringMatching(/^Copia di sicurezza non riuscita: percorso occupato/) });
      rmSync(backupsDir(t.dir));
      t.backend.backupNow();
      expect((await t.call('backups.status', {})).lastFailure).toBeNull();
    } finally {
      t.close();
    }
  });
});

import { existsSync, utimesSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupIfDue, backupNow, listBackups, setBackupsKept } from '../../../electron/backend/db/backup';
import { openBackend } from '../../../electron/backend/services/backend';
import { exampleMeetingText, tempDir, testBackend } from './helpers';

describe('backups', () => {
  it('closing a meeting writes a consistent copy into <data>/backups that opens and contains the meeting', async () => {
    const t = testBackend();
    try {
      const file = JSON.parse(exampleMeetingText());
      file.meeting.status = 'live';
      const view = await t.call('files.importJson', { content: JSON.stringify(file) });
      expect(listBackups(t.dir)).toEqual([]);
      await t.call('meetings.close', { meetingId: view.meeting.id, endTime: '19:47' });
      const [copy] = listBackups(t.dir);
      expect(copy).toBeDefined();
      const db = new Database(copy!, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('SELECT status FROM meetings WHERE id = ?').pluck().get(view.meeting.id)).toBe('closed');
      db.close();
    } finally {
      t.close();
    }
  });

  it('keeps only the last N copies (setting, default 30)', () => {
    const { dir, cleanup } = tempDir();
    const backend = openBackend(dir, { dailyBackup: false });
    try {
      setBackupsKept(backend.db, 3);
      const made = [1, 2, 3, 4, 5].map((minute) => backupNow(backend.db, dir, new Date(Date.UTC(2026, 10, 22, 10, minute))));
      expect(listBackups(dir)).toEqual(made.slice(-3));
      expect(existsSync(made[0]!)).toBe(false);
      expect(backend.db.prepare("SELECT value FROM settings WHERE key = 'backup.keep'").pluck().get()).toBe('3');
    } finally {
      backend.close();
      cleanup();
    }
  });

  it('makes the daily copy at startup only when the last one is older than 24 hours', () => {
    const { dir, cleanup } = tempDir();
    try {
      const first = openBackend(dir, { now: () => new Date('2026-11-22T08:00:00Z') });
      expect(listBackups(dir)).toHaveLength(1);
      first.close();
      const again = openBackend(dir);
      expect(listBackups(dir)).toHaveLength(1);
      expect(backupIfDue(again.db, dir)).toBeNull();
      const old = new Date(Date.now() - 25 * 60 * 60 * 1000);
      utimesSync(listBackups(dir)[0]!, old, old);
      expect(backupIfDue(again.db, dir)).not.toBeNull();
      expect(listBackups(dir)).toHaveLength(2);
      again.close();
    } finally {
      cleanup();
    }
  });
});

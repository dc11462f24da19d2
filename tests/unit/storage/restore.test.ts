import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupFile, RestoreOutcome } from '../../../shared/api/backups';
import { createExampleBody, exampleMeetingText, testBackend } from './helpers';

const MEETING_ID = 's-2025-03-05';

describe('restore from a backup in the app (backups.list, backups.restore)', () => {
  it('lists backups newest first, sets the current archive aside, restores, and the running backend works on the restored data', async () => {
    let tick = Date.parse('2026-12-01T17:00:00Z');
    const t = testBackend({ now: () => new Date((tick += 60_000)) });
    try {
      const before = (await t.call('backups.list', {})) as BackupFile[];
      expect(before).toEqual([]);
      await t.call('files.importJson', { content: exampleMeetingText() });
      t.backend.backupNow();
      const addedLater = await createExampleBody(t);
      t.backend.backupNow();
      const list = (await t.call('backups.list', {})) as BackupFile[];
      expect(list).toHaveLength(2);
      expect(list[0]!.createdAt > list[1]!.createdAt).toBe(true);
      expect(list[1]!.size).toBeGreaterThan(0);

      const outcome = (await t.call('backups.restore', { fileName: list[1]!.fileName })) as RestoreOutcome;
      expect(outcome.restored).toEqual(list[1]);
      expect(outcome.setAside).toMatch(/^verbalizza\.sqlite\.accantonato-\d{8}-\d{6}$/);
      expect(existsSync(join(t.dir, outcome.setAside!))).toBe(true);
      const bodies = await t.call('bodies.list', {});
      expect(bodies.map((body) => body.id)).not.toContain(addedLater.id);
      expect((await t.call('meetings.get', { meetingId: MEETING_ID })).meeting.id).toBe(MEETING_ID);
      await t.call('meetings.reopen', { meetingId: MEETING_ID, reason: 'Prova dopo il ripristino' });
      expect((await t.call('meetings.get', { meetingId: MEETING_ID })).meeting.status).toBe('live');
      expect(readdirSync(t.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    } finally {
      t.close();
    }
  });

  it('restores only a backup from the list, never a path', async () => {
    const t = testBackend();
    try {
      const refused = await t.fail('backups.restore', { fileName: '../../etc/passwd' });
      expect(refused.kind).toBe('validation');
      const missing = await t.fail('backups.restore', { fileName: 'verbalizza-20260101-000000-000.sqlite' });
      expect(missing).toMatchObject({ kind: 'notFound', message: expect.stringContaining('non trovata') });
    } finally {
      t.close();
    }
  });
});

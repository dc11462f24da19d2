import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/backend/db/migration';
import { MIGRATIONS } from '../../../electron/backend/db/migrations';
import { diffMeetings } from '../../../electron/backend/db/meeting-diff';
import { applyChanges } from '../../../electron/backend/db/rows';
import { searchArchive } from '../../../electron/backend/search/archive-search';
import { databaseContent, exampleMeetingFile, tempDir, testBackend, type TestBackend } from '../storage/helpers';
import { exampleCopy, importFile } from './helpers';

let t: TestBackend | undefined;
const cleanups: (() => void)[] = [];
afterEach(() => {
  t?.close();
  t = undefined;
  cleanups.splice(0).forEach((cleanup) => cleanup());
});

describe('deleting a meeting', () => {
  it('deletes a draft with everything it held, journaled with what it was; the search no longer finds it', async () => {
    t = testBackend();
    await importFile(t, exampleCopy('prova', '2026-11-30', 'draft'));
    await t.call('meetings.saveDraft', { meetingId: 'prova', key: 'bozza', text: 'testo a metà' });
    expect((await t.call('archive.search', { text: 'riparto' })).total).toBeGreaterThan(0);

    expect(await t.call('meetings.delete', { meetingId: 'prova' })).toEqual({ meetingId: 'prova' });
    expect(await t.call('meetings.search', {})).toEqual([]);
    expect((await t.call('archive.search', { text: 'riparto' })).total).toBe(0);
    const db = t.backend.db;
    for (const table of ['items', 'entries', 'roll_call', 'drafts', 'search_documents']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
    const journal = db.prepare("SELECT meeting_id, body_id, summary, changes, undoable FROM journal WHERE operation = 'meetings.delete'").all() as {
      meeting_id: string | null; body_id: string; summary: string; changes: string; undoable: number;
    }[];
    expect(journal).toHaveLength(1);
    expect(journal[0]).toMatchObject({ meeting_id: null, body_id: exampleMeetingFile().meeting.body.id, undoable: 0 });
    expect(journal[0]!.summary).toBe(`Eliminata la seduta del 30 novembre 2026 (${exampleMeetingFile().meeting.body.name}), in preparazione`);
    // The journal keeps every deleted row: the meeting could be put back by hand.
    const changes = JSON.parse(journal[0]!.changes) as { table: string; after: unknown }[];
    expect(changes.filter((c) => c.table === 'entries')).toHaveLength(exampleMeetingFile().meeting.items.flatMap((i) => i.entries).length);
    expect(changes.every((c) => c.after === null)).toBe(true);
  });

  it('refuses a live or closed meeting in Italian, changing nothing', async () => {
    t = testBackend();
    await importFile(t, exampleMeetingFile());
    await importFile(t, exampleCopy('in-corso', '2026-11-30', 'live'));
    const before = databaseContent(t.backend);
    for (const [meetingId, state] of [[exampleMeetingFile().meeting.id, 'è chiusa'], ['in-corso', 'è in corso']] as const) {
      const error = await t.fail('meetings.delete', { meetingId });
      expect(error).toMatchObject({ kind: 'domain', code: 'MEETING_NOT_DRAFT' });
      expect(error.message).toContain(`: ${state}. Si eliminano solo le sedute in preparazione.`);
    }
    expect((await t.fail('meetings.delete', { meetingId: 'nessuna' })).message).toContain('Seduta non trovata');
    expect(databaseContent(t.backend)).toBe(before);
  });
});

describe('search index migration', () => {
  it('fills the index from the meetings already in an archive of the previous version', () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const db = new Database(join(dir, 'verbalizza.sqlite'));
    db.pragma('foreign_keys = ON');
    const version = MIGRATIONS.findIndex((migration) => migration.name === 'indice di ricerca') + 1;
    migrate(db, MIGRATIONS.slice(0, version - 1));
    const { meeting } = exampleMeetingFile();
    db.prepare('INSERT INTO bodies (id, name, profile) VALUES (?, ?, ?)').run(meeting.body.id, meeting.body.name, '{}');
    applyChanges(db, diffMeetings(null, meeting));

    migrate(db, MIGRATIONS);
    const result = searchArchive(db, { text: 'astenuto', page: 1, pageSize: 20 });
    expect(result.hits.map((hit) => hit.entryId).sort()).toEqual(['e2-5', 'e3-6']);
    db.close();
  });
});

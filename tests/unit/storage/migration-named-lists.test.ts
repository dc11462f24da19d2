import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../electron/backend/db/migration';
import { MIGRATIONS } from '../../../electron/backend/db/migrations';
import { openBackend } from '../../../electron/backend/services/backend';
import { callOn as call, exampleMeetingFile, exampleMeetingText, olderSchemaCopy, tempDir } from './helpers';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));


type Json = Record<string, unknown>;

/** A decision as schema 2 stored it: the counts beside the named lists, right after `favourable`. */
function withCounts(decision: Json): Json {
  const lists = decision as { againstMemberIds: unknown[]; abstainedMemberIds: unknown[]; notVotingMemberIds: unknown[] };
  const counts = { against: lists.againstMemberIds.length, abstained: lists.abstainedMemberIds.length, notVoting: lists.notVotingMemberIds.length };
  return Object.fromEntries(Object.entries(decision).flatMap(([key, value]) => (key === 'favourable' ? [[key, value], ...Object.entries(counts)] : [[key, value]])));
}

const entryData = (text: string) => {
  const entry = JSON.parse(text) as Json;
  return JSON.stringify(entry.type === 'decision' ? withCounts(entry) : entry);
};

/**
 * The archive `source` as schema 2 held it: its rows copied into a database made by migrations 1 and 2, the counts put
 * back where schema 2 kept them (entries, closed revisions, the journal's row changes).
 */
function asSchema2(source: string, target: string): void {
  const db = olderSchemaCopy(source, target, 2);
  for (const row of db.prepare("SELECT rowid, data FROM entries WHERE type = 'decision'").all() as { rowid: number; data: string }[]) {
    db.prepare('UPDATE entries SET data = ? WHERE rowid = ?').run(entryData(row.data), row.rowid);
  }
  for (const row of db.prepare('SELECT rowid, content FROM meeting_revisions').all() as { rowid: number; content: string }[]) {
    const meeting = JSON.parse(row.content) as { items: { entries: Json[] }[] };
    const items = meeting.items.map((item) => ({ ...item, entries: item.entries.map((entry) => (entry.type === 'decision' ? withCounts(entry) : entry)) }));
    db.prepare('UPDATE meeting_revisions SET content = ? WHERE rowid = ?').run(JSON.stringify({ ...meeting, items }), row.rowid);
  }
  for (const row of db.prepare('SELECT seq, changes FROM journal').all() as { seq: number; changes: string }[]) {
    const changes = (JSON.parse(row.changes) as { table: string; before: Json | null; after: Json | null }[]).map((change) => {
      const columns = (values: Json | null) => (values && typeof values.data === 'string' ? { ...values, data: entryData(values.data) } : values);
      return change.table === 'entries' ? { ...change, before: columns(change.before), after: columns(change.after) } : change;
    });
    db.prepare('UPDATE journal SET changes = ? WHERE seq = ?').run(JSON.stringify(changes), row.seq);
  }
  db.close();
}

/** Where the database still keeps a count beside a named list: "entries e3-6", "revision 1 e3-6", "journal 7 e3-6". */
function countsKept(file: string): string[] {
  const db = new Database(file, { readonly: true });
  const found: string[] = [];
  const look = (where: string, entry: Json) => {
    if (entry.type === 'decision' && ['against', 'abstained', 'notVoting'].some((count) => count in entry)) found.push(`${where} ${String(entry.id)}`);
  };
  for (const data of db.prepare('SELECT data FROM entries').pluck().all() as string[]) look('entries', JSON.parse(data) as Json);
  for (const row of db.prepare('SELECT revision, content FROM meeting_revisions').all() as { revision: number; content: string }[]) {
    for (const item of (JSON.parse(row.content) as { items: { entries: Json[] }[] }).items) for (const entry of item.entries) look(`revision ${row.revision}`, entry);
  }
  for (const row of db.prepare('SELECT seq, changes FROM journal').all() as { seq: number; changes: string }[]) {
    for (const change of JSON.parse(row.changes) as { table: string; before: Json | null; after: Json | null }[]) {
      for (const values of [change.before, change.after]) {
        if (change.table === 'entries' && typeof values?.data === 'string') look(`journal ${row.seq}`, JSON.parse(values.data) as Json);
      }
    }
  }
  db.close();
  return found;
}

describe('migration 3: contrari, astenuti and non votanti by name only', () => {
  it('drops the stored counts from entries, closed revisions and the journal; the meeting reads, exports and undoes as before', async () => {
    const { dir, cleanup } = tempDir();
    const { dir: schema2Dir, cleanup: cleanupSchema2 } = tempDir();
    cleanups.push(cleanup, cleanupSchema2);
    const file = join(schema2Dir, 'verbalizza.sqlite');
    const example = exampleMeetingFile().meeting;
    const decision = example.items[2]!.entries[5]!;
    expect(decision).toMatchObject({ type: 'decision', againstMemberIds: ['m03'], abstainedMemberIds: ['m07', 'm14'] });

    // A reopened meeting (a closed revision kept) with an undoable edit of a decision (its rows in the journal).
    const before = openBackend(dir, { dailyBackup: false });
    await call(before, 'files.importJson', { content: exampleMeetingText() });
    await call(before, 'meetings.reopen', { meetingId: example.id, reason: 'correzione del verbale' });
    const { id: _id, ...edited } = { ...decision, subject: 'il riparto del Fondo, come rettificato' };
    await call(before, 'meetings.updateEntry', { meetingId: example.id, entryId: decision.id, entry: edited });
    const exported = JSON.parse((await call(before, 'files.exportJson', { meetingId: example.id })).content);
    before.close();

    asSchema2(join(dir, 'verbalizza.sqlite'), file);
    // Schema 2 kept them in the entries, in the closed revision and in the journal (the edit undo puts back).
    expect(new Set(countsKept(file).map((where) => where.split(' ')[0]))).toEqual(new Set(['entries', 'revision', 'journal']));

    const after = openBackend(schema2Dir, { dailyBackup: false });
    try {
      expect(schemaVersion(after.db)).toBe(MIGRATIONS.length);
      expect(countsKept(file)).toEqual([]);
      expect(JSON.parse((await call(after, 'files.exportJson', { meetingId: example.id })).content).meeting).toEqual(exported.meeting);
      await call(after, 'meetings.undo', { meetingId: example.id });
      const undone = (await call(after, 'meetings.get', { meetingId: example.id })).meeting;
      expect(undone.items[2]!.entries[5]).toEqual(decision);
      expect(countsKept(file)).toEqual([]);
    } finally {
      after.close();
    }
  });

});

import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/backend/db/migration';
import { MIGRATIONS } from '../../../electron/backend/db/migrations';
import { openBackend, type Backend } from '../../../electron/backend/services/backend';
import { TINY_PNG_BASE64 } from '../docx/fixture-document';
import { wordLetterhead } from '../docx/word-style-letterhead';
import { callOn as call, databaseContent, exampleBody, exampleMeetingFile, olderSchemaCopy, profileOf, tempDir } from './helpers';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));


type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;

const logo = { mimeType: 'image/png' as const, base64: TINY_PNG_BASE64 };
const word = wordLetterhead();
const sha256 = (base64: string) => createHash('sha256').update(Buffer.from(base64, 'base64')).digest('hex');

/** A body as schema 6 stored it: the logo's and the Word letterhead's bytes inline, from the blobs the reference names. */
function inline(db: Database.Database, body: Json): Json {
  const bytes = (hash: unknown) => (db.prepare('SELECT data FROM blobs WHERE sha256 = ?').pluck().get(hash) as Buffer).toString('base64');
  const { logo: stored, letterhead } = body;
  const storedWord = isObject(letterhead) ? letterhead.word : null;
  return {
    ...body,
    ...(isObject(stored) && { logo: { mimeType: stored.mimeType, base64: bytes(stored.sha256) } }),
    ...(isObject(storedWord) && { letterhead: { ...(letterhead as Json), word: { fileName: storedWord.fileName, base64: bytes(storedWord.sha256) } } }),
  };
}

/** The archive `source` as schema 6 held it: its rows copied into a database made by migrations 1-6, every body's files inline again. */
function asSchema6(source: string, target: string): void {
  const db = olderSchemaCopy(source, target, 6);
  const text = (value: string) => JSON.stringify(inline(db, JSON.parse(value) as Json));
  for (const row of db.prepare('SELECT rowid, profile FROM bodies').all() as { rowid: number; profile: string }[]) db.prepare('UPDATE bodies SET profile = ? WHERE rowid = ?').run(text(row.profile), row.rowid);
  for (const row of db.prepare('SELECT rowid, body_snapshot FROM meetings').all() as { rowid: number; body_snapshot: string }[]) {
    db.prepare('UPDATE meetings SET body_snapshot = ? WHERE rowid = ?').run(text(row.body_snapshot), row.rowid);
  }
  for (const row of db.prepare('SELECT rowid, content FROM meeting_revisions').all() as { rowid: number; content: string }[]) {
    const meeting = JSON.parse(row.content) as Json;
    db.prepare('UPDATE meeting_revisions SET content = ? WHERE rowid = ?').run(JSON.stringify({ ...meeting, body: inline(db, meeting.body as Json) }), row.rowid);
  }
  const column: Record<string, string> = { bodies: 'profile', meetings: 'body_snapshot' };
  for (const row of db.prepare('SELECT seq, changes FROM journal').all() as { seq: number; changes: string }[]) {
    const changes = (JSON.parse(row.changes) as { table: string; before: Json | null; after: Json | null }[]).map((change) => {
      const name = column[change.table];
      const values = (v: Json | null) => (name && v && typeof v[name] === 'string' ? { ...v, [name]: text(v[name]) } : v);
      return { ...change, before: values(change.before), after: values(change.after) };
    });
    db.prepare('UPDATE journal SET changes = ? WHERE seq = ?').run(JSON.stringify(changes), row.seq);
  }
  // The profile a page sent with a new file was journaled as sent.
  for (const row of db.prepare("SELECT seq, input FROM journal WHERE operation IN ('bodies.create', 'bodies.updateProfile')").all() as { seq: number; input: string }[]) {
    const input = JSON.parse(row.input) as Json;
    db.prepare('UPDATE journal SET input = ? WHERE seq = ?').run(JSON.stringify({ ...input, profile: inline(db, input.profile as Json) }), row.seq);
  }
  // Schema 6 kept only attachments and signed files in blobs: the body's files were not there.
  db.prepare('DELETE FROM blobs WHERE sha256 IN (?, ?)').run(sha256(logo.base64), sha256(word.base64));
  db.close();
}

/** How many stored texts still carry the bytes of a file inline, by table. */
function inlineCopies(file: string, base64: string): Record<string, number> {
  const db = new Database(file, { readonly: true });
  const count = (query: string) => db.prepare(query).pluck().get({ bytes: base64.slice(0, 64) }) as number;
  const copies = {
    bodies: count('SELECT COUNT(*) FROM bodies WHERE instr(profile, @bytes) > 0'),
    meetings: count('SELECT COUNT(*) FROM meetings WHERE instr(body_snapshot, @bytes) > 0'),
    revisions: count('SELECT COUNT(*) FROM meeting_revisions WHERE instr(content, @bytes) > 0'),
    journal: count('SELECT COUNT(*) FROM journal WHERE instr(changes, @bytes) > 0 OR instr(input, @bytes) > 0'),
  };
  db.close();
  return copies;
}

/** The images a DOCX carries, as base64. */
async function docxImages(base64: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const media = Object.keys(zip.files).filter((path) => path.startsWith('word/media/'));
  return Promise.all(media.map(async (path) => Buffer.from(await zip.file(path)!.async('uint8array')).toString('base64')));
}

describe('migration 7: a body\'s logo and Word letterhead stored once', () => {
  it('moves every inline copy into one blob per file; the meetings export the same bytes; the archive checks', async () => {
    const { dir, cleanup } = tempDir();
    const { dir: schema6Dir, cleanup: cleanupSchema6 } = tempDir();
    cleanups.push(cleanup, cleanupSchema6);
    const file = join(schema6Dir, 'verbalizza.sqlite');

    // Two meetings of one body with a logo (printed above the title); a closed meeting imported with another body
    // carrying the same logo and a Word letterhead, reopened (a closed revision kept).
    const before = openBackend(dir, { dailyBackup: false });
    const example = exampleBody();
    let body = await call(before, 'bodies.create', { profile: { ...profileOf(example), logo } });
    for (const member of example.members) body = await call(before, 'bodies.upsertMember', { bodyId: body.id, member });
    const created = async (date: string) => (await call(before, 'meetings.create', { bodyId: body.id, date, startTime: '17:30', modality: 'mixed', place: '', convocation: 'first' })).meetingId;
    const meetings = [await created('2026-11-10'), await created('2026-11-24')];
    const imported = exampleMeetingFile().meeting;
    const withLetterhead = { ...imported, body: { ...imported.body, logo, letterhead: { headerLines: [], footerLines: [], word } } };
    await call(before, 'files.importJson', { content: JSON.stringify({ ...exampleMeetingFile(), meeting: withLetterhead }) });
    await call(before, 'meetings.reopen', { meetingId: imported.id, reason: 'correzione del verbale' });
    const exported = async (backend: Backend, meetingId: string) => JSON.parse((await call(backend, 'files.exportJson', { meetingId })).content).meeting as Json;
    const files = { [meetings[0]!]: await exported(before, meetings[0]!), [meetings[1]!]: await exported(before, meetings[1]!), [imported.id]: await exported(before, imported.id) };
    // Today's writes keep no copy: not in the bodies, the meetings, the revision, the journal's rows or the upload's input.
    const none = { bodies: 0, meetings: 0, revisions: 0, journal: 0 };
    expect(inlineCopies(join(dir, 'verbalizza.sqlite'), logo.base64)).toEqual(none);
    expect(inlineCopies(join(dir, 'verbalizza.sqlite'), word.base64)).toEqual(none);
    before.close();

    asSchema6(join(dir, 'verbalizza.sqlite'), file);
    // Schema 6 kept the logo in both bodies, all three meetings, the revision and the journal (creations, imports, the upload).
    expect(inlineCopies(file, logo.base64)).toEqual({ bodies: 2, meetings: 3, revisions: 1, journal: expect.any(Number) });
    expect(inlineCopies(file, logo.base64).journal).toBeGreaterThanOrEqual(5);
    expect(inlineCopies(file, word.base64)).toMatchObject({ bodies: 1, meetings: 1, revisions: 1 });

    const after = openBackend(schema6Dir, { dailyBackup: false });
    try {
      expect(schemaVersion(after.db)).toBe(7);
      expect(inlineCopies(file, logo.base64)).toEqual(none);
      expect(inlineCopies(file, word.base64)).toEqual(none);
      expect(after.db.prepare('SELECT sha256, mime_type, size FROM blobs ORDER BY size').all()).toEqual([
        { sha256: sha256(logo.base64), mime_type: 'image/png', size: Buffer.from(logo.base64, 'base64').length },
        { sha256: sha256(word.base64), mime_type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.template', size: Buffer.from(word.base64, 'base64').length },
      ]);

      // The meeting files carry the bytes inline as before, key for key; both meetings of the body print the same logo.
      for (const [meetingId, exportedBefore] of Object.entries(files)) expect(JSON.stringify(await exported(after, meetingId))).toBe(JSON.stringify(exportedBefore));
      for (const meetingId of meetings) expect(await docxImages((await call(after, 'files.exportDocx', { meetingId })).base64)).toEqual([logo.base64]);
      const revision = await call(after, 'files.exportRevisionDocx', { meetingId: imported.id, revision: 1 });
      const zip = await JSZip.loadAsync(Buffer.from(revision.base64, 'base64'));
      expect(Object.keys(zip.files).filter((path) => path.startsWith('word/letterhead-header'))).toHaveLength(2);

      // A new meeting of the body takes the stored files without another copy.
      await call(after, 'meetings.create', { bodyId: body.id, date: '2026-12-01', startTime: '17:30', modality: 'mixed', place: '', convocation: 'first' });
      expect(after.db.prepare('SELECT COUNT(*) FROM blobs').pluck().get()).toBe(2);
      expect(inlineCopies(file, logo.base64)).toEqual(none);
      expect(after.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(after.db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      after.close();
    }
  });

  it('leaves the rows without an inline file as they were, and run again on its own result changes nothing', async () => {
    const { dir, cleanup } = tempDir();
    const { dir: schema6Dir, cleanup: cleanupSchema6 } = tempDir();
    cleanups.push(cleanup, cleanupSchema6);
    const file = join(schema6Dir, 'verbalizza.sqlite');
    // A body without files and its meeting, beside one whose logo schema 6 kept inline.
    const before = openBackend(dir, { dailyBackup: false });
    let plain = await call(before, 'bodies.create', { profile: profileOf(exampleBody()) });
    for (const member of exampleBody().members) plain = await call(before, 'bodies.upsertMember', { bodyId: plain.id, member });
    await call(before, 'meetings.create', { bodyId: plain.id, date: '2026-11-10', startTime: '17:30', modality: 'mixed', place: '', convocation: 'first' });
    await call(before, 'bodies.create', { profile: { ...profileOf(exampleBody()), name: 'Consiglio con logo', logo } });
    before.close();
    asSchema6(join(dir, 'verbalizza.sqlite'), file);

    const db = new Database(file);
    try {
      const plainRows = () => ({
        body: db.prepare('SELECT profile FROM bodies WHERE id = ?').pluck().get(plain.id),
        meetings: db.prepare('SELECT body_snapshot FROM meetings WHERE body_id = ?').pluck().all(plain.id),
        journal: db.prepare('SELECT input, changes FROM journal WHERE body_id = ? OR meeting_id IN (SELECT id FROM meetings WHERE body_id = ?) ORDER BY seq').all(plain.id, plain.id),
      });
      const untouched = plainRows();
      expect(inlineCopies(file, logo.base64).bodies).toBe(1);
      expect(migrate(db, MIGRATIONS)).toEqual({ from: 6, to: 7 });
      expect(plainRows()).toEqual(untouched);
      expect(inlineCopies(file, logo.base64)).toEqual({ bodies: 0, meetings: 0, revisions: 0, journal: 0 });

      const migrated = databaseContent({ db });
      MIGRATIONS[6]!.up(db);
      expect(databaseContent({ db })).toBe(migrated);
    } finally {
      db.close();
    }
  });
});

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from '../../../electron/backend/db/migration';
import { MIGRATIONS } from '../../../electron/backend/db/migrations';
import { BodySchema, type Body, type BodyProfile } from '../../../shared/model';
import { MeetingFileSchema, type MeetingFile } from '../../../shared/meeting-file';
import { openBackend, type Backend } from '../../../electron/backend/services/backend';
import type { ApiResponse } from '../../../shared/api/errors';
import type { BodyView, MeetingChange, MeetingView, MethodInput, MethodName, MethodResult } from '../../../shared/api/contract';

/** The contract's meeting writes: each answers with a MeetingChange. */
export type MeetingWriteName = { [M in MethodName]: MethodResult<M> extends MeetingChange ? M : never }[MethodName];

const root = join(import.meta.dirname, '..', '..', '..');

export function exampleBody(): Body {
  return BodySchema.parse(JSON.parse(readFileSync(join(root, 'resources/examples/body.json'), 'utf8')));
}

export function exampleMeetingFile(): MeetingFile {
  return MeetingFileSchema.parse(JSON.parse(readFileSync(join(root, 'resources/examples/meeting.json'), 'utf8')));
}

export function exampleMeetingText(): string {
  return readFileSync(join(root, 'resources/examples/meeting.json'), 'utf8');
}

/** A body's profile as a page sends it back: from a body file, or from a reply (its logo and Word letterhead by hash, kept). */
export function profileOf(body: Body): BodyProfile;
export function profileOf(body: BodyView): MethodInput<'bodies.updateProfile'>['profile'];
export function profileOf(body: Body | BodyView) {
  const { id: _id, members: _m, participants: _p, ...profile } = body;
  return profile;
}

export function tempDir(prefix = 'verbalizza-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A call on a backend that throws on a refusal (tests of the happy path). */
export async function callOn<M extends MethodName>(backend: Backend, name: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  const response = (await backend.dispatch(name, input)) as ApiResponse<MethodResult<M>>;
  if (!response.ok) throw new Error(`${name}: ${JSON.stringify(response.error)}`);
  return response.result;
}

/** A backend on a fresh data folder, with a typed call that throws on errors (tests of the happy path). */
export function testBackend(options: { now?: () => Date } = {}) {
  const { dir, cleanup } = tempDir();
  const backend = openBackend(dir, { dailyBackup: false, ...options });
  const call = <M extends MethodName>(name: M, input: MethodInput<M>) => callOn(backend, name, input);
  /** A meeting write, then the whole view `meetings.get` gives after it (tests that look at the meeting). */
  async function viewAfter<M extends MeetingWriteName>(name: M, input: MethodInput<M>): Promise<MeetingView> {
    const change = (await call(name, input)) as MeetingChange;
    return call('meetings.get', { meetingId: change.meetingId });
  }
  async function fail<M extends MethodName>(name: M, input: MethodInput<M> | unknown) {
    const response = await backend.dispatch(name, input);
    if (response.ok) throw new Error(`${name} doveva fallire`);
    return response.error;
  }
  return {
    dir,
    backend,
    call,
    viewAfter,
    fail,
    close: () => {
      backend.close();
      cleanup();
    },
  };
}

export type TestBackend = ReturnType<typeof testBackend>;

/** The example body created through the API, members and participants included (new ids are assigned). */
export async function createExampleBody(t: TestBackend): Promise<BodyView> {
  const example = exampleBody();
  let body = await t.call('bodies.create', { profile: profileOf(example) });
  for (const member of example.members) body = await t.call('bodies.upsertMember', { bodyId: body.id, member });
  for (const participant of example.participants) body = await t.call('bodies.upsertParticipant', { bodyId: body.id, participant });
  return body;
}

/** All table contents, for "nothing changed" assertions (the search index's FTS5 tables hold what search_documents holds). */
export function databaseContent(backend: Pick<Backend, 'db'>): string {
  const tables = backend.db
    .prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  // Rows sorted as text: tables WITHOUT ROWID have no rowid to order by.
  return JSON.stringify(tables.map((table) => [table, (backend.db.prepare(`SELECT * FROM ${table}`).all() as unknown[]).map((row) => JSON.stringify(row)).sort()]));
}

/**
 * A database at `target` made by the first `count` migrations, every row of the archive `source` copied into the tables
 * it has (the search index's FTS5 tables fill themselves); left open for the test to put back what that schema held.
 */
export function olderSchemaCopy(source: string, target: string, count: number): Database.Database {
  const db = new Database(target);
  migrate(db, MIGRATIONS.slice(0, count));
  db.prepare('ATTACH DATABASE ? AS source').run(source);
  for (const table of db.prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%'").pluck().all() as string[]) {
    db.exec(`INSERT OR REPLACE INTO main.${table} SELECT * FROM source.${table}`);
  }
  db.exec('DETACH DATABASE source');
  return db;
}

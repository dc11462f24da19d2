import { createHash } from 'node:crypto';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseTooNewError, migrate, schemaVersion, type Migration } from '../../../electron/backend/db/migration';
import { MIGRATIONS } from '../../../electron/backend/db/migrations';
import { openDatabaseFile } from '../../../electron/backend/db/open';
import { tempDir } from './helpers';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function freshFile(): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  return join(dir, 'verbalizza.sqlite');
}

function tables(db: Database.Database): string[] {
  return db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
}

describe('migrations', () => {
  it('are numbered 1..n in one array', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
  });

  it('from an empty file reach the latest version with the durability settings', () => {
    const db = openDatabaseFile(freshFile());
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('1: creates every table STRICT, with foreign keys enforced', () => {
    const db = new Database(freshFile());
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 1));
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).toEqual([
      'bodies', 'drafts', 'entries', 'guests', 'items', 'journal', 'meeting_revisions', 'meetings', 'members',
      'participant_attendance', 'participants', 'roll_call', 'settings',
    ]);
    const strict = db.prepare("SELECT name FROM pragma_table_list WHERE strict = 1 AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all();
    expect(strict).toEqual(tables(db));
    expect(() => db.prepare("INSERT INTO members (id, body_id, seat, entity, data) VALUES ('m', 'nessuno', 1, 'x', '{}')").run()).toThrow(/FOREIGN KEY/);
    db.prepare("INSERT INTO bodies (id, name, profile) VALUES ('b', 'x', '{}')").run();
    expect(() => db.prepare("INSERT INTO members (id, body_id, seat, entity, data) VALUES ('m', 'b', 'uno', 'x', '{}')").run()).toThrow(/cannot store TEXT value in INTEGER column/);
    db.close();
  });

  it('2: adds the undo index and the backup setting to a version-1 database with data, keeping the data', () => {
    const db = new Database(freshFile());
    migrate(db, MIGRATIONS.slice(0, 1));
    db.prepare("INSERT INTO bodies (id, name, profile) VALUES ('b1', 'Assemblea dei Sindaci di Città Alta', '{}')").run();
    migrate(db, MIGRATIONS.slice(0, 2));
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'journal_undoable'").pluck().get()).toBe('journal_undoable');
    expect(db.prepare("SELECT value FROM settings WHERE key = 'backup.keep'").pluck().get()).toBe('30');
    expect(db.prepare("SELECT name FROM bodies WHERE id = 'b1'").pluck().get()).toBe('Assemblea dei Sindaci di Città Alta');
    db.close();
  });

  it('run all pending migrations in one transaction: a failing one leaves the database as it was', () => {
    const db = new Database(freshFile());
    const broken: Migration = { version: MIGRATIONS.length + 1, name: 'rotta', up: (d) => d.exec('CREATE TABLE extra (a TEXT) STRICT; SELECT * FROM tabella_inesistente') };
    expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow(/tabella_inesistente/);
    expect(schemaVersion(db)).toBe(0);
    expect(tables(db)).toEqual([]);
    db.close();
  });

  it('refuse a database written by a newer version, in Italian, leaving the file byte for byte untouched', () => {
    const file = freshFile();
    const db = new Database(file);
    db.exec("CREATE TABLE futuro (a TEXT); INSERT INTO futuro VALUES ('x')");
    db.pragma('user_version = 99');
    db.close();
    const hash = () => createHash('sha256').update(readFileSync(file)).digest('hex');
    const before = hash();
    let error: unknown;
    try {
      openDatabaseFile(file);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DatabaseTooNewError);
    expect((error as Error).message).toMatch(/versione più recente di Verbalizza .*schema 99.*non è stato modificato/);
    expect(hash()).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });
});

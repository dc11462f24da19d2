import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { databasePath } from '../paths';
import { assertNotTooNew, migrate, type Migration } from './migration';
import { MIGRATIONS } from './migrations';

export interface OpenOptions {
  migrations?: readonly Migration[];
  /** Path of the better-sqlite3 native binding (the Electron build); default: the Node build. */
  nativeBinding?: string;
}

/** Opens (creating if needed) the database file with the durability settings every writer must use. */
export function openDatabaseFile(file: string, options: OpenOptions = {}): Database.Database {
  const migrations = options.migrations ?? MIGRATIONS;
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    // Checked before any pragma that writes (journal_mode), so that a newer database stays byte for byte as it was.
    assertNotTooNew(db, migrations);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function openDataDir(dataDir: string, options: OpenOptions = {}): Database.Database {
  return openDatabaseFile(databasePath(dataDir), options);
}

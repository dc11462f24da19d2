import type Database from 'better-sqlite3';
import { backupIfDue, backupNow } from '../db/backup';
import { openDataDir } from '../db/open';
import { acquireWriterLock, type WriterProgram } from '../db/writer-lock';
import { createDispatch, type Dispatch } from '../transport/dispatch';
import { createServices, type Services } from '.';

export interface Backend {
  db: Database.Database;
  dataDir: string;
  services: Services;
  /** Validates and runs one contract call; never throws. */
  dispatch: Dispatch;
  /** A backup now (menu "Backup", quit); returns the file written. */
  backupNow(): string;
  close(): void;
}

export interface BackendOptions {
  /** better-sqlite3 binding built for Electron (the app), default: the Node build. */
  nativeBinding?: string;
  /** Whether to make the daily backup at startup (default true). */
  dailyBackup?: boolean;
  now?: () => Date;
  /**
   * The program that writes (app, browser mode, a writing CLI command): it holds the data folder's writer lock until
   * close, and a second writer is refused with ArchiveInUseError. Without it the folder is not locked (tests).
   */
  writer?: WriterProgram;
  /** For commands that only read: no lock, the database opened read-only (and never created or migrated). */
  readOnly?: boolean;
}

/** Everything behind the API for one data folder: used by the Electron shell, browser mode and the CLI. */
export function openBackend(dataDir: string, options: BackendOptions = {}): Backend {
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const lock = options.writer && !options.readOnly ? acquireWriterLock(dataDir, options.writer, binding) : null;
  let db: Database.Database;
  try {
    db = openDataDir(dataDir, { ...binding, readOnly: options.readOnly ?? false });
  } catch (error) {
    lock?.release();
    throw error;
  }
  const services = createServices(db, { dataDir, ...(options.now ? { now: options.now } : {}) });
  if ((options.dailyBackup ?? true) && !options.readOnly) {
    try {
      backupIfDue(db, dataDir, services.storage.now());
    } catch (error) {
      console.error('Copia di sicurezza giornaliera non riuscita:', error instanceof Error ? error.message : error);
    }
  }
  return {
    db,
    dataDir,
    services,
    dispatch: createDispatch(services.handlers),
    backupNow: () => backupNow(db, dataDir, services.storage.now()),
    close: () => {
      if (db.open) db.close();
      lock?.release();
    },
  };
}

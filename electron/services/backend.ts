import { basename } from 'node:path';
import type Database from 'better-sqlite3';
import type { BackupFailure, BackupStatus, RestoreOutcome } from '../../shared/api/backups';
import { backupIfDue, backupInfos, backupNow, newestBackup } from '../db/backup';
import { describeFault } from '../db/faults';
import { openDataDir } from '../db/open';
import { acquireWriterLock, type WriterProgram } from '../db/writer-lock';
import { backupByName, restoreDatabase } from '../db/restore';
import { createDispatch, type Dispatch } from '../transport/dispatch';
import { createServices, type Handlers, type Services } from '.';

export interface Backend {
  /** The open database: a restore replaces it. */
  readonly db: Database.Database;
  dataDir: string;
  readonly services: Services;
  /** Validates and runs one contract call; never throws. */
  dispatch: Dispatch;
  /** A backup now (menu "Backup", quit); returns the file written, throws an Italian error. Both remembered by backupStatus. */
  backupNow(): string;
  backupStatus(): BackupStatus;
  /** Replaces the archive with one of its backups (a file name from the list) and goes on working on it. */
  restore(fileName: string): RestoreOutcome;
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
  const now = options.now ?? (() => new Date());
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const open = () => openDataDir(dataDir, { ...binding, readOnly: options.readOnly ?? false });
  let lastFailure: BackupFailure | null = null;

  /** Every backup goes through here, so that a failure shows until a later copy succeeds. */
  function recorded(make: () => string | null): string | null {
    try {
      const file = make();
      if (file) lastFailure = null;
      return file;
    } catch (error) {
      const at = now();
      lastFailure = { at: at.toISOString(), reason: describeFault(error)?.reason ?? 'errore inatteso', message: error instanceof Error ? error.message : String(error) };
      throw error;
    }
  }
  const backupAfterClose = () => {
    try {
      recorded(() => backupNow(db, dataDir, now()));
    } catch {
      // The meeting is closed and saved; the failed copy is in the backup status, shown by the app.
    }
  };

  const lock = options.writer && !options.readOnly ? acquireWriterLock(dataDir, options.writer, binding) : null;
  let db: Database.Database;
  try {
    db = open();
  } catch (error) {
    lock?.release();
    throw error;
  }
  let services = createServices(db, { now, backupAfterClose });
  const backupStatus = (): BackupStatus => ({ lastFailure, newest: newestBackup(dataDir) });
  const restore = (fileName: string): RestoreOutcome => {
    const source = backupByName(dataDir, fileName);
    const restored = backupInfos(dataDir).find((backup) => backup.fileName === fileName)!;
    db.close();
    try {
      const { setAside } = restoreDatabase(dataDir, source, now());
      return { restored, setAside: setAside ? basename(setAside) : null };
    } finally {
      db = open();
      services = createServices(db, { now, backupAfterClose });
      dispatchOnCurrent = createDispatch(withBackups(services.handlers));
    }
  };
  const withBackups = (handlers: Services['handlers']): Handlers => ({
    ...handlers,
    'backups.list': () => backupInfos(dataDir),
    'backups.status': () => backupStatus(),
    'backups.restore': (input) => restore(input.fileName),
  });
  let dispatchOnCurrent = createDispatch(withBackups(services.handlers));

  if ((options.dailyBackup ?? true) && !options.readOnly) {
    try {
      recorded(() => backupIfDue(db, dataDir, now()));
    } catch (error) {
      console.error(error instanceof Error ? error.message : error);
    }
  }
  return {
    get db() {
      return db;
    },
    dataDir,
    get services() {
      return services;
    },
    dispatch: (methodName, input) => dispatchOnCurrent(methodName, input),
    backupNow: () => recorded(() => backupNow(db, dataDir, now())) as string,
    backupStatus,
    restore,
    close: () => {
      if (db.open) db.close();
      lock?.release();
    },
  };
}

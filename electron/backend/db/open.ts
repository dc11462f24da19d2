import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import Database from 'better-sqlite3';
import { databasePath } from '../paths';
import type { BackupFile } from '../../../shared/api/backups';
import { formatDateWords, formatTime } from '../../../shared/phrasing';
import { fsyncPath, hasSqliteHeader, newestBackup } from './backup';
import { describeFault, explainedByPath, failedBecause, fault, StorageFaultError, type Fault } from './faults';
import { assertCurrent, assertNotTooNew, migrate, type Migration } from './migration';
import { MIGRATIONS } from './migrations';

export interface OpenOptions {
  migrations?: readonly Migration[];
  /** Path of the better-sqlite3 native binding (the Electron build); default: the Node build. */
  nativeBinding?: string;
  /** For commands that only read: no file is created, nothing is migrated or written. */
  readOnly?: boolean;
}

/** The archive file exists but cannot be used (empty, not a database, corrupt): names the newest good backup. */
export class UnusableArchiveError extends StorageFaultError {
  constructor(
    readonly file: string,
    readonly newestBackup: BackupFile | null,
    found: Fault,
    what: string,
    options?: { cause?: unknown },
  ) {
    super(found, `${what} Non è stato modificato nulla. ${backupSentence(newestBackup)}`, options);
    this.name = 'UnusableArchiveError';
  }
}

function backupSentence(backup: BackupFile | null): string {
  if (!backup) return 'Non c’è nessuna copia di sicurezza da ripristinare.';
  const made = new Date(backup.createdAt);
  return `La copia di sicurezza più recente è del ${formatDateWords(made)} alle ${formatTime(made)} («${backup.fileName}»).`;
}

function openConfigured(file: string, options: OpenOptions, fileMustExist = true): Database.Database {
  const migrations = options.migrations ?? MIGRATIONS;
  const db = new Database(file, { fileMustExist, readonly: options.readOnly ?? false, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  try {
    if (options.readOnly) {
      assertCurrent(db, migrations);
      db.pragma('busy_timeout = 0');
      return db;
    }
    // Checked before any pragma that writes (journal_mode), so that a newer database stays byte for byte as it was.
    assertNotTooNew(db, migrations);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Never a synchronous busy-wait: it would freeze the event loop; the dispatch retries asynchronously instead.
    db.pragma('busy_timeout = 0');
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** A new archive is built under a temporary name and renamed: a file with the final name is never half made. */
function createDatabaseFile(file: string, options: OpenOptions): void {
  const temp = `${file}.nuovo.tmp`;
  for (const leftover of [temp, `${temp}-wal`, `${temp}-shm`, `${temp}-journal`]) rmSync(leftover, { force: true });
  openConfigured(temp, options, false).close();
  fsyncPath(temp);
  renameSync(temp, file);
  fsyncPath(dirname(file));
}

function openFailure(file: string, error: unknown): Error {
  if (error instanceof StorageFaultError) return error;
  const found = describeFault(error);
  if (!found) return error instanceof Error ? error : new Error(String(error));
  if (found.code === 'CORRUPT') return new StorageFaultError(found, `L’archivio «${file}» è danneggiato (${found.reason}).`, { cause: error });
  const explained = explainedByPath(found, dirname(file));
  const why = explained === found && existsSync(file) ? explainedByPath(found, file) : explained;
  return failedBecause(`Impossibile aprire l’archivio «${file}»`, why, error);
}

/**
 * Opens the database file with the durability settings every writer must use. Only a missing file
 * is a new archive; an empty or foreign file is refused, untouched.
 */
export function openDatabaseFile(file: string, options: OpenOptions = {}): Database.Database {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const present = existsSync(file);
    if (!present && options.readOnly) {
      throw new StorageFaultError(fault('CANNOT_OPEN'), `Nessun archivio in «${dirname(file)}»: la cartella non contiene ${basename(file)}.`);
    }
    if (!present) createDatabaseFile(file, options);
    else if (statSync(file).size === 0) throw new StorageFaultError(fault('CORRUPT'), `L’archivio «${file}» è un file vuoto (0 byte), non un archivio.`);
    else if (!hasSqliteHeader(file)) throw new StorageFaultError(fault('CORRUPT'), `L’archivio «${file}» non è un database SQLite.`);
    return openConfigured(file, options);
  } catch (error) {
    throw openFailure(file, error);
  }
}

export function openDataDir(dataDir: string, options: OpenOptions = {}): Database.Database {
  const file = databasePath(dataDir);
  try {
    return openDatabaseFile(file, options);
  } catch (error) {
    if (error instanceof StorageFaultError && error.fault.code === 'CORRUPT') {
      throw new UnusableArchiveError(file, newestBackup(dataDir), error.fault, error.message, { cause: error.cause ?? error });
    }
    throw error;
  }
}


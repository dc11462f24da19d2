import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { BackupFile } from '../../../shared/api/backups';
import { backupsDir } from '../paths';
import { describeFault, explainedByPath, failedBecause, fault, StorageFaultError } from './faults';

export const DEFAULT_BACKUPS_KEPT = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
const BACKUP_NAME = /^verbalizza-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(\d{3})(-\d+)?\.sqlite$/;
/** Written first, renamed to a BACKUP_NAME only once verified; anything else of ours in backups/ is a leftover. */
const TEMP_PREFIX = '.verbalizza-';
const LEFTOVER = /^\.verbalizza-.*\.tmp(-journal|-wal|-shm)?$|^verbalizza-.*\.sqlite(-journal|-wal|-shm)$/;
const SQLITE_HEADER = 'SQLite format 3\0';


export function backupsKept(db: Database.Database): number {
  const row = db.prepare("SELECT value FROM settings WHERE key = 'backup.keep'").get() as { value: string } | undefined;
  const kept = row ? Number.parseInt(row.value, 10) : DEFAULT_BACKUPS_KEPT;
  return Number.isInteger(kept) && kept >= 1 ? kept : DEFAULT_BACKUPS_KEPT;
}

export function setBackupsKept(db: Database.Database, kept: number): void {
  if (!Number.isInteger(kept) || kept < 1) throw new Error('Numero di copie di sicurezza da conservare non valido');
  db.prepare("INSERT INTO settings (key, value) VALUES ('backup.keep', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(
    String(kept),
  );
}

function stamp(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return (
    `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}-` +
    `${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}-${pad(date.getUTCMilliseconds(), 3)}`
  );
}

/** Whether a file starts like an SQLite database (a 0-byte or half-written file does not). */
export function hasSqliteHeader(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    return readSync(fd, header, 0, header.length, 0) === header.length && header.toString('latin1') === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

function names(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** Good backup files (final name, non-empty, SQLite header), oldest first: names sort by their UTC timestamp. */
export function listBackups(dataDir: string): string[] {
  const dir = backupsDir(dataDir);
  return names(dir)
    .filter((name) => BACKUP_NAME.test(name))
    .sort()
    .map((name) => join(dir, name))
    .filter(hasSqliteHeader);
}

/** The good backups, newest first, as the restore dialog lists them. */
export function backupInfos(dataDir: string): BackupFile[] {
  return listBackups(dataDir)
    .reverse()
    .map((file) => {
      const fileName = file.slice(backupsDir(dataDir).length + 1);
      const [, y, mo, d, h, mi, s, ms] = BACKUP_NAME.exec(fileName) as RegExpExecArray;
      return { fileName, createdAt: `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`, size: statSync(file).size };
    });
}

export function newestBackup(dataDir: string): BackupFile | null {
  return backupInfos(dataDir)[0] ?? null;
}

/** Temp files and journals of interrupted backups, and final names that fail the cheap check. */
function removeLeftovers(dir: string): void {
  for (const name of names(dir)) {
    const bad = LEFTOVER.test(name) || (BACKUP_NAME.test(name) && !hasSqliteHeader(join(dir, name)));
    if (bad) rmSync(join(dir, name), { force: true });
  }
}

export function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function rowCounts(db: Database.Database): Record<string, number> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(tables.map((table) => [table, db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number]));
}

/** Full integrity check of a database file, and its row count per table; throws a CORRUPT fault. */
export function verifyDatabaseFile(file: string): Record<string, number> {
  let copy: Database.Database | null = null;
  try {
    copy = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new StorageFaultError(fault('CORRUPT'), `La copia «${file}» non supera il controllo di integrità: ${String(integrity)}`);
    return rowCounts(copy);
  } finally {
    copy?.close();
  }
}

function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A verified copy of the whole database: VACUUM INTO a temporary name, fsync, integrity check and the
 * same tables and row counts as the source, rename to the final name, fsync of the folder; then the
 * oldest copies beyond the number to keep are removed. A failure leaves nothing that counts and
 * throws an Italian StorageFaultError. Must run outside a transaction.
 */
export function backupNow(db: Database.Database, dataDir: string, now: Date = new Date()): string {
  const dir = backupsDir(dataDir);
  const temp = join(dir, `${TEMP_PREFIX}${stamp(now)}-${process.pid}.sqlite.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    removeLeftovers(dir);
    // VACUUM INTO cannot run inside a transaction: data_version proves no other connection committed
    // between the counts and the copy, so the counts describe the copy's snapshot.
    const version = db.pragma('data_version', { simple: true });
    const source = rowCounts(db);
    db.prepare('VACUUM INTO ?').run(temp);
    if (db.pragma('data_version', { simple: true }) !== version) {
      throw new StorageFaultError(fault('BUSY'), 'L’archivio è stato modificato da un altro programma durante la copia. Riprovare.');
    }
    fsyncPath(temp);
    if (!sameCounts(verifyDatabaseFile(temp), source)) {
      throw new StorageFaultError(fault('CORRUPT'), 'La copia non contiene le stesse righe dell’archivio.');
    }
    const file = finalName(dir, now);
    renameSync(temp, file);
    fsyncPath(dir);
    pruneBackups(dataDir, backupsKept(db));
    return file;
  } catch (error) {
    removeTemp(temp);
    throw backupFailure(error, dir);
  }
}

/** Best effort: the failure being reported is the backup's, not this clean-up's (the next backup cleans again). */
function removeTemp(temp: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) {
    try {
      rmSync(`${temp}${suffix}`, { force: true });
    } catch {
      // e.g. ENOTDIR when backups/ is a file: nothing was written there.
    }
  }
}

/** Always Italian: a storage fault as what happened, anything else (a bug) as unexpected. */
function backupFailure(error: unknown, dir: string): Error {
  const found = describeFault(error);
  if (!found) return new Error('Copia di sicurezza non riuscita: errore inatteso. Riprovare; se si ripete, segnalarlo.', { cause: error });
  return failedBecause('Copia di sicurezza non riuscita', explainedByPath(found, dir), error);
}

function finalName(dir: string, now: Date): string {
  let file = join(dir, `verbalizza-${stamp(now)}.sqlite`);
  for (let n = 1; existsSync(file); n += 1) file = join(dir, `verbalizza-${stamp(now)}-${n}.sqlite`);
  return file;
}

export function pruneBackups(dataDir: string, kept: number): void {
  const files = listBackups(dataDir);
  for (const file of files.slice(0, Math.max(0, files.length - kept))) rmSync(file, { force: true });
}

/** The daily backup: made when the newest good copy is older than 24 hours (or there is none). */
export function backupIfDue(db: Database.Database, dataDir: string, now: Date = new Date()): string | null {
  const newest = listBackups(dataDir).at(-1);
  if (newest && now.getTime() - statSync(newest).mtimeMs < DAY_MS) return null;
  return backupNow(db, dataDir, now);
}

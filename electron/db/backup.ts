import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { backupsDir } from '../paths';

export const DEFAULT_BACKUPS_KEPT = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
const BACKUP_NAME = /^verbalizza-\d{8}-\d{6}-\d{3}(-\d+)?\.sqlite$/;

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

/** Backup files, oldest first (names sort by their UTC timestamp). */
export function listBackups(dataDir: string): string[] {
  const dir = backupsDir(dataDir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((name) => BACKUP_NAME.test(name)).sort().map((name) => join(dir, name));
}

/**
 * A consistent copy of the whole database (VACUUM INTO reads one snapshot), then the oldest
 * copies beyond the number to keep are removed. Must run outside a transaction.
 */
export function backupNow(db: Database.Database, dataDir: string, now: Date = new Date()): string {
  const dir = backupsDir(dataDir);
  mkdirSync(dir, { recursive: true });
  let file = join(dir, `verbalizza-${stamp(now)}.sqlite`);
  for (let n = 1; existsFile(file); n += 1) file = join(dir, `verbalizza-${stamp(now)}-${n}.sqlite`);
  db.prepare('VACUUM INTO ?').run(file);
  pruneBackups(dataDir, backupsKept(db));
  return file;
}

function existsFile(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}

export function pruneBackups(dataDir: string, kept: number): void {
  const files = listBackups(dataDir);
  for (const file of files.slice(0, Math.max(0, files.length - kept))) rmSync(file, { force: true });
}

/** The daily backup: made at startup when the newest copy is older than 24 hours (or there is none). */
export function backupIfDue(db: Database.Database, dataDir: string, now: Date = new Date()): string | null {
  const newest = listBackups(dataDir).at(-1);
  if (newest && now.getTime() - statSync(newest).mtimeMs < DAY_MS) return null;
  return backupNow(db, dataDir, now);
}

import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { formatDateWords, formatTime } from '../../../shared/phrasing';
import { fault, StorageFaultError } from './faults';

/** Who writes to a data folder, as named to anyone refused. */
export type WriterProgram = 'app' | 'modalità browser' | `riga di comando (${string})`;

/** The content of the lock file. */
export interface LockHolder {
  program: string;
  pid: number;
  hostname: string;
  /** ISO time the lock was taken. */
  since: string;
}

export interface WriterLock {
  readonly holder: LockHolder;
  /** Removes the lock file (if it is still ours); idempotent. */
  release(): void;
}

export const WRITER_LOCK_FILE = 'verbalizza.lock';
/** An SQLite file used only for its OS lock, which dies with its process: it serialises stale-lock takeovers. */
const TAKEOVER_FILE = 'verbalizza.lock-takeover';

export function writerLockPath(dataDir: string): string {
  return join(dataDir, WRITER_LOCK_FILE);
}

/** The data folder has a live writer: nothing was opened, nothing written. */
export class ArchiveInUseError extends StorageFaultError {
  constructor(readonly holder: LockHolder) {
    super(fault('BUSY'), inUseMessage(holder));
    this.name = 'ArchiveInUseError';
  }
}

/** The lock file exists but is not ours to read (damaged by hand or by a disk fault). */
export class UnreadableLockError extends StorageFaultError {
  constructor(readonly path: string) {
    super(fault('CANNOT_OPEN', path), `Il file di blocco dell’archivio («${path}») non è leggibile. Se nessun altro programma sta usando l’archivio, eliminarlo e riprovare.`);
    this.name = 'UnreadableLockError';
  }
}

export function inUseMessage(holder: LockHolder): string {
  const since = new Date(holder.since);
  const when = Number.isNaN(since.getTime()) ? '' : ` dal ${formatDateWords(since)} alle ${formatTime(since)}`;
  const otherHost = holder.hostname !== hostname();
  const where = otherHost ? ` sul computer «${holder.hostname}»` : '';
  const stale = otherHost ? ' Se quel programma non è più aperto, eliminare il file verbalizza.lock nella cartella dei dati.' : '';
  return `L’archivio è già aperto da Verbalizza (${holder.program}, processo ${holder.pid}${where})${when}. Chiudere quel programma e riprovare.${stale}`;
}

export interface AcquireOptions {
  /** better-sqlite3 binding built for Electron (the app), default: the Node build. */
  nativeBinding?: string;
  now?: Date;
}

/**
 * Takes the one-writer lock of a data folder, or throws ArchiveInUseError naming the holder.
 * A lock left by a process that no longer runs on this computer is taken over.
 */
export function acquireWriterLock(dataDir: string, program: WriterProgram, options: AcquireOptions = {}): WriterLock {
  mkdirSync(dataDir, { recursive: true });
  const path = writerLockPath(dataDir);
  const holder: LockHolder = { program, pid: process.pid, hostname: hostname(), since: (options.now ?? new Date()).toISOString() };
  const content = `${JSON.stringify(holder)}\n`;
  // Each round either takes the lock, refuses, or follows a release or a stale lock's removal: a few are plenty.
  for (let round = 0; round < 10; round += 1) {
    if (createExclusive(path, content)) return heldLock(path, content, holder);
    const current = readLock(path);
    if (current === null) continue;
    if (!isStale(current.holder)) throw new ArchiveInUseError(current.holder);
    removeStale(dataDir, path, current.raw, options.nativeBinding);
  }
  throw new Error(`Il blocco dell’archivio («${path}») cambia di continuo: un altro programma lo sta prendendo e lasciando. Riprovare.`);
}

/** Writes the content to a temporary file, then links it to the lock's name: the lock appears complete, or not at all. */
function createExclusive(path: string, content: string): boolean {
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const fd = openSync(temporary, 'wx');
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temporary, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(temporary);
  }
}

function readRaw(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function readLock(path: string): { raw: string; holder: LockHolder } | null {
  const raw = readRaw(path);
  if (raw === null) return null;
  try {
    const holder = JSON.parse(raw) as LockHolder;
    if (typeof holder.pid === 'number' && typeof holder.hostname === 'string' && typeof holder.program === 'string') return { raw, holder };
  } catch {
    // Falls through to the error below: a lock we cannot read is never taken over silently.
  }
  throw new UnreadableLockError(path);
}

/** Only a lock of this computer can be judged: its process is gone, or it was taken before the last boot (pids are reused). */
function isStale(holder: LockHolder): boolean {
  if (holder.hostname !== hostname()) return false;
  const bootTime = Date.now() - uptime() * 1000;
  if (new Date(holder.since).getTime() < bootTime) return true;
  return !processExists(holder.pid);
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the stale lock, unless someone replaced it meanwhile. Two processes may find the same stale lock: the
 * exclusive SQLite lock lets one at a time check and remove, so the second sees the winner's lock and is refused.
 */
function removeStale(dataDir: string, path: string, staleRaw: string, nativeBinding: string | undefined): void {
  const mutex = new Database(join(dataDir, TAKEOVER_FILE), nativeBinding ? { nativeBinding } : {});
  try {
    // A takeover lasts microseconds and happens at startup only: a synchronous wait is harmless here.
    mutex.pragma('busy_timeout = 5000');
    mutex.exec('BEGIN EXCLUSIVE');
    try {
      if (readRaw(path) === staleRaw) unlinkSync(path);
    } finally {
      mutex.exec('ROLLBACK');
    }
  } finally {
    mutex.close();
  }
}

function heldLock(path: string, content: string, holder: LockHolder): WriterLock {
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    process.off('exit', release);
    // Nobody takes over the lock of a live process, so if the content is ours the file is ours.
    if (readRaw(path) === content) unlinkSync(path);
  };
  process.on('exit', release);
  return { holder, release };
}

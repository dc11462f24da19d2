import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { NotFoundError } from '../../../shared/api/errors';
import { databasePath } from '../paths';
import { fsyncPath, listBackups, verifyDatabaseFile } from './backup';
import { describeFault, explainedByPath, failedBecause, fault, StorageFaultError } from './faults';

export interface RestoreResult {
  /** Where the archive that was replaced now is (null when there was none). */
  setAside: string | null;
  restoredFrom: string;
}

const SIDE_FILES = ['-wal', '-shm', '-journal'];

/** The command a user types to restore a backup, as the CLI and browser mode print it. */
export function restoreCommand(dataDir: string, fileName: string): string {
  return `verbalizza restore ${fileName} --data-dir "${dataDir}"`;
}

/** A backup chosen by name from the list (never an arbitrary path). */
export function backupByName(dataDir: string, fileName: string): string {
  const file = listBackups(dataDir).find((candidate) => basename(candidate) === fileName);
  if (!file) throw new NotFoundError(`Copia di sicurezza «${fileName.slice(0, 200)}» non trovata tra quelle disponibili.`);
  return file;
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('T', '-').replace(/\..*$/, '');
}

/**
 * Replaces the archive with a backup. The backup is verified and copied to a temporary name first;
 * then the current file (with its -wal/-shm) is set aside as `verbalizza.sqlite.accantonato-<stamp>`
 * and the copy renamed into place. The database must be closed by the caller.
 */
export function restoreDatabase(dataDir: string, source: string, now: Date = new Date()): RestoreResult {
  const target = databasePath(dataDir);
  const temp = `${target}.ripristino.tmp`;
  try {
    verifyDatabaseFile(source);
    copyFileSync(source, temp);
    fsyncPath(temp);
    verifyDatabaseFile(temp);
    const setAside = existsSync(target) ? `${target}.accantonato-${stamp(now)}` : null;
    const moved = setAside ? ['', ...SIDE_FILES].filter((suffix) => existsSync(`${target}${suffix}`)) : [];
    for (const suffix of moved) renameSync(`${target}${suffix}`, `${setAside}${suffix}`);
    try {
      renameSync(temp, target);
    } catch (error) {
      for (const suffix of moved) renameSync(`${setAside}${suffix}`, `${target}${suffix}`);
      throw error;
    }
    fsyncPath(dirname(target));
    return { setAside, restoredFrom: source };
  } catch (error) {
    rmSync(temp, { force: true });
    if (error instanceof StorageFaultError && error.fault.code === 'CORRUPT') {
      throw new StorageFaultError(error.fault, `Ripristino non eseguito: la copia «${basename(source)}» è danneggiata. L’archivio non è stato modificato.`, { cause: error });
    }
    throw failedBecause('Ripristino non eseguito', explainedByPath(describeFault(error) ?? fault('IO'), dataDir), error);
  }
}

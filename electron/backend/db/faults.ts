import { accessSync, constants } from 'node:fs';

/**
 * The one translation of storage faults (SQLite result codes, fs errno) into Italian, used by the
 * dispatch (toApiError), the CLI, backups and restore: what happened and that nothing was changed.
 */

export type FaultCode = 'DISK_FULL' | 'READ_ONLY' | 'CORRUPT' | 'CANNOT_OPEN' | 'IO' | 'BUSY' | 'NOT_A_FOLDER' | 'NO_PERMISSION';

export interface Fault {
  code: FaultCode;
  /** Short, lower case, for «… non riuscita alle 18:02: disco pieno.» */
  reason: string;
  /** The whole sentence for the user: what happened, what to do. */
  message: string;
}

/** A storage error already in Italian (thrown by open, backup, restore); `cause` keeps the original for --debug. */
export class StorageFaultError extends Error {
  constructor(
    readonly fault: Fault,
    message: string = fault.message,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageFaultError';
  }
}

const FAULTS: Record<FaultCode, { reason: string; advice: string }> = {
  DISK_FULL: { reason: 'disco pieno', advice: 'Liberare spazio sul disco e riprovare.' },
  READ_ONLY: {
    reason: 'cartella o file in sola lettura',
    advice: 'Controllare che il disco non sia protetto da scrittura e che la cartella dei dati e il file dell’archivio siano modificabili.',
  },
  CORRUPT: { reason: 'archivio danneggiato', advice: 'Ripristinare una copia di sicurezza («Ripristina da una copia di sicurezza»).' },
  CANNOT_OPEN: { reason: 'file non apribile', advice: 'Controllare che la cartella dei dati esista e sia accessibile.' },
  IO: { reason: 'errore di lettura o scrittura sul disco', advice: 'Controllare il disco (o la chiavetta) e riprovare.' },
  BUSY: { reason: 'archivio in uso da un altro programma', advice: 'Riprovare tra poco; se si ripete, chiudere l’altro programma che usa l’archivio.' },
  NOT_A_FOLDER: { reason: 'percorso occupato da un file', advice: 'Al posto della cartella c’è un file con lo stesso nome: spostarlo o rinominarlo.' },
  NO_PERMISSION: { reason: 'permesso negato', advice: 'Controllare i permessi della cartella dei dati e del file dell’archivio.' },
};

export function fault(code: FaultCode, path?: string): Fault {
  const { reason, advice } = FAULTS[code];
  const where = path ? ` («${path}»)` : '';
  return { code, reason, message: `${reason.charAt(0).toUpperCase()}${reason.slice(1)}${where}: l’operazione non è stata eseguita, nulla è stato modificato. ${advice}` };
}

function faultCodeOf(code: string): FaultCode | null {
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'DISK_FULL';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return 'READ_ONLY';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'CORRUPT';
  if (code.startsWith('SQLITE_CANTOPEN')) return 'CANNOT_OPEN';
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return 'IO';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'BUSY';
  if (code === 'EEXIST' || code === 'ENOTDIR' || code === 'EISDIR') return 'NOT_A_FOLDER';
  if (code === 'EACCES' || code === 'EPERM' || code.startsWith('SQLITE_PERM') || code.startsWith('SQLITE_AUTH')) return 'NO_PERMISSION';
  return null;
}

/** A fault told as the failure of one operation: «Copia di sicurezza non riuscita: disco pieno: …». */
export function failedBecause(what: string, found: Fault, cause: unknown): StorageFaultError {
  return new StorageFaultError(found, `${what}: ${found.message.charAt(0).toLowerCase()}${found.message.slice(1)}`, { cause });
}

/** SQLite only says it "cannot open" (or fails to write) a file: the folder or file says why, when it cannot be written. */
export function explainedByPath(found: Fault, path: string): Fault {
  const unexplained = ['CANNOT_OPEN', 'READ_ONLY', 'NO_PERMISSION', 'IO'].includes(found.code);
  return (unexplained && notWritable(path)) || found;
}

/** The Italian fault for a known storage error, or null for anything else (a bug: "errore interno"). */
export function describeFault(error: unknown): Fault | null {
  if (error instanceof StorageFaultError) return { ...error.fault, message: error.message };
  if (!(error instanceof Error)) return null;
  const { code, path } = error as NodeJS.ErrnoException;
  if (typeof code !== 'string') return null;
  const faultCode = faultCodeOf(code);
  return faultCode ? fault(faultCode, path) : null;
}

/** Why a folder or file cannot be written, when it cannot (read-only disk, permissions, immutable file): SQLite only says "cannot open". */
export function notWritable(path: string): Fault | null {
  try {
    accessSync(path, constants.W_OK);
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? null : fault(code === 'EROFS' ? 'READ_ONLY' : 'NO_PERMISSION', path);
  }
}

/** What a person is told about anything thrown: our errors carry Italian messages; SQLite's and the system's (with a code) do not. */
export function userMessage(error: unknown): string {
  const found = describeFault(error);
  if (found) return found.message;
  if (error instanceof Error && error.name !== 'SqliteError' && !('code' in error)) return error.message;
  return 'Errore interno: l’operazione non è stata eseguita. Riprovare; se si ripete, segnalarlo.';
}

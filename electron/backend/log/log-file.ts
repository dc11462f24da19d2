import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describeError } from './log-fields';

export const LOG_FOLDER = 'logs';
export const LOG_FILE = 'verbalizza.log';
export const LOG_MAX_BYTES = 1024 * 1024;
/** Older files kept beside the current one: verbalizza.log.1 (newest) … verbalizza.log.4. */
export const LOG_FILES_KEPT = 4;

/** What a line may carry: method names, ids, codes, counts, timings. Never a text typed by the user nor a person's name. */
export type LogFields = Readonly<Record<string, string | number | boolean | null | undefined>>;

export interface Log {
  /** The current log file (it may not exist yet: it is created by the first line). */
  readonly path: string;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  /** The error is described by its name, code, message with quoted parts removed, and where it happened. */
  error(event: string, error: unknown, fields?: LogFields): void;
  /** The last lines written (of the current file and the one before it), oldest first. */
  lastLines(count: number): string[];
}

export interface LogOptions {
  /** Who writes: 'app', 'browser', 'cli'. */
  program: string;
  maxBytes?: number;
  kept?: number;
  now?: () => Date;
  /** Errors also on the console, in full with their stack (for developers): the app and browser mode. */
  console?: boolean;
}

export function logFolder(dataDir: string): string {
  return join(dataDir, LOG_FOLDER);
}

/**
 * The log of a data folder: one JSON object a line, appended; when the file would pass maxBytes it becomes
 * verbalizza.log.1 and the older ones move up, the oldest beyond `kept` deleted. A log that cannot be written
 * (read-only folder, missing data folder) never stops the program: the line is dropped.
 */
export function openLog(dataDir: string, options: LogOptions): Log {
  const folder = logFolder(dataDir);
  const path = join(folder, LOG_FILE);
  const maxBytes = options.maxBytes ?? LOG_MAX_BYTES;
  const kept = options.kept ?? LOG_FILES_KEPT;
  const now = options.now ?? (() => new Date());
  let unwritableSaid = false;

  function rotate(): void {
    rmSync(`${path}.${kept}`, { force: true });
    for (let n = kept - 1; n >= 1; n -= 1) {
      if (existsSync(`${path}.${n}`)) renameSync(`${path}.${n}`, `${path}.${n + 1}`);
    }
    renameSync(path, `${path}.1`);
  }

  function write(level: 'info' | 'warn' | 'error', event: string, fields: LogFields): void {
    const line = `${JSON.stringify({ at: now().toISOString(), level, program: options.program, pid: process.pid, event, ...fields })}\n`;
    try {
      // Not recursive: the data folder itself is made by the program that owns it, never by the log.
      if (!existsSync(folder)) mkdirSync(folder);
      const size = existsSync(path) ? statSync(path).size : 0;
      if (size > 0 && size + Buffer.byteLength(line) > maxBytes) rotate();
      appendFileSync(path, line);
    } catch (error) {
      // Losing a log line must never fail the action it describes; the console says it once.
      if (options.console && !unwritableSaid) console.error(`[verbalizza] Registro non scrivibile (${path}):`, error);
      unwritableSaid = true;
    }
  }

  return {
    path,
    info: (event, fields = {}) => write('info', event, fields),
    warn: (event, fields = {}) => write('warn', event, fields),
    error: (event, error, fields = {}) => {
      if (options.console) console.error(`[verbalizza] ${event}`, fields, error);
      write('error', event, { ...fields, ...describeError(error) });
    },
    lastLines: (count) => {
      const lines = [`${path}.1`, path].flatMap((file) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : []));
      return lines.slice(-count);
    },
  };
}

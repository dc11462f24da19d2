import { basename } from 'node:path';
import type Database from 'better-sqlite3';
import type { BackupFailure, BackupStatus, RestoreOutcome } from '../../../shared/api/backups';
import { backupIfDue, backupInfos, backupNow, newestBackup } from '../db/backup';
import { describeFault } from '../db/faults';
import { openDataDir } from '../db/open';
import { acquireWriterLock, ArchiveInUseError, type WriterProgram } from '../db/writer-lock';
import { backupByName, restoreDatabase } from '../db/restore';
import { openLog, type Log } from '../log/log-file';
import { showLog, type OpenFolder } from '../log/show-log';
import { createDispatch, type Dispatch } from '../transport/dispatch';
import type { MeetingChangedEvent, MeetingChangedListener, Unsubscribe } from '../../../shared/api/events';
import { MeetingChanges } from './meeting-changes';
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
  /** The data folder's log (logs/verbalizza.log). */
  readonly log: Log;
  /** Tells the listener of every committed write of a meeting (its id and new version), whoever made it. */
  onMeetingChanged(listener: MeetingChangedListener): Unsubscribe;
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
  /** Where calls, refusals, internal errors, backups and the writer lock are logged; default: the data folder's log. */
  log?: Log;
  /** The app's way to open a folder in the system's file manager (Electron's shell.openPath): "Apri il registro". */
  openFolder?: OpenFolder;
}

/** Everything behind the API for one data folder: used by the Electron shell, browser mode and the CLI. */
export function openBackend(dataDir: string, options: BackendOptions = {}): Backend {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? openLog(dataDir, { program: options.writer ?? 'lettura', now });
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const open = () => openDataDir(dataDir, { ...binding, readOnly: options.readOnly ?? false });
  let lastFailure: BackupFailure | null = null;

  /** Every backup goes through here, so that a failure shows until a later copy succeeds. */
  function recorded(make: () => string | null): string | null {
    try {
      const started = performance.now();
      const file = make();
      if (file) lastFailure = null;
      if (file) log.info('backup.made', { file: basename(file), ms: Math.round(performance.now() - started) });
      return file;
    } catch (error) {
      log.error('backup.failed', error, { reason: describeFault(error)?.code ?? 'UNEXPECTED' });
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

  const lock = options.writer && !options.readOnly ? lockedBy(options.writer) : null;
  let db: Database.Database;
  try {
    db = open();
  } catch (error) {
    log.error('archive.openFailed', error, { fault: describeFault(error)?.code });
    lock?.release();
    throw error;
  }
  const changes = new MeetingChanges((error) => log.error('change.listenerFailed', error));
  const onMeetingChanged = (event: MeetingChangedEvent) => changes.emit(event);
  let services = createServices(db, { now, backupAfterClose, onMeetingChanged });
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
      services = createServices(db, { now, backupAfterClose, onMeetingChanged });
      announceEveryMeeting();
      dispatchOnCurrent = createDispatch(withBackups(services.handlers), log);
    }
  };
  const withBackups = (handlers: Services['handlers']): Handlers => ({
    ...handlers,
    'backups.list': () => backupInfos(dataDir),
    'backups.status': () => backupStatus(),
    'backups.restore': (input) => restore(input.fileName),
    'logs.open': () => showLog(log, options.openFolder),
  });
  let dispatchOnCurrent = createDispatch(withBackups(services.handlers), log);

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
    log,
    onMeetingChanged: (listener) => changes.subscribe(listener),
    close: () => {
      if (db.open) db.close();
      lock?.release();
      if (lock) log.info('lock.released', {});
    },
  };

  /** After a restore every meeting may be at another version: windows showing one read it again. */
  function announceEveryMeeting(): void {
    const rows = db.prepare('SELECT id, version FROM meetings').all() as { id: string; version: number }[];
    for (const row of rows) changes.emit({ meetingId: row.id, version: row.version });
  }

  function lockedBy(writer: WriterProgram) {
    try {
      const held = acquireWriterLock(dataDir, writer, binding);
      log.info('lock.acquired', {});
      return held;
    } catch (error) {
      if (error instanceof ArchiveInUseError) log.warn('lock.refused', { holderProgram: error.holder.program, holderPid: error.holder.pid });
      else log.error('lock.failed', error);
      throw error;
    }
  }
}

import type Database from 'better-sqlite3';
import type { MeetingChangedEvent } from '../../../shared/api/events';

export interface StorageOptions {
  /** The backup made after a meeting is closed (the backend's, which remembers its outcome); none in tests that do not back up. */
  backupAfterClose?: () => void;
  /** The clock (tests pass a fixed one). */
  now?: () => Date;
  /** Told of every committed write of a meeting (the pushed change event); never inside the transaction. */
  onMeetingChanged?: (event: MeetingChangedEvent) => void;
}

/** The database plus the transaction discipline every service call follows: one call, one transaction. */
export class Storage {
  private pendingAfterCommit: (() => void)[] = [];
  private readonly onRollback: (() => void)[] = [];
  private depth = 0;
  /** One transaction wrapper for every call (better-sqlite3 builds its BEGIN/COMMIT statements once). */
  private readonly transaction: Database.Transaction<(fn: () => unknown) => unknown>;

  constructor(
    readonly db: Database.Database,
    readonly options: StorageOptions,
  ) {
    this.transaction = db.transaction((fn: () => unknown) => fn());
  }

  now(): Date {
    return this.options.now ? this.options.now() : new Date();
  }

  nowIso(): string {
    return this.now().toISOString();
  }

  /** Registers what must be forgotten when a transaction fails (in-memory caches). */
  onFailure(callback: () => void): void {
    this.onRollback.push(callback);
  }

  /** Runs after the current write transaction commits (cache updates, backups); dropped if it rolls back. */
  afterCommit(callback: () => void): void {
    this.pendingAfterCommit.push(callback);
  }

  /** Announces the meeting's new version once the current transaction commits; nothing when it rolls back. */
  meetingChanged(meetingId: string, version: number): void {
    const announce = this.options.onMeetingChanged;
    if (announce) this.afterCommit(() => announce({ meetingId, version }));
  }

  read<T>(fn: () => T): T {
    if (this.depth > 0) return fn();
    return this.run(fn, false);
  }

  write<T>(fn: () => T): T {
    if (this.depth > 0) return fn();
    return this.run(fn, true);
  }

  private run<T>(fn: () => T, write: boolean): T {
    this.depth += 1;
    this.pendingAfterCommit = [];
    try {
      const result = (write ? this.transaction.immediate(fn) : this.transaction.deferred(fn)) as T;
      const callbacks = this.pendingAfterCommit;
      this.pendingAfterCommit = [];
      this.depth -= 1;
      for (const callback of callbacks) callback();
      return result;
    } catch (error) {
      this.pendingAfterCommit = [];
      if (this.depth > 0) this.depth -= 1;
      for (const callback of this.onRollback) callback();
      throw error;
    }
  }
}

import type Database from 'better-sqlite3';
import type { JournalRecord } from '../../../shared/api/contract';
import { type Change, sql } from './rows';

export interface JournalInput {
  meetingId: string | null;
  bodyId: string | null;
  at: string;
  operation: string;
  input: unknown;
  summary: string;
  changes: Change[];
  undoable: boolean;
}

export function appendJournal(db: Database.Database, record: JournalInput): number {
  const result = sql(db, 
      `INSERT INTO journal (meeting_id, body_id, at, operation, input, summary, changes, undoable)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      record.meetingId,
      record.bodyId,
      record.at,
      record.operation,
      JSON.stringify(record.input ?? null),
      record.summary,
      JSON.stringify(record.changes),
      record.undoable ? 1 : 0,
    );
  return Number(result.lastInsertRowid);
}

export interface UndoableAction {
  seq: number;
  operation: string;
  summary: string;
  changes: Change[];
}

/** The last action of the meeting that can still be undone. */
export function lastUndoable(db: Database.Database, meetingId: string): UndoableAction | null {
  const row = sql(db, 
      `SELECT seq, operation, summary, changes FROM journal
       WHERE meeting_id = ? AND undoable = 1 AND undone = 0 ORDER BY seq DESC LIMIT 1`,
    )
    .get(meetingId) as { seq: number; operation: string; summary: string; changes: string } | undefined;
  if (!row) return null;
  return { seq: row.seq, operation: row.operation, summary: row.summary, changes: JSON.parse(row.changes) as Change[] };
}

/**
 * The action redo would do again: the earliest one undone after the last action still in place. Any new undoable
 * action comes after them, so it ends what can be redone.
 */
export function firstRedoable(db: Database.Database, meetingId: string): UndoableAction | null {
  const row = sql(db,
      `SELECT seq, operation, summary, changes FROM journal
       WHERE meeting_id = ? AND undoable = 1 AND undone = 1
         AND seq > COALESCE((SELECT MAX(seq) FROM journal WHERE meeting_id = ? AND undoable = 1 AND undone = 0), 0)
       ORDER BY seq LIMIT 1`,
    )
    .get(meetingId, meetingId) as { seq: number; operation: string; summary: string; changes: string } | undefined;
  if (!row) return null;
  return { seq: row.seq, operation: row.operation, summary: row.summary, changes: JSON.parse(row.changes) as Change[] };
}

/** A redone action is in place again: the next undo reverts it. */
export function markRedone(db: Database.Database, seq: number): void {
  sql(db, 'UPDATE journal SET undone = 0 WHERE seq = ?').run(seq);
}

export function markUndone(db: Database.Database, seq: number): void {
  sql(db, 'UPDATE journal SET undone = 1 WHERE seq = ?').run(seq);
}

/** After closing or reopening, nothing before can be undone: undo never crosses a revision. */
export function sealJournal(db: Database.Database, meetingId: string): void {
  sql(db, 'UPDATE journal SET undoable = 0 WHERE meeting_id = ? AND undoable = 1').run(meetingId);
}

export function listJournal(db: Database.Database, meetingId: string): JournalRecord[] {
  const rows = sql(db, 'SELECT seq, at, operation, input, summary FROM journal WHERE meeting_id = ? ORDER BY seq')
    .all(meetingId) as { seq: number; at: string; operation: string; input: string; summary: string }[];
  return rows.map((row) => ({ seq: row.seq, at: row.at, operation: row.operation, input: JSON.parse(row.input) as unknown, summary: row.summary }));
}

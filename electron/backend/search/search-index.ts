import type Database from 'better-sqlite3';
import type { Meeting, Speaker } from '../../../shared/model';
import { loadMeeting } from '../db/meeting-load';
import { type Change, sql } from '../db/rows';
import { entryDocument, entryKey, itemDocument, itemKey, meetingDocument, meetingDocuments, speakerLabel, type SearchDocument } from './documents';

/**
 * The archive's full-text index: search_documents holds each document's text (electron/backend/search/documents.ts), and the
 * FTS5 table search_index indexes it (external content, kept in step by triggers). Writes go through here, inside the
 * transaction of the action that changed the meeting, and touch only the documents of what changed.
 */
export const SEARCH_SCHEMA = `
  CREATE TABLE search_documents (
    id INTEGER PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    item_id TEXT,
    entry_id TEXT,
    text TEXT NOT NULL,
    UNIQUE (meeting_id, key)
  ) STRICT;
  CREATE VIRTUAL TABLE search_index USING fts5(
    text, content = 'search_documents', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER search_documents_insert AFTER INSERT ON search_documents BEGIN
    INSERT INTO search_index (rowid, text) VALUES (new.id, new.text);
  END;
  CREATE TRIGGER search_documents_delete AFTER DELETE ON search_documents BEGIN
    INSERT INTO search_index (search_index, rowid, text) VALUES ('delete', old.id, old.text);
  END;
  CREATE TRIGGER search_documents_update AFTER UPDATE OF text ON search_documents BEGIN
    INSERT INTO search_index (search_index, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO search_index (rowid, text) VALUES (new.id, new.text);
  END;
`;

/** Documents a meeting day can hold: a document's rowid is its meeting's day times this, plus its place in that day. */
export const DOCUMENTS_PER_DAY = 2 ** 20;

/**
 * The first rowid of a day (days since 1970-01-01). Rowids ordered by date let the search put the newest meeting first
 * among equally relevant hits, and filter by dates, from the FTS5 index alone (no lookup per hit).
 */
export function firstRowidOfDay(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000) * DOCUMENTS_PER_DAY;
}

function writeDocument(db: Database.Database, meeting: Pick<Meeting, 'id' | 'date'>, document: SearchDocument): void {
  const first = firstRowidOfDay(meeting.date);
  const id = sql(db, 'SELECT coalesce(max(id) + 1, ?) FROM search_documents WHERE id BETWEEN ? AND ?').pluck().get(first, first, first + DOCUMENTS_PER_DAY - 1);
  sql(
    db,
    `INSERT INTO search_documents (id, meeting_id, key, item_id, entry_id, text) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (meeting_id, key) DO UPDATE SET item_id = excluded.item_id, text = excluded.text
     WHERE item_id IS NOT excluded.item_id OR text IS NOT excluded.text`,
  ).run(id, meeting.id, document.key, document.itemId, document.entryId, document.text);
}

function removeDocument(db: Database.Database, meetingId: string, key: string): void {
  sql(db, 'DELETE FROM search_documents WHERE meeting_id = ? AND key = ?').run(meetingId, key);
}

/** Every document of a meeting, written afresh (a new or imported meeting, the migration). */
export function indexMeeting(db: Database.Database, meeting: Meeting): void {
  sql(db, 'DELETE FROM search_documents WHERE meeting_id = ?').run(meeting.id);
  for (const document of meetingDocuments(meeting)) writeDocument(db, meeting, document);
}

/** The whole index built again from the stored meetings. */
export function rebuildSearchIndex(db: Database.Database): void {
  db.prepare('DELETE FROM search_documents').run();
  const ids = db.prepare('SELECT id FROM meetings ORDER BY id').pluck().all() as string[];
  for (const id of ids) {
    const loaded = loadMeeting(db, id);
    if (loaded) indexMeeting(db, loaded.meeting);
  }
}

function speakerKey(speaker: Speaker): string {
  if (speaker.kind === 'member') return `m:${speaker.memberId}`;
  return speaker.kind === 'participant' ? `p:${speaker.participantId}` : 'minuteTaker';
}

/**
 * The statements whose speaker reads differently after the change: who sits for a member (roll call), a guest,
 * the minute-taker (header). Each speaker's label is computed once per side.
 */
function relabelledStatements(before: Meeting, after: Meeting): Set<string> {
  const ids = new Set<string>();
  const changed = new Map<string, boolean>();
  for (const item of after.items) {
    for (const entry of item.entries) {
      if (entry.type !== 'statement') continue;
      const key = speakerKey(entry.speaker);
      let differs = changed.get(key);
      if (differs === undefined) {
        differs = speakerLabel(before, entry.speaker) !== speakerLabel(after, entry.speaker);
        changed.set(key, differs);
      }
      if (differs) ids.add(entry.id);
    }
  }
  return ids;
}

/**
 * Brings the index in step with a write of a meeting: the documents of the rows the changes touched (the meeting row,
 * items, entries), and the statements whose speaker's name changed with the roll call, guests or header.
 */
export function updateSearchIndex(db: Database.Database, before: Meeting | null, after: Meeting, changes: readonly Change[]): void {
  if (!before) {
    indexMeeting(db, after);
    return;
  }
  const itemIds = new Set<string>();
  const entryIds = new Set<string>();
  let meetingRow = false;
  let speakersMayDiffer = false;
  for (const change of changes) {
    if (change.table === 'items') itemIds.add(String(change.key.id));
    else if (change.table === 'entries') entryIds.add(String(change.key.id));
    else if (change.table === 'meetings') {
      // A new date moves every document of the meeting to that day's rowids.
      if (change.after && 'date' in change.after) {
        indexMeeting(db, after);
        return;
      }
      meetingRow = true;
      // The minute-taker's name is in the header.
      if (change.after && 'header' in change.after) speakersMayDiffer = true;
    }
    else if (change.table === 'roll_call' || change.table === 'guests') speakersMayDiffer = true;
  }
  if (meetingRow) writeDocument(db, after, meetingDocument(after));
  if (speakersMayDiffer) for (const id of relabelledStatements(before, after)) entryIds.add(id);
  if (itemIds.size === 0 && entryIds.size === 0) return;

  const previousItems = new Map(before.items.map((item) => [item.id, item]));
  const written = new Set<string>();
  for (const item of after.items) {
    if (itemIds.has(item.id)) {
      writeDocument(db, after, itemDocument(item));
      written.add(itemKey(item.id));
    }
    // Relabelled statements can sit in items the write left as they were.
    if (previousItems.get(item.id) === item && !speakersMayDiffer) continue;
    for (const entry of item.entries) {
      if (!entryIds.has(entry.id)) continue;
      const document = entryDocument(after, item.id, entry);
      if (document) writeDocument(db, after, document);
      else removeDocument(db, after.id, entryKey(entry.id));
      written.add(entryKey(entry.id));
    }
  }
  for (const id of itemIds) if (!written.has(itemKey(id))) removeDocument(db, after.id, itemKey(id));
  for (const id of entryIds) if (!written.has(entryKey(id))) removeDocument(db, after.id, entryKey(id));
}

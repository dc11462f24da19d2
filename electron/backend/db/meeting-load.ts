import type Database from 'better-sqlite3';
import type { AgendaItem, Meeting, Participant, ParticipantAttendance, RollCallEntry, TimelineEntry } from '../../../shared/model';
import { readStoredBody, storedBodyJson } from './body-blobs';
import { jsonOf, parseJson } from './json-memo';
import { headerOf, type StoredHeader } from './meeting-rows';
import { type Change, sql } from './rows';

interface MeetingRecord {
  id: string;
  body_id: string;
  status: Meeting['status'];
  revision: number;
  date: string;
  header: string;
  current_item_id: string | null;
  body_snapshot: string;
  version: number;
  updated_at: string;
}

export interface LoadedMeeting {
  meeting: Meeting;
  version: number;
  updatedAt: string;
}

/** Reads a meeting with one query per table. */
export function loadMeeting(db: Database.Database, meetingId: string): LoadedMeeting | null {
  const record = sql(db, 'SELECT * FROM meetings WHERE id = ?').get(meetingId) as MeetingRecord | undefined;
  if (!record) return null;
  const header = JSON.parse(record.header) as StoredHeader;
  const itemRecords = db
    .prepare('SELECT id, title, data FROM items WHERE meeting_id = ? ORDER BY position')
    .all(meetingId) as { id: string; title: string; data: string }[];
  const entryRecords = db
    .prepare('SELECT item_id, data FROM entries WHERE meeting_id = ? ORDER BY item_id, position')
    .all(meetingId) as { item_id: string; data: string }[];
  const entriesByItem = new Map<string, TimelineEntry[]>();
  for (const record of entryRecords) {
    let list = entriesByItem.get(record.item_id);
    if (!list) {
      list = [];
      entriesByItem.set(record.item_id, list);
    }
    list.push(parseJson<TimelineEntry>(record.data));
  }
  const items: AgendaItem[] = itemRecords.map((record) => {
    const data = JSON.parse(record.data) as Pick<AgendaItem, 'attachments' | 'linkedMeetingIds'>;
    return { id: record.id, title: record.title, attachments: data.attachments, linkedMeetingIds: data.linkedMeetingIds, entries: entriesByItem.get(record.id) ?? [] };
  });
  const { rollCall, participantAttendance, guests } = loadLists(db, meetingId);
  const meeting: Meeting = {
    id: record.id,
    revision: record.revision,
    status: record.status,
    body: readStoredBody(db, record.body_snapshot),
    date: record.date,
    startTime: header.startTime,
    endTime: header.endTime,
    modality: header.modality,
    place: header.place,
    convocation: header.convocation,
    president: header.president,
    minuteTaker: header.minuteTaker,
    ...(header.omissions ? { omissions: header.omissions } : {}),
    ...(header.tavoloSession ? { tavoloSession: header.tavoloSession } : {}),
    items,
    rollCall,
    participantAttendance,
    guests,
    currentItemId: record.current_item_id,
  };
  return { meeting, version: record.version, updatedAt: record.updated_at };
}

/** The meeting's roll call, participants' attendance and guests, one query each. */
function loadLists(db: Database.Database, meetingId: string): Pick<Meeting, 'rollCall' | 'participantAttendance' | 'guests'> {
  const rollCall: RollCallEntry[] = (
    sql(db, 'SELECT member_id, presence, representative FROM roll_call WHERE meeting_id = ? ORDER BY position').all(meetingId) as {
      member_id: string;
      presence: RollCallEntry['presence'];
      representative: string;
    }[]
  ).map((row) => ({ memberId: row.member_id, presence: row.presence, representative: parseJson(row.representative) }));
  const participantAttendance: ParticipantAttendance[] = (
    sql(db, 'SELECT participant_id, present FROM participant_attendance WHERE meeting_id = ? ORDER BY position').all(meetingId) as {
      participant_id: string;
      present: number;
    }[]
  ).map((row) => ({ participantId: row.participant_id, present: row.present === 1 }));
  const guests = (sql(db, 'SELECT data FROM guests WHERE meeting_id = ? ORDER BY position').all(meetingId) as { data: string }[]).map(
    (row) => parseJson<Participant>(row.data),
  );
  return { rollCall, participantAttendance, guests };
}

/**
 * Re-reads after row changes (undo) only what they touched: the meeting row, the item list, and the
 * entries of touched items; untouched items keep their objects. Null when a full load is needed.
 */
export function reloadTouched(db: Database.Database, previous: Meeting, changes: readonly Change[]): LoadedMeeting | null {
  const meetingTables = new Set(['meetings', 'items', 'entries', 'roll_call', 'participant_attendance', 'guests']);
  if (changes.some((change) => !meetingTables.has(change.table))) return null;
  const fresh = sql(db, 'SELECT * FROM meetings WHERE id = ?').get(previous.id) as MeetingRecord | undefined;
  if (!fresh) return null;
  const itemOfEntry = sql(db, 'SELECT item_id FROM entries WHERE meeting_id = ? AND id = ?').pluck();
  const touchedItems = new Set<string>();
  const touchedEntries = new Set<string>();
  const touchedTables = new Set(changes.map((change) => change.table));
  for (const change of changes) {
    if (change.table === 'items') touchedItems.add(String(change.key.id));
    if (change.table !== 'entries') continue;
    touchedEntries.add(String(change.key.id));
    // Where the entry is now (an update that did not move it names no item) and where it was or went.
    const now = itemOfEntry.get(previous.id, change.key.id) as string | undefined;
    if (now) touchedItems.add(now);
    for (const values of [change.before, change.after]) if (typeof values?.item_id === 'string') touchedItems.add(values.item_id);
  }
  const previousItems = new Map(previous.items.map((item) => [item.id, item]));
  const entryIdsOf = sql(db, 'SELECT id FROM entries WHERE meeting_id = ? AND item_id = ? ORDER BY position').pluck();
  const entryData = sql(db, 'SELECT data FROM entries WHERE meeting_id = ? AND id = ?').pluck();
  const itemRecords = sql(db, 'SELECT id, title, data FROM items WHERE meeting_id = ? ORDER BY position').all(previous.id) as {
    id: string;
    title: string;
    data: string;
  }[];
  const items = itemRecords.map((record): AgendaItem => {
    const kept = previousItems.get(record.id);
    if (kept && !touchedItems.has(record.id)) return kept;
    const data = JSON.parse(record.data) as Pick<AgendaItem, 'attachments' | 'linkedMeetingIds'>;
    // Entries whose rows the changes did not touch keep their objects, without reading them again; so do
    // touched ones whose stored text came back the same, so later checks see them as unchanged.
    const before = new Map((kept?.entries ?? []).map((entry) => [entry.id, entry]));
    const entries = (entryIdsOf.all(previous.id, record.id) as string[]).map((id) => {
      const same = before.get(id);
      if (same && !touchedEntries.has(id)) return same;
      const text = entryData.get(previous.id, id) as string;
      return same && jsonOf(same) === text ? same : parseJson<TimelineEntry>(text);
    });
    return { id: record.id, title: record.title, attachments: data.attachments, linkedMeetingIds: data.linkedMeetingIds, entries };
  });
  const lists = touchedTables.has('roll_call') || touchedTables.has('participant_attendance') || touchedTables.has('guests') ? loadLists(db, previous.id) : null;
  const header = fresh.header === JSON.stringify(headerOf(previous)) ? headerOf(previous) : (JSON.parse(fresh.header) as StoredHeader);
  const meeting: Meeting = {
    ...previous,
    revision: fresh.revision,
    status: fresh.status,
    body: fresh.body_snapshot === storedBodyJson(previous.body) ? previous.body : readStoredBody(db, fresh.body_snapshot),
    date: fresh.date,
    ...header,
    // An undo back to a header without omissions must not keep the previous ones.
    omissions: header.omissions,
    tavoloSession: header.tavoloSession,
    items,
    rollCall: lists?.rollCall ?? previous.rollCall,
    participantAttendance: lists?.participantAttendance ?? previous.participantAttendance,
    guests: lists?.guests ?? previous.guests,
    currentItemId: fresh.current_item_id,
  };
  return { meeting, version: fresh.version, updatedAt: fresh.updated_at };
}

import type { BlobRef, ItemChange, MeetingChange, MeetingFields } from '../../../shared/api/contract';
import type { AgendaItem, Body, Meeting } from '../../../shared/model';
import { fileSha256 } from '../db/body-blobs';
import type { Change } from '../db/rows';

/** The parts of a meeting a write answers with: what its row changes touched. */
export type ChangedParts = Pick<MeetingChange, 'items' | 'entries' | 'rollCall' | 'participantAttendance' | 'guests'>;

function itemChange({ entries, ...item }: AgendaItem): ItemChange {
  return { ...item, entryIds: entries.map((entry) => entry.id) };
}

/** The meeting's own fields (everything but the body and the lists). */
export function fieldsOf(meeting: Meeting): MeetingFields {
  const { body: _body, items: _items, rollCall: _rollCall, participantAttendance: _attendance, guests: _guests, ...fields } = meeting;
  return fields;
}

/**
 * The items and lists the row changes of a write touched, as they are after it: an item whose row or any of whose
 * entries' rows changed (where an entry was and where it is now), and each list with a changed row.
 */
export function changedParts(meeting: Meeting, changes: readonly Change[]): ChangedParts {
  const itemIds = new Set<string>();
  const entryIds = new Set<string>();
  const tables = new Set<string>();
  let itemOfEntry: Map<string, string> | null = null;
  for (const change of changes) {
    tables.add(change.table);
    if (change.table === 'items') itemIds.add(String(change.key.id));
    if (change.table !== 'entries') continue;
    if (change.after && 'data' in change.after) entryIds.add(String(change.key.id));
    let named = false;
    for (const values of [change.before, change.after]) {
      if (typeof values?.item_id === 'string') {
        itemIds.add(values.item_id);
        named = true;
      }
    }
    if (named) continue;
    // An entry edited or moved within its item names no item in its change: look it up where it is now (the index of
    // every entry is built only then, not for an added, deleted or moved entry, whose change names its items).
    itemOfEntry ??= new Map(meeting.items.flatMap((item) => item.entries.map((entry) => [entry.id, item.id] as const)));
    const now = itemOfEntry.get(String(change.key.id));
    if (now) itemIds.add(now);
  }
  return {
    items: meeting.items.filter((item) => itemIds.has(item.id)).map(itemChange),
    entries: meeting.items.flatMap((item) => (itemIds.has(item.id) ? item.entries.filter((entry) => entryIds.has(entry.id)) : [])),
    ...(tables.has('roll_call') && { rollCall: meeting.rollCall }),
    ...(tables.has('participant_attendance') && { participantAttendance: meeting.participantAttendance }),
    ...(tables.has('guests') && { guests: meeting.guests }),
  };
}

/** Every part of a meeting, for the write that created it. */
export function allParts(meeting: Meeting): ChangedParts {
  return {
    items: meeting.items.map(itemChange),
    entries: meeting.items.flatMap((item) => item.entries),
    rollCall: meeting.rollCall, participantAttendance: meeting.participantAttendance, guests: meeting.guests };
}

/** The body as views carry it: without the bytes of the logo and of the Word letterhead (only the export reads them). */
export function bodyWithoutBlobs(body: Body): Body {
  const { letterhead } = body;
  if (!body.logo && !letterhead?.word) return body;
  return { ...body, logo: null, ...(letterhead && { letterhead: { ...letterhead, word: null } }) };
}

/** The logo named by the SHA-256 of its bytes (known from the stored body; computed only for a body not yet stored). */
export function logoRef(body: Body): BlobRef | null {
  if (!body.logo) return null;
  return { sha256: fileSha256(body.logo), mimeType: body.logo.mimeType };
}

import type { Meeting } from '../../../shared/model';
import { attendanceRows, entryRow, guestRows, itemAndEntryRows, itemRow, meetingRow, meetingRows, rollCallRows } from './meeting-rows';
import { type Change, type Row, diffRows, rowId, toRowMap } from './rows';

/**
 * Row changes from one version of a meeting to the next. Items, entries and lists that are the same objects
 * at the same place are skipped without looking inside: an action costs what it touches.
 */
export function diffMeetings(before: Meeting | null, after: Meeting | null): Change[] {
  if (!before || !after) {
    return diffRows(toRowMap(before ? meetingRows(before) : []), toRowMap(after ? meetingRows(after) : []));
  }
  const oldRows: Row[] = [meetingRow(before)];
  const newRows: Row[] = [meetingRow(after)];
  const oldItems = new Map(before.items.map((item, index) => [item.id, { item, index }]));
  const newItemIds = new Set<string>();
  after.items.forEach((item, index) => {
    newItemIds.add(item.id);
    const old = oldItems.get(item.id);
    if (old && old.item === item && old.index === index) return;
    if (!old) {
      newRows.push(...itemAndEntryRows(after.id, item, index));
      return;
    }
    oldRows.push(itemRow(before.id, old.item, old.index));
    newRows.push(itemRow(after.id, item, index));
    // Within a changed item, entries that are the same objects at the same place are skipped too.
    const count = Math.max(old.item.entries.length, item.entries.length);
    for (let entryIndex = 0; entryIndex < count; entryIndex += 1) {
      const was = old.item.entries[entryIndex];
      const now = item.entries[entryIndex];
      if (was === now) continue;
      if (was) oldRows.push(entryRow(before.id, old.item.id, was, entryIndex));
      if (now) newRows.push(entryRow(after.id, item.id, now, entryIndex));
    }
  });
  for (const [id, old] of oldItems) {
    if (!newItemIds.has(id)) oldRows.push(...itemAndEntryRows(before.id, old.item, old.index));
  }
  const oldMap = toRowMap(oldRows);
  const newMap = toRowMap(newRows);
  // An entry cannot move between items without both items changing, so entries seen on one side only are real inserts or deletes.
  if (before.rollCall !== after.rollCall) {
    for (const row of rollCallRows(before)) oldMap.set(rowId(row), row);
    for (const row of rollCallRows(after)) newMap.set(rowId(row), row);
  }
  if (before.participantAttendance !== after.participantAttendance) {
    for (const row of attendanceRows(before)) oldMap.set(rowId(row), row);
    for (const row of attendanceRows(after)) newMap.set(rowId(row), row);
  }
  if (before.guests !== after.guests) {
    for (const row of guestRows(before)) oldMap.set(rowId(row), row);
    for (const row of guestRows(after)) newMap.set(rowId(row), row);
  }
  return diffRows(oldMap, newMap);
}

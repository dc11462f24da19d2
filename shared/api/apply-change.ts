import type { AgendaItem, TimelineEntry } from '../model';
import type { MeetingChange, MeetingView } from './contract';

/**
 * The view after a write: its fields, the changed items and lists replaced, the agenda in the new order, and what is
 * derived now. Null when the change does not follow the view (another meeting, or a version missed).
 */
export function applyChange(view: MeetingView, change: MeetingChange): MeetingView | null {
  if (change.meetingId !== view.meeting.id || change.version !== view.version + 1) return null;
  const held = new Map(view.meeting.items.map((item) => [item.id, item]));
  // Entries by id: the ones the change carries, then the ones held (an entry may have moved from another item).
  const entries = new Map<string, TimelineEntry>();
  if (change.items.length > 0) for (const item of view.meeting.items) for (const entry of item.entries) entries.set(entry.id, entry);
  for (const entry of change.entries) entries.set(entry.id, entry);
  const changed = new Map<string, AgendaItem>();
  for (const { entryIds, ...fields } of change.items) {
    const list: TimelineEntry[] = [];
    for (const id of entryIds) {
      const entry = entries.get(id);
      if (!entry) return null;
      list.push(entry);
    }
    changed.set(fields.id, { ...fields, entries: list });
  }
  const items: AgendaItem[] = [];
  for (const id of change.itemIds) {
    const item = changed.get(id) ?? held.get(id);
    if (!item) return null;
    items.push(item);
  }
  const { meeting } = view;
  return {
    meeting: {
      ...meeting,
      ...change.fields,
      items,
      rollCall: change.rollCall ?? meeting.rollCall,
      participantAttendance: change.participantAttendance ?? meeting.participantAttendance,
      guests: change.guests ?? meeting.guests,
    },
    logo: view.logo,
    version: change.version,
    updatedAt: change.updatedAt,
    check: change.check,
    presenceNow: change.presenceNow,
    quorumNow: change.quorumNow,
    undoLabel: change.undoLabel,
    redoLabel: change.redoLabel,
  };
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffMeetings } from '../../../electron/backend/db/meeting-diff';
import { meetingRows } from '../../../electron/backend/db/meeting-rows';
import { type Change, type Row, rowId, toRowMap } from '../../../electron/backend/db/rows';
import * as mutate from '../../../electron/backend/services/meeting-mutations';
import type { Meeting } from '../../../shared/model';
import { exampleMeetingFile } from './helpers';

/** Random structural edits: entries added, moved within and between items, deleted, rewritten; items added, moved, removed. */
function step(meeting: Meeting, choice: number, pick: number): Meeting {
  const items = meeting.items;
  const item = items[pick % items.length]!;
  const other = items[(pick + 1 + Math.floor(pick / 5)) % items.length]!;
  const entries = items.flatMap((i) => i.entries);
  const entry = entries[pick % entries.length];
  const member = meeting.body.members[pick % meeting.body.members.length]!;
  const before = item.entries[pick % (item.entries.length || 1)]?.id;
  switch (choice) {
    case 0:
      return mutate.addEntry(meeting, item.id, { type: 'statement', speaker: { kind: 'member', memberId: member.id }, text: `testo ${pick}` }, pick % 2 ? before : undefined).meeting;
    case 1:
      return entry ? mutate.deleteEntry(meeting, entry.id) : meeting;
    case 2:
      return entry ? mutate.moveEntry(meeting, entry.id, item.id, Math.floor(pick / 3) % (item.entries.length + 1)) : meeting;
    case 3:
      return entry ? mutate.moveEntry(meeting, entry.id, other.id, Math.floor(pick / 3) % (other.entries.length + 1)) : meeting;
    case 4:
      return entry ? mutate.updateEntry(meeting, entry.id, { type: 'note', text: `nota ${pick}` }) : meeting;
    case 5:
      return mutate.moveItem(meeting, item.id, (pick + 1 + Math.floor(pick / 7)) % items.length);
    case 6:
      return items.length > 1 ? mutate.removeItem(meeting, item.id) : meeting;
    default:
      return mutate.addItem(meeting, { title: `Punto ${pick}`, attachments: [], linkedMeetingIds: [] }).meeting;
  }
}

/** Applies row changes to an in-memory copy of the rows, checking each change starts from what is there. */
function applyChanges(rows: Map<string, Row>, changes: Change[]): void {
  for (const change of changes) {
    const id = rowId(change);
    const row = rows.get(id);
    if (change.before === null) {
      expect(row, `inserito due volte: ${id}`).toBeUndefined();
      rows.set(id, { table: change.table, key: change.key, values: change.after ?? {} });
    } else if (change.after === null) {
      expect(row?.values).toEqual(change.before);
      rows.delete(id);
    } else {
      expect(row).toBeDefined();
      for (const [column, value] of Object.entries(change.before)) expect(row!.values[column]).toEqual(value);
      rows.set(id, { ...row!, values: { ...row!.values, ...change.after } });
    }
  }
}

describe('diffMeetings', () => {
  it('turns the rows of one version into the rows of the next, after any structural edit', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(7), fc.nat(1000)), { minLength: 1, maxLength: 10 }), (steps) => {
        let meeting = exampleMeetingFile().meeting;
        const rows = toRowMap(meetingRows(meeting));
        for (const [choice, pick] of steps) {
          const next = step(meeting, choice, pick);
          applyChanges(rows, diffMeetings(meeting, next));
          expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(toRowMap(meetingRows(next))));
          meeting = next;
        }
      }),
      { numRuns: 150, seed: 11 },
    );
  });
});

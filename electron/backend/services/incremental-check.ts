import type { AgendaItem, Meeting } from '../../../shared/model';
import {
  PresenceMemo,
  assembleCheck,
  decisionChecks,
  itemCheckContext,
  itemProblems,
  type ItemCheckContext,
  type ItemProblems,
  type MeetingCheck,
  type MeetingCheckProblem,
  type PresenceTimeline,
} from '../../../shared/rules';

/**
 * checkMeeting after an action, without redoing what the action cannot have changed. The storage never changes a
 * meeting in place (a new object for whatever an action changes), so what was found in an item that is the same
 * object as before still holds, and a decision's check, which depends only on the roll call, the body and the
 * timeline before it, holds for every decision before the first changed entry.
 * tests/unit/storage/incremental-check.test.ts proves the result equals checkMeeting.
 */

/** Top-level fields that no check reads; any other change means a full check. */
const IGNORED_FIELDS = new Set<keyof Meeting>(['items', 'currentItemId', 'status', 'revision', 'endTime']);

/** What the check of one version of a meeting leaves for the next: presence replays and each item's problems. */
export class CheckMemo {
  private readonly presence = new PresenceMemo();
  private readonly items = new WeakMap<AgendaItem, ItemCheck>();
  /** What the last check found item by item, by item id: earlier versions of the items of the next check. */
  private lastItemsById = new Map<string, ItemCheck>();
  private context: { body: Meeting['body']; guests: Meeting['guests']; context: ItemCheckContext } | null = null;
  private last: { meeting: Meeting; timeline: PresenceTimeline } | null = null;

  timeline(meeting: Meeting): PresenceTimeline {
    if (this.last?.meeting !== meeting) this.last = { meeting, timeline: this.presence.timeline(meeting) };
    return this.last.timeline;
  }

  problemsOf(meeting: Meeting): (item: AgendaItem, itemIndex: number) => ItemProblems {
    if (this.context?.body !== meeting.body || this.context.guests !== meeting.guests) {
      this.context = { body: meeting.body, guests: meeting.guests, context: itemCheckContext(meeting) };
    }
    const { context } = this.context;
    const previousById = this.lastItemsById;
    const byId = new Map<string, ItemCheck>();
    this.lastItemsById = byId;
    return (item, itemIndex) => {
      let known = this.items.get(item);
      if (known?.itemIndex !== itemIndex || known.context !== context) {
        const previous = previousById.get(item.id) ?? null;
        const reusable = previous?.itemIndex === itemIndex && previous.context === context ? previous : null;
        known = { item, itemIndex, context, problems: itemProblemsAfterEdit(context, item, itemIndex, reusable) };
        this.items.set(item, known);
      }
      byId.set(item.id, known);
      return known.problems;
    };
  }

  /** checkMeeting(meeting), reusing what this memo keeps. */
  check(meeting: Meeting): MeetingCheck {
    const timeline = this.timeline(meeting);
    return assembleCheck(meeting, timeline, decisionChecks(meeting, timeline), this.problemsOf(meeting));
  }
}

interface ItemCheck {
  item: AgendaItem;
  itemIndex: number;
  context: ItemCheckContext;
  problems: ItemProblems;
}

/**
 * An item's problems, keeping what an earlier version of it (same place, same context) found in the entries
 * before the first one that changed: adding an entry at the end checks that entry only.
 */
function itemProblemsAfterEdit(context: ItemCheckContext, item: AgendaItem, itemIndex: number, previous: ItemCheck | null): ItemProblems {
  if (!previous) return itemProblems(context, item, itemIndex);
  const old = previous.item.entries;
  let from = 0;
  while (from < old.length && from < item.entries.length && old[from] === item.entries[from]) from += 1;
  const tail = itemProblems(context, item, itemIndex, from);
  const kept = (problems: MeetingCheckProblem[]) => {
    if (problems.length === 0) return problems;
    const unchanged = new Set(old.slice(0, from).map((entry) => entry.id));
    return problems.filter((problem) => problem.entryId !== undefined && unchanged.has(problem.entryId));
  };
  return { remote: [...kept(previous.problems.remote), ...tail.remote], speakers: [...kept(previous.problems.speakers), ...tail.speakers] };
}

function isText(type: string): boolean {
  return type === 'statement' || type === 'note';
}

function firstChange(before: Meeting, after: Meeting): { itemIndex: number; entryIndex: number } | null {
  const count = Math.max(before.items.length, after.items.length);
  for (let itemIndex = 0; itemIndex < count; itemIndex += 1) {
    const old = before.items[itemIndex];
    const now = after.items[itemIndex];
    if (old === now) continue;
    if (!old || !now || old.id !== now.id) return { itemIndex, entryIndex: 0 };
    const entries = Math.max(old.entries.length, now.entries.length);
    for (let entryIndex = 0; entryIndex < entries; entryIndex += 1) {
      const a = old.entries[entryIndex];
      const b = now.entries[entryIndex];
      if (a === b) continue;
      // A statement or note rewritten in place moves nothing and counts no vote.
      if (a && b && a.id === b.id && isText(a.type) && isText(b.type)) continue;
      return { itemIndex, entryIndex };
    }
    // Same entries, other item fields changed (title, attachments): no decision is affected.
  }
  return null;
}

export function checkAfterChange(before: { meeting: Meeting; check: MeetingCheck } | null, after: Meeting, memo: CheckMemo = new CheckMemo()): MeetingCheck {
  if (!before) return memo.check(after);
  for (const key of Object.keys(after) as (keyof Meeting)[]) {
    if (!IGNORED_FIELDS.has(key) && before.meeting[key] !== after[key]) return memo.check(after);
  }
  const change = firstChange(before.meeting, after);
  const timeline = memo.timeline(after);
  const kept = change
    ? before.check.decisions.filter((d) => d.itemIndex < change.itemIndex || (d.itemIndex === change.itemIndex && d.entryIndex < change.entryIndex))
    : before.check.decisions;
  const decisions = change ? [...kept, ...decisionChecks(after, timeline, change)] : [...kept];
  return assembleCheck(after, timeline, decisions, memo.problemsOf(after));
}

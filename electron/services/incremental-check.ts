import type { AgendaItem, Meeting } from '../../shared/model';
import {
  PresenceMemo,
  assembleCheck,
  decisionChecks,
  itemCheckContext,
  itemProblems,
  type ItemCheckContext,
  type ItemProblems,
  type MeetingCheck,
  type PresenceTimeline,
} from '../../shared/rules';

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
  private readonly items = new WeakMap<AgendaItem, { itemIndex: number; context: ItemCheckContext; problems: ItemProblems }>();
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
    return (item, itemIndex) => {
      const known = this.items.get(item);
      if (known?.itemIndex === itemIndex && known.context === context) return known.problems;
      const problems = itemProblems(context, item, itemIndex);
      this.items.set(item, { itemIndex, context, problems });
      return problems;
    };
  }

  /** checkMeeting(meeting), reusing what this memo keeps. */
  check(meeting: Meeting): MeetingCheck {
    const timeline = this.timeline(meeting);
    return assembleCheck(meeting, timeline, decisionChecks(meeting, timeline), this.problemsOf(meeting));
  }
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

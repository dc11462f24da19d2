import type { Meeting } from '../../shared/model';
import {
  checkMeeting,
  decisionChecks,
  decisionProblems,
  meetingProblemsWithoutDecisions,
  presenceTimeline,
  type MeetingCheck,
} from '../../shared/rules';

/**
 * checkMeeting after an action, without redoing what the action cannot have changed. A decision's check
 * depends only on the roll call, the body and the timeline before it, so decisions before the first changed
 * entry keep their previous check; the rest is checkMeeting's own parts over one replay of the presence.
 * tests/unit/storage/incremental-check.test.ts proves the result equals checkMeeting.
 */

/** Top-level fields that no check reads; any other change means a full check. */
const IGNORED_FIELDS = new Set<keyof Meeting>(['items', 'currentItemId', 'status', 'revision', 'endTime']);

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

export function checkAfterChange(before: { meeting: Meeting; check: MeetingCheck } | null, after: Meeting): MeetingCheck {
  if (!before) return checkMeeting(after);
  for (const key of Object.keys(after) as (keyof Meeting)[]) {
    if (!IGNORED_FIELDS.has(key) && before.meeting[key] !== after[key]) return checkMeeting(after);
  }
  const change = firstChange(before.meeting, after);
  const timeline = presenceTimeline(after);
  const kept = change
    ? before.check.decisions.filter((d) => d.itemIndex < change.itemIndex || (d.itemIndex === change.itemIndex && d.entryIndex < change.entryIndex))
    : before.check.decisions;
  const decisions = change ? [...kept, ...decisionChecks(after, timeline, change)] : [...kept];
  const problems = [...meetingProblemsWithoutDecisions(after, timeline), ...decisionProblems(decisions)];
  return { ok: problems.length === 0, decisions, problems };
}

import type { AgendaItem, Meeting } from '../../shared/model';
import {
  checkMeeting,
  decisionOutcome,
  evaluateQuorum,
  isVotedKind,
  presenceAt,
  validateDecision,
  type DecisionCheck,
  type MeetingCheck,
} from '../../shared/rules';

/**
 * checkMeeting after an action, without redoing what the action cannot have changed. A decision's check
 * depends only on the roll call, the body and the timeline before it, so decisions before the first changed
 * entry keep their previous check. Everything else comes from checkMeeting itself (on the meeting without its
 * decisions, which is linear). tests/unit/storage/incremental-check.test.ts proves the result equals checkMeeting.
 */

/** Top-level fields that no check reads; any other change means a full check. */
const IGNORED_FIELDS = new Set<keyof Meeting>(['items', 'currentItemId', 'status', 'revision', 'endTime']);

const withoutDecisionsCache = new WeakMap<AgendaItem, AgendaItem>();

function withoutDecisions(item: AgendaItem): AgendaItem {
  let stripped = withoutDecisionsCache.get(item);
  if (!stripped) {
    stripped = { ...item, entries: item.entries.filter((entry) => entry.type !== 'decision') };
    withoutDecisionsCache.set(item, stripped);
  }
  return stripped;
}

/** The same per-decision check as checkMeeting's. */
function decisionCheckAt(meeting: Meeting, itemIndex: number, entryIndex: number): DecisionCheck | null {
  const entry = meeting.items[itemIndex]?.entries[entryIndex];
  if (!entry || entry.type !== 'decision') return null;
  const presence = presenceAt(meeting, { itemIndex, entryIndex });
  const quorum = evaluateQuorum(meeting, presence);
  const problems = validateDecision(meeting, entry, presence);
  if (isVotedKind(entry.kind) && !quorum.holds) {
    problems.push({ code: 'QUORUM_NOT_MET', message: `Votazione senza numero legale (${quorum.ruleText}; ${quorum.missing.join(', ')}).` });
  }
  return { itemIndex, entryIndex, decisionId: entry.id, presence, quorum, problems, outcome: decisionOutcome(meeting, entry, presence) };
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

export function checkAfterChange(before: { meeting: Meeting; check: MeetingCheck } | null, after: Meeting): MeetingCheck {
  if (!before) return checkMeeting(after);
  for (const key of Object.keys(after) as (keyof Meeting)[]) {
    if (!IGNORED_FIELDS.has(key) && before.meeting[key] !== after[key]) return checkMeeting(after);
  }
  const change = firstChange(before.meeting, after);
  const base = checkMeeting({ ...after, items: after.items.map(withoutDecisions) });
  const kept = change
    ? before.check.decisions.filter((d) => d.itemIndex < change.itemIndex || (d.itemIndex === change.itemIndex && d.entryIndex < change.entryIndex))
    : before.check.decisions;
  const decisions = [...kept];
  if (change) {
    after.items.forEach((item, itemIndex) => {
      if (itemIndex < change.itemIndex) return;
      const from = itemIndex === change.itemIndex ? change.entryIndex : 0;
      for (let entryIndex = from; entryIndex < item.entries.length; entryIndex += 1) {
        const check = decisionCheckAt(after, itemIndex, entryIndex);
        if (check) decisions.push(check);
      }
    });
  }
  const problems = [...base.problems];
  for (const check of decisions) {
    for (const problem of check.problems) {
      problems.push({ code: problem.code, message: `Punto ${check.itemIndex + 1}: ${problem.message}`, itemIndex: check.itemIndex, entryId: check.decisionId });
    }
  }
  return { ok: problems.length === 0, decisions, problems };
}

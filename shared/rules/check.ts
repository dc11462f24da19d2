import type { AgendaItem, Decision, Meeting, TimelineEntry, TimelinePosition } from '../model';
import { decisionOutcome } from './outcome';
import { presenceTimeline, type PresenceTimeline } from './presence';
import { evaluateQuorum } from './quorum';
import { isVotedKind, validateDecision } from './tally';
import { timeOrderProblems } from './time-order';
import type { DecisionCheck, MeetingCheck, MeetingCheckProblem, MeetingCheckSummary, PresenceSnapshot } from './types';

function rollCallProblems(meeting: Meeting): MeetingCheckProblem[] {
  const problems: MeetingCheckProblem[] = [];
  const memberIds = new Set(meeting.body.members.map((member) => member.id));
  const seen = new Set<string>();
  for (const entry of meeting.rollCall) {
    if (!memberIds.has(entry.memberId)) {
      problems.push({
        code: 'ROLL_CALL_UNKNOWN_MEMBER',
        message: `L'appello comprende un componente che non appartiene all'organo («${entry.memberId}»).`,
      });
    } else if (seen.has(entry.memberId)) {
      const entity = meeting.body.members.find((member) => member.id === entry.memberId)?.entity ?? entry.memberId;
      problems.push({ code: 'ROLL_CALL_DUPLICATE', message: `${entity} compare più volte nell'appello.` });
    }
    seen.add(entry.memberId);
  }
  const participantIds = new Set([...meeting.body.participants, ...meeting.guests].map((participant) => participant.id));
  for (const attendance of meeting.participantAttendance) {
    if (!participantIds.has(attendance.participantId)) {
      problems.push({
        code: 'UNKNOWN_PARTICIPANT',
        message: `Le presenze comprendono un partecipante sconosciuto («${attendance.participantId}»).`,
      });
    }
  }
  return problems;
}

/** What the per-item checks look up: built once per meeting (or per body and guests). */
export interface ItemCheckContext {
  entityOf: Map<string, string>;
  participantIds: Set<string>;
  remoteAllowed: boolean;
}

export function itemCheckContext(meeting: Meeting): ItemCheckContext {
  return {
    entityOf: new Map(meeting.body.members.map((member) => [member.id, member.entity])),
    participantIds: new Set([...meeting.body.participants, ...meeting.guests].map((participant) => participant.id)),
    remoteAllowed: meeting.body.rules.remoteAllowed,
  };
}

/** The problems found inside one item: remote arrivals and returns the rules do not allow, and unknown speakers. */
export interface ItemProblems {
  remote: MeetingCheckProblem[];
  speakers: MeetingCheckProblem[];
}

/** The problems of the entries of one item, from entry `from` on (all by default). */
export function itemProblems(context: ItemCheckContext, item: AgendaItem, itemIndex: number, from = 0): ItemProblems {
  const remote: MeetingCheckProblem[] = [];
  const speakers: MeetingCheckProblem[] = [];
  for (let entryIndex = Math.max(0, from); entryIndex < item.entries.length; entryIndex += 1) {
    const entry = item.entries[entryIndex] as TimelineEntry;
    if (entry.type === 'movement') {
      if (context.remoteAllowed || entry.mode !== 'remote' || !context.entityOf.has(entry.memberId)) continue;
      if (entry.movement !== 'arrival' && entry.movement !== 'return') continue;
      remote.push({
        code: 'REMOTE_NOT_ALLOWED',
        message: `Punto ${itemIndex + 1}: ${context.entityOf.get(entry.memberId)} si collega da remoto alle ore ${entry.time}, ma il regolamento non prevede la partecipazione da remoto.`,
        itemIndex,
        entryId: entry.id,
      });
    }
    if (entry.type !== 'statement') continue;
    const { speaker } = entry;
    if (speaker.kind === 'member' && !context.entityOf.has(speaker.memberId)) {
      speakers.push({
        code: 'UNKNOWN_SPEAKER',
        message: `Punto ${itemIndex + 1}: intervento di un componente che non appartiene all'organo («${speaker.memberId}»).`,
        itemIndex,
        entryId: entry.id,
      });
    }
    if (speaker.kind === 'participant' && !context.participantIds.has(speaker.participantId)) {
      speakers.push({
        code: 'UNKNOWN_SPEAKER',
        message: `Punto ${itemIndex + 1}: intervento di un partecipante sconosciuto («${speaker.participantId}»).`,
        itemIndex,
        entryId: entry.id,
      });
    }
  }
  return { remote, speakers };
}

/** Remote presence at the roll call when the body's rules do not allow it. */
function remoteRollCallProblems(meeting: Meeting): MeetingCheckProblem[] {
  if (meeting.body.rules.remoteAllowed) return [];
  const context = itemCheckContext(meeting);
  const problems: MeetingCheckProblem[] = [];
  for (const entry of meeting.rollCall) {
    if (entry.presence === 'remote' && context.entityOf.has(entry.memberId)) {
      problems.push({
        code: 'REMOTE_NOT_ALLOWED',
        message: `${context.entityOf.get(entry.memberId)} risulta presente da remoto all'appello, ma il regolamento non prevede la partecipazione da remoto.`,
      });
    }
  }
  return problems;
}

/** One decision checked against the presence just before it: tally, quorum (for votes) and outcome. */
export function checkDecision(meeting: Meeting, decision: Decision, position: TimelinePosition, presence: PresenceSnapshot): DecisionCheck {
  const quorum = evaluateQuorum(meeting, presence);
  const problems = validateDecision(meeting, decision, presence);
  if (isVotedKind(decision.kind) && !quorum.holds) {
    problems.push({
      code: 'QUORUM_NOT_MET',
      message: `Votazione senza numero legale (${quorum.ruleText}; ${quorum.missing.join(', ')}).`,
    });
  }
  return {
    itemIndex: position.itemIndex,
    entryIndex: position.entryIndex,
    decisionId: decision.id,
    presence,
    quorum,
    problems,
    outcome: decisionOutcome(meeting, decision, presence),
  };
}

/** Checks of the decisions from `from` on (all by default), in timeline order. */
export function decisionChecks(meeting: Meeting, timeline: PresenceTimeline, from: TimelinePosition = { itemIndex: 0, entryIndex: 0 }): DecisionCheck[] {
  const checks: DecisionCheck[] = [];
  for (let itemIndex = Math.max(0, from.itemIndex); itemIndex < meeting.items.length; itemIndex += 1) {
    const entries = (meeting.items[itemIndex] as AgendaItem).entries;
    for (let entryIndex = itemIndex === from.itemIndex ? Math.max(0, from.entryIndex) : 0; entryIndex < entries.length; entryIndex += 1) {
      const entry = entries[entryIndex] as TimelineEntry;
      if (entry.type !== 'decision') continue;
      const position = { itemIndex, entryIndex };
      checks.push(checkDecision(meeting, entry, position, timeline.at(position)));
    }
  }
  return checks;
}

/** Problems of the decisions' checks, worded for the meeting's problem list. */
export function decisionProblems(decisions: DecisionCheck[]): MeetingCheckProblem[] {
  const problems: MeetingCheckProblem[] = [];
  for (const check of decisions) {
    for (const problem of check.problems) {
      problems.push({ code: problem.code, message: `Punto ${check.itemIndex + 1}: ${problem.message}`, itemIndex: check.itemIndex, entryId: check.decisionId });
    }
  }
  return problems;
}

/**
 * A vote of immediata eseguibilità on a deliberation that was not approved (shared/model/integrity.ts already makes
 * sure it follows a vote of its item; whether that vote passed depends on presence and majority).
 */
export function immediateEffectProblems(meeting: Meeting, decisions: DecisionCheck[]): MeetingCheckProblem[] {
  const problems: MeetingCheckProblem[] = [];
  decisions.forEach((check, index) => {
    const decision = meeting.items[check.itemIndex]?.entries[check.entryIndex];
    const voted = decisions[index - 1];
    if (decision?.type !== 'decision' || !decision.immediateEffect || voted?.itemIndex !== check.itemIndex) return;
    if (voted.outcome.outcome === 'approved') return;
    const subject = (meeting.items[voted.itemIndex]?.entries[voted.entryIndex] as Decision).subject;
    problems.push({
      code: 'IMMEDIATE_EFFECT_WITHOUT_APPROVAL',
      message: `Punto ${check.itemIndex + 1}: l'immediata eseguibilità è votata su una deliberazione non approvata («${subject}»).`,
      itemIndex: check.itemIndex,
      entryId: check.decisionId,
    });
  });
  return problems;
}

/**
 * Every problem of a meeting that is not about a decision: roll call, contradicting movements, remote presence the
 * rules do not allow, speakers not in the meeting, movements out of time order. `problemsOf` gives each item's own problems (callers that
 * keep them between versions of a meeting pass their own).
 */
export function meetingProblemsWithoutDecisions(
  meeting: Meeting,
  timeline: PresenceTimeline,
  problemsOf: (item: AgendaItem, itemIndex: number) => ItemProblems = itemProblemsOf(itemCheckContext(meeting)),
): MeetingCheckProblem[] {
  const problems: MeetingCheckProblem[] = [...rollCallProblems(meeting)];
  meeting.items.forEach((_item, itemIndex) => {
    for (const problem of timeline.problemsOfItem(itemIndex)) {
      problems.push({ code: problem.code, message: problem.message, entryId: problem.entryId, itemIndex });
    }
  });
  const byItem = meeting.items.map(problemsOf);
  problems.push(...remoteRollCallProblems(meeting));
  for (const found of byItem) problems.push(...found.remote);
  for (const found of byItem) problems.push(...found.speakers);
  problems.push(...timeOrderProblems(meeting));
  return problems;
}

function itemProblemsOf(context: ItemCheckContext): (item: AgendaItem, itemIndex: number) => ItemProblems {
  return (item, itemIndex) => itemProblems(context, item, itemIndex);
}

/**
 * Everything wrong with a meeting: contradicting movements, movements out of time order, roll call and speakers not in
 * the body, remote presence the rules do not allow, immediata eseguibilità of a deliberation not approved, and every
 * decision's tally and quorum problems (also listed in `decisions[].problems`). `ok` is false when anything is wrong.
 */
export function checkMeeting(meeting: Meeting): MeetingCheck {
  const timeline = presenceTimeline(meeting);
  return assembleCheck(meeting, timeline, decisionChecks(meeting, timeline));
}

/** A meeting's check from its decisions' checks (in timeline order) and the rest found now. */
export function assembleCheck(
  meeting: Meeting,
  timeline: PresenceTimeline,
  decisions: DecisionCheck[],
  problemsOf?: (item: AgendaItem, itemIndex: number) => ItemProblems,
): MeetingCheck {
  const problems = [...meetingProblemsWithoutDecisions(meeting, timeline, problemsOf), ...decisionProblems(decisions), ...immediateEffectProblems(meeting, decisions)];
  return { ok: problems.length === 0, decisions, problems };
}

/** The check as the meeting view carries it: the problems and each decision's outcome. */
export function checkSummary(check: MeetingCheck): MeetingCheckSummary {
  const outcomes: MeetingCheckSummary['outcomes'] = {};
  for (const decision of check.decisions) outcomes[decision.decisionId] = decision.outcome.outcome;
  return { ok: check.ok, problems: check.problems, outcomes };
}

import type { Meeting } from '../model';
import { decisionOutcome } from './outcome';
import { presenceAt, presenceProblems } from './presence';
import { evaluateQuorum } from './quorum';
import { isVotedKind, validateDecision } from './tally';
import type { DecisionCheck, MeetingCheck, MeetingCheckProblem } from './types';

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

function speakerProblems(meeting: Meeting): MeetingCheckProblem[] {
  const memberIds = new Set(meeting.body.members.map((member) => member.id));
  const participantIds = new Set([...meeting.body.participants, ...meeting.guests].map((participant) => participant.id));
  const problems: MeetingCheckProblem[] = [];
  meeting.items.forEach((item, itemIndex) => {
    for (const entry of item.entries) {
      if (entry.type !== 'statement') continue;
      const { speaker } = entry;
      if (speaker.kind === 'member' && !memberIds.has(speaker.memberId)) {
        problems.push({
          code: 'UNKNOWN_SPEAKER',
          message: `Punto ${itemIndex + 1}: intervento di un componente che non appartiene all'organo («${speaker.memberId}»).`,
          itemIndex,
          entryId: entry.id,
        });
      }
      if (speaker.kind === 'participant' && !participantIds.has(speaker.participantId)) {
        problems.push({
          code: 'UNKNOWN_SPEAKER',
          message: `Punto ${itemIndex + 1}: intervento di un partecipante sconosciuto («${speaker.participantId}»).`,
          itemIndex,
          entryId: entry.id,
        });
      }
    }
  });
  return problems;
}

/** Remote presence (roll call, arrivals, returns) when the body's rules do not allow it. */
function remoteProblems(meeting: Meeting): MeetingCheckProblem[] {
  if (meeting.body.rules.remoteAllowed) return [];
  const entityOf = new Map(meeting.body.members.map((member) => [member.id, member.entity]));
  const problems: MeetingCheckProblem[] = [];
  for (const entry of meeting.rollCall) {
    if (entry.presence === 'remote' && entityOf.has(entry.memberId)) {
      problems.push({
        code: 'REMOTE_NOT_ALLOWED',
        message: `${entityOf.get(entry.memberId)} risulta presente da remoto all'appello, ma il regolamento non prevede la partecipazione da remoto.`,
      });
    }
  }
  meeting.items.forEach((item, itemIndex) => {
    for (const entry of item.entries) {
      if (entry.type !== 'movement' || entry.mode !== 'remote' || !entityOf.has(entry.memberId)) continue;
      if (entry.movement !== 'arrival' && entry.movement !== 'return') continue;
      problems.push({
        code: 'REMOTE_NOT_ALLOWED',
        message: `Punto ${itemIndex + 1}: ${entityOf.get(entry.memberId)} si collega da remoto alle ore ${entry.time}, ma il regolamento non prevede la partecipazione da remoto.`,
        itemIndex,
        entryId: entry.id,
      });
    }
  });
  return problems;
}

function decisionChecks(meeting: Meeting): DecisionCheck[] {
  const checks: DecisionCheck[] = [];
  meeting.items.forEach((item, itemIndex) => {
    item.entries.forEach((entry, entryIndex) => {
      if (entry.type !== 'decision') return;
      const presence = presenceAt(meeting, { itemIndex, entryIndex });
      const quorum = evaluateQuorum(meeting, presence);
      const problems = validateDecision(meeting, entry, presence);
      if (isVotedKind(entry.kind) && !quorum.holds) {
        problems.push({
          code: 'QUORUM_NOT_MET',
          message: `Votazione senza numero legale (${quorum.ruleText}; ${quorum.missing.join(', ')}).`,
        });
      }
      checks.push({
        itemIndex,
        entryIndex,
        decisionId: entry.id,
        presence,
        quorum,
        problems,
        outcome: decisionOutcome(meeting, entry, presence),
      });
    });
  });
  return checks;
}

/**
 * Everything wrong with a meeting: contradicting movements, roll call and speakers not in the body, remote presence the
 * rules do not allow, and every decision's
 * tally and quorum problems (also listed in `decisions[].problems`). `ok` is false when anything is wrong.
 */
export function checkMeeting(meeting: Meeting): MeetingCheck {
  const itemIndexOfEntry = new Map<string, number>();
  meeting.items.forEach((item, itemIndex) => item.entries.forEach((entry) => itemIndexOfEntry.set(entry.id, itemIndex)));

  const problems: MeetingCheckProblem[] = [...rollCallProblems(meeting)];
  for (const problem of presenceProblems(meeting)) {
    const itemIndex = itemIndexOfEntry.get(problem.entryId);
    problems.push({ code: problem.code, message: problem.message, entryId: problem.entryId, ...(itemIndex === undefined ? {} : { itemIndex }) });
  }
  problems.push(...remoteProblems(meeting), ...speakerProblems(meeting));

  const decisions = decisionChecks(meeting);
  for (const check of decisions) {
    for (const problem of check.problems) {
      problems.push({
        code: problem.code,
        message: `Punto ${check.itemIndex + 1}: ${problem.message}`,
        itemIndex: check.itemIndex,
        entryId: check.decisionId,
      });
    }
  }
  return { ok: problems.length === 0, decisions, problems };
}

import { DomainError } from '../../../shared/api/errors';
import type { MeetingCheck, MeetingCheckProblem } from '../../../shared/rules';

const PRESENCE_CODES = new Set(['ARRIVAL_OF_PRESENT', 'DEPARTURE_OF_ABSENT', 'RETURN_WITHOUT_EXIT', 'UNKNOWN_MEMBER']);
/** Times typed wrong during the meeting: shown at once and blocking closing, but not refused (shared/rules/time-order.ts). */
const SHOWN_NOT_REFUSED = new Set(['MOVEMENT_BEFORE_START', 'MOVEMENT_AFTER_END', 'MOVEMENT_OUT_OF_ORDER']);

function problemKey(problem: MeetingCheckProblem): string {
  return problem.entryId ? `${problem.code}|${problem.entryId}` : `${problem.code}|${problem.message}`;
}

/** The error code that best names a set of problems: movements first, then quorum, then tallies. */
function errorCode(problems: MeetingCheckProblem[]): string {
  if (problems.some((problem) => PRESENCE_CODES.has(problem.code) && problem.code !== 'UNKNOWN_MEMBER')) return 'PRESENCE_CONFLICT';
  if (problems.some((problem) => problem.code === 'QUORUM_NOT_MET')) return 'QUORUM_NOT_MET';
  if (problems.some((problem) => problem.code === 'UNKNOWN_SPEAKER')) return 'UNKNOWN_SPEAKER';
  if (problems.some((problem) => SHOWN_NOT_REFUSED.has(problem.code))) return 'TIME_ORDER';
  return 'TALLY_INVALID';
}

const MESSAGES: Record<string, string> = {
  PRESENCE_CONFLICT: 'Il movimento contraddice le presenze in quel momento della seduta.',
  QUORUM_NOT_MET: 'La votazione non avrebbe il numero legale.',
  UNKNOWN_SPEAKER: "L'intervento è attribuito a qualcuno che non partecipa alla seduta.",
  TALLY_INVALID: 'I voti non tornano con i presenti al momento della votazione.',
  TIME_ORDER: 'Gli orari dei movimenti non seguono lo svolgimento della seduta.',
};

function refuse(problems: MeetingCheckProblem[]): void {
  if (problems.length === 0) return;
  const code = errorCode(problems);
  throw new DomainError(code, MESSAGES[code] ?? 'Modifica rifiutata.', problems.map((problem) => problem.message));
}

/**
 * Refuses a change that makes the meeting check worse: any problem that was not there before
 * (a wrong tally, a movement contradicting presence, a later vote no longer adding up), but times out of order.
 */
export function assertNoNewProblems(before: MeetingCheck, after: MeetingCheck): void {
  const known = new Set(before.problems.map(problemKey));
  refuse(after.problems.filter((problem) => !known.has(problemKey(problem)) && !SHOWN_NOT_REFUSED.has(problem.code)));
}

/** Refuses a meeting that does not check clean: one stored whole (created, imported), or one being closed. */
export function assertChecksClean(check: MeetingCheck): void {
  refuse(check.problems);
}

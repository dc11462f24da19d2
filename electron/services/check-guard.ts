import { DomainError } from '../../shared/api/errors';
import type { MeetingCheck, MeetingCheckProblem } from '../../shared/rules';

const PRESENCE_CODES = new Set(['ARRIVAL_OF_PRESENT', 'DEPARTURE_OF_ABSENT', 'RETURN_WITHOUT_EXIT', 'UNKNOWN_MEMBER']);

function problemKey(problem: MeetingCheckProblem): string {
  return problem.entryId ? `${problem.code}|${problem.entryId}` : `${problem.code}|${problem.message}`;
}

/** The error code that best names a set of problems: movements first, then quorum, then tallies. */
function errorCode(problems: MeetingCheckProblem[]): string {
  if (problems.some((problem) => PRESENCE_CODES.has(problem.code) && problem.code !== 'UNKNOWN_MEMBER')) return 'PRESENCE_CONFLICT';
  if (problems.some((problem) => problem.code === 'QUORUM_NOT_MET')) return 'QUORUM_NOT_MET';
  if (problems.some((problem) => problem.code === 'UNKNOWN_SPEAKER')) return 'UNKNOWN_SPEAKER';
  return 'TALLY_INVALID';
}

const MESSAGES: Record<string, string> = {
  PRESENCE_CONFLICT: 'Il movimento contraddice le presenze in quel momento della seduta.',
  QUORUM_NOT_MET: 'La votazione non avrebbe il numero legale.',
  UNKNOWN_SPEAKER: "L'intervento è attribuito a qualcuno che non partecipa alla seduta.",
  TALLY_INVALID: 'I voti non tornano con i presenti al momento della votazione.',
};

/**
 * Refuses a change that makes the meeting check worse: any problem that was not there before
 * (a wrong tally, a movement contradicting presence, a later vote no longer adding up).
 */
export function assertNoNewProblems(before: MeetingCheck | null, after: MeetingCheck): void {
  const known = new Set((before?.problems ?? []).map(problemKey));
  const added = after.problems.filter((problem) => !known.has(problemKey(problem)));
  if (added.length === 0) return;
  const code = errorCode(added);
  throw new DomainError(code, MESSAGES[code] ?? 'Modifica rifiutata.', added.map((problem) => problem.message));
}

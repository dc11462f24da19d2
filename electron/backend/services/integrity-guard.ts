import { meetingIntegrityIssues, type Meeting } from '../../../shared/model';
import { issueLine } from '../../../shared/api/field-names';
import { InvalidInputError, issuePath } from './invalid-input';

/**
 * Refuses to store a meeting that MeetingSchema would refuse: whatever an action did, its result must be a meeting an
 * import would accept (the same rules, shared/model/integrity.ts).
 */
export function assertMeetingIntegrity(meeting: Meeting): void {
  const issues = meetingIntegrityIssues(meeting).map((issue) => ({ path: issuePath(issue.path), message: issue.message }));
  const first = issues[0];
  if (!first) return;
  throw new InvalidInputError(`Modifica rifiutata: ${issueLine(first)}.`, issues);
}

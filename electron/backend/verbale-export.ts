import { DomainError } from '../../shared/api/errors';
import type { Meeting } from '../../shared/model';
import { checkMeeting } from '../../shared/rules/check';
import { buildVerbale } from '../../shared/verbale/build-verbale';
import type { VerbaleDocument } from '../../shared/verbale/document';
import { buildPublicVerbale } from '../../shared/verbale/public-copy';

/** The verbale to sign and keep, or the copy for the Albo pretorio with the omissis. */
export type VerbaleCopy = 'original' | 'public';

/** The verbale of a meeting that checks clean; refused (nothing exported) with every problem, in any format. */
export function exportableVerbale(meeting: Meeting, copy: VerbaleCopy = 'original', sessionNumber: number | null = null): VerbaleDocument {
  const check = checkMeeting(meeting);
  if (!check.ok) {
    const details = check.problems.map((problem) => problem.message);
    throw new DomainError(
      'TALLY_INVALID',
      `Impossibile esportare il verbale: ${details.length === 1 ? 'c\'è un problema' : `ci sono ${details.length} problemi`} da correggere.`,
      details,
    );
  }
  return copy === 'public' ? buildPublicVerbale(meeting) : buildVerbale(meeting, { sessionNumber });
}

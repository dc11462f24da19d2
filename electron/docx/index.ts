import { DomainError } from '../../shared/api/errors';
import type { Meeting } from '../../shared/model';
import { checkMeeting } from '../../shared/rules/check';
import { buildVerbale } from '../../shared/verbale/build-verbale';
import type { VerbaleDocument } from '../../shared/verbale/document';
import { writeVerbaleDocx } from './write-document';

export { contentSha256 } from './content-hash';

/** Renders a verbale document model as DOCX bytes. */
export async function renderVerbaleDocx(doc: VerbaleDocument): Promise<Uint8Array> {
  return writeVerbaleDocx(doc);
}

/** Checks the meeting, refuses it when its tallies do not add up, then renders its verbale. */
export async function renderMeetingDocx(meeting: Meeting): Promise<Uint8Array> {
  const check = checkMeeting(meeting);
  if (!check.ok) {
    const details = check.problems.map((problem) => problem.message);
    throw new DomainError(
      'TALLY_INVALID',
      `Impossibile esportare il verbale: ${details.length === 1 ? 'c\'è un problema' : `ci sono ${details.length} problemi`} da correggere.`,
      details,
    );
  }
  return renderVerbaleDocx(buildVerbale(meeting));
}

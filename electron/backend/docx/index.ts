import type { Meeting } from '../../../shared/model';
import type { VerbaleDocument } from '../../../shared/verbale/document';
import { exportableVerbale, type VerbaleCopy } from '../verbale-export';
import { writeVerbaleDocx } from './write-document';

export { contentSha256 } from './content-hash';

/** Renders a verbale document model as DOCX bytes. */
export async function renderVerbaleDocx(doc: VerbaleDocument): Promise<Uint8Array> {
  return writeVerbaleDocx(doc);
}

/** Checks the meeting, refuses it when its tallies do not add up, then renders its verbale. */
export async function renderMeetingDocx(meeting: Meeting, copy: VerbaleCopy = 'original', sessionNumber: number | null = null): Promise<Uint8Array> {
  return renderVerbaleDocx(exportableVerbale(meeting, copy, sessionNumber));
}

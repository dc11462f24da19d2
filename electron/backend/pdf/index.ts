import type { Meeting } from '../../../shared/model';
import { exportableVerbale, type VerbaleCopy } from '../verbale-export';
import { writeVerbalePdf } from './write-document';

export { writeVerbalePdf as renderVerbalePdf };

/** Checks the meeting, refuses it when its tallies do not add up, then renders its verbale as PDF/A-2. */
export async function renderMeetingPdf(meeting: Meeting, copy: VerbaleCopy = 'original', sessionNumber: number | null = null): Promise<Uint8Array> {
  return writeVerbalePdf(exportableVerbale(meeting, copy, sessionNumber));
}

import type { RevisionSummary } from '../../shared/api/revisions';
import { formatTime } from '../../shared/phrasing';
import { displayDate } from './format';

/** How a past revision is named in the list and on its own page: "Revisione 1: chiusa alle 19:47, riaperta il 2 dicembre 2026 alle 10:15". */
export function revisionCaption(revision: RevisionSummary): string {
  const reopened = new Date(revision.reopenedAt);
  const closed = revision.endTime ? `chiusa alle ${revision.endTime}, ` : '';
  return `Revisione ${revision.revision}: ${closed}riaperta il ${displayDate(revision.reopenedAt)} alle ${formatTime(reopened)}`;
}

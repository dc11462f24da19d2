import type { AgendaItem, Meeting } from '../model';

/**
 * Attachments are numbered across the meeting in agenda order (All.1 … All.N), not per item: every change to the
 * items renumbers them. Items whose labels are already right keep their identity (storage writes only what changed).
 */
export function numberAttachments(meeting: Meeting): Meeting {
  let next = 1;
  let changed = false;
  const items = meeting.items.map((item): AgendaItem => {
    const attachments = item.attachments.map((attachment) => {
      const label = `All.${next++}`;
      return attachment.label === label ? attachment : { ...attachment, label };
    });
    if (attachments.every((attachment, index) => attachment === item.attachments[index])) return item;
    changed = true;
    return { ...item, attachments };
  });
  return changed ? { ...meeting, items } : meeting;
}

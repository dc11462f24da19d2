import type { Meeting } from '../model';
import type { VerbaleBlock } from './document';

/**
 * The list of attachments at the end of the verbale, numbered across the meeting as the item headings cite them:
 * «All.1 – Relazione del revisore (file: relazione.pdf)». Nothing when the meeting has none.
 */
export function attachmentListBlocks(meeting: Meeting): VerbaleBlock[] {
  const attachments = meeting.items.flatMap((item) => item.attachments);
  if (attachments.length === 0) return [];
  return [
    { kind: 'sectionHeading', text: 'Allegati' },
    ...attachments.map((attachment): VerbaleBlock => ({
      kind: 'paragraph',
      style: 'listItem',
      role: 'attachment',
      runs: [
        { text: attachment.label, bold: true },
        ...(attachment.title.trim() ? [{ text: ` – ${attachment.title.trim()}` }] : []),
        ...(attachment.file ? [{ text: ` (file: ${attachment.file.fileName})`, italic: true }] : []),
      ],
    })),
  ];
}

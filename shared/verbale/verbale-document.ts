import { type Meeting, NO_LETTERHEAD } from '../model';
import { bodyValues, dateValues } from '../phrasing';
import { sentence } from '../style';
import { attachmentListBlocks } from './attachment-blocks';
import type { VerbaleBlock, VerbaleDocument } from './document';

/** The verbale of a meeting from its blocks: the list of attachments after them, the title, subject and letterhead of its body. */
export function verbaleDocument(meeting: Meeting, blocks: VerbaleBlock[]): VerbaleDocument {
  const { style } = meeting.body;
  const body = bodyValues(meeting.body);
  return {
    title: sentence(style, 'title', body),
    subject: sentence(style, 'subtitle', { ...body, ...dateValues(meeting.date) }),
    revision: meeting.revision,
    author: meeting.minuteTaker.name,
    documentId: `VRB-${meeting.id}-r${meeting.revision}`,
    meetingDate: meeting.date,
    logo: meeting.body.logo ? { mimeType: meeting.body.logo.mimeType, base64: meeting.body.logo.base64 } : null,
    letterhead: meeting.body.letterhead ?? NO_LETTERHEAD,
    blocks: [...blocks, ...attachmentListBlocks(meeting)],
  };
}

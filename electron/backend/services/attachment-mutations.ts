import { DomainError, NotFoundError } from '../../../shared/api/errors';
import { numberAttachments } from '../../../shared/attachments/numbering';
import type { AgendaItem, Attachment, AttachmentFile, Meeting } from '../../../shared/model';

/**
 * A file enters an item only through attachments.add, which stores its bytes first: an item edit may keep, reorder or
 * drop the files it has, never name another one (a reference to bytes that are not stored).
 */
export function assertFilesKept(meeting: Meeting, attachments: readonly { id?: string; file?: AttachmentFile }[]): void {
  const stored = new Map(meeting.items.flatMap((item) => item.attachments).map((attachment) => [attachment.id, attachment.file]));
  for (const attachment of attachments) {
    if (!attachment.file) continue;
    const kept = attachment.id === undefined ? undefined : stored.get(attachment.id);
    if (kept?.sha256 !== attachment.file.sha256) {
      throw new DomainError('ATTACHMENT_FILE_UNKNOWN', `Il file «${attachment.file.fileName}» non è tra quelli allegati: per aggiungerlo usare «Allega file».`);
    }
  }
}

function itemAt(meeting: Meeting, itemId: string): { index: number; item: AgendaItem } {
  const index = meeting.items.findIndex((item) => item.id === itemId);
  if (index < 0) throw new NotFoundError(`Punto all'ordine del giorno non trovato («${itemId}»)`);
  return { index, item: meeting.items[index]! };
}

function withItem(meeting: Meeting, index: number, item: AgendaItem): Meeting {
  const items = meeting.items.slice();
  items[index] = item;
  return numberAttachments({ ...meeting, items });
}

/** Adds a stored file to an item, numbered in agenda order with the others. */
export function attachFile(meeting: Meeting, itemId: string, attachment: { id: string; title: string; file: AttachmentFile }): Meeting {
  if (meeting.items.some((item) => item.attachments.some((existing) => existing.id === attachment.id))) {
    throw new DomainError('ATTACHMENT_EXISTS', `Identificativo già usato da un altro allegato («${attachment.id}»)`);
  }
  const { index, item } = itemAt(meeting, itemId);
  const added: Attachment = { id: attachment.id, label: '', title: attachment.title, file: attachment.file };
  return withItem(meeting, index, { ...item, attachments: [...item.attachments, added] });
}

export function removeAttachment(meeting: Meeting, itemId: string, attachmentId: string): { meeting: Meeting; removed: Attachment } {
  const { index, item } = itemAt(meeting, itemId);
  const removed = item.attachments.find((attachment) => attachment.id === attachmentId);
  if (!removed) throw new NotFoundError(`Allegato non trovato in questo punto («${attachmentId}»)`);
  return { meeting: withItem(meeting, index, { ...item, attachments: item.attachments.filter((attachment) => attachment !== removed) }), removed };
}

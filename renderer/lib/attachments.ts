import type { Attachment } from '../../shared/model';

type DraftAttachment = Omit<Attachment, 'id'> & { id?: string };

/** The attachments cited by label only (kept on paper): what the item form edits as a draft. Files are managed at once. */
export function paperAttachments(attachments: readonly DraftAttachment[]): DraftAttachment[] {
  return attachments.filter((attachment) => !attachment.file);
}

/**
 * An item's attachments after its form is saved, in their order: the stored files where they are, each paper
 * attachment as the draft has it now (dropped if the draft dropped it), then the draft's new ones.
 */
export function savedAttachments(stored: readonly Attachment[], draft: readonly DraftAttachment[], newId: (index: number) => string): Attachment[] {
  const drafted = new Map(draft.filter((attachment) => attachment.id).map((attachment) => [attachment.id, attachment]));
  const kept = stored.flatMap((attachment): Attachment[] => {
    if (attachment.file) return [attachment];
    const edited = drafted.get(attachment.id);
    return edited ? [{ id: attachment.id, label: edited.label, title: edited.title }] : [];
  });
  const added = draft.filter((attachment) => !attachment.id).map((attachment, index) => ({ id: newId(index), label: attachment.label, title: attachment.title }));
  return [...kept, ...added];
}

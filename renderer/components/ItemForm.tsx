import { useState, type FormEvent, type ReactNode } from 'react';
import type { MeetingSummary } from '../../shared/api/contract';
import type { Attachment } from '../../shared/model';
import { paperAttachments } from '../lib/attachments';
import { displayDate } from '../lib/format';

export interface ItemDraft {
  title: string;
  attachments: readonly (Omit<Attachment, 'id'> & { id?: string })[];
  linkedMeetingIds: readonly string[];
}

interface Props {
  initial: ItemDraft;
  earlierMeetings: MeetingSummary[];
  submitLabel: string;
  onSubmit(item: ItemDraft): Promise<boolean>;
  onCancel?(): void;
  /** Distinguishes the ids of several forms on one page. */
  formId: string;
  /** The item's stored files (attached and removed at once, not part of the draft): AttachmentFiles. */
  files?: ReactNode;
}

/** An agenda item: title, attachments, and for "Approvazione verbale" the earlier meetings it approves. */
export function ItemForm({ initial, earlierMeetings, submitLabel, onSubmit, onCancel, formId, files }: Props) {
  const [item, setItem] = useState<ItemDraft>(() => ({ ...initial, attachments: paperAttachments(initial.attachments) }));
  const looksLikeApproval = /approvazione.*verbal/i.test(item.title);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const cleaned = { ...item, attachments: item.attachments.filter((a) => a.label.trim() || a.title.trim()) };
    if (await onSubmit(cleaned)) setItem({ ...initial, attachments: paperAttachments(initial.attachments) });
  }

  function setAttachment(index: number, patch: Partial<ItemDraft['attachments'][number]>) {
    setItem((it) => ({ ...it, attachments: it.attachments.map((a, i) => (i === index ? { ...a, ...patch } : a)) }));
  }

  return (
    <form className="stack subform" onSubmit={submit} aria-label={submitLabel}>
      <label>
        Titolo del punto
        <input
          id={`${formId}-title`}
          value={item.title}
          onChange={(e) => setItem({ ...item, title: e.target.value })}
          required
          data-testid={`${formId}-title`}
        />
      </label>
      <fieldset className="stack">
        <legend>Allegati</legend>
        <p className="muted small">Numerati in ordine in tutta la seduta (All.1, All.2 …) al salvataggio.</p>
        {files}
        {item.attachments.map((a, i) => (
          <div className="form-grid" key={i}>
            <label className="span-2">
              Titolo dell&apos;allegato senza file
              <input value={a.title} onChange={(e) => setAttachment(i, { title: e.target.value })} />
            </label>
            <div className="form-actions">
              <button
                type="button"
                className="button--quiet"
                onClick={() => setItem((it) => ({ ...it, attachments: it.attachments.filter((_, j) => j !== i) }))}
              >
                Togli allegato
              </button>
            </div>
          </div>
        ))}
        <div>
          <button
            type="button"
            onClick={() => setItem((it) => ({ ...it, attachments: [...it.attachments, { label: `All.${it.attachments.length + 1}`, title: '' }] }))}
          >
            Aggiungi allegato senza file
          </button>
        </div>
      </fieldset>
      {(looksLikeApproval || item.linkedMeetingIds.length > 0) && (
        <fieldset className="stack">
          <legend>Verbali da approvare (sedute precedenti dell&apos;organo)</legend>
          {earlierMeetings.length === 0 && <p className="muted">Nessuna seduta precedente in archivio.</p>}
          {earlierMeetings.map((m) => (
            <label className="checkbox" key={m.id}>
              <input
                type="checkbox"
                checked={item.linkedMeetingIds.includes(m.id)}
                onChange={(e) =>
                  setItem((it) => ({
                    ...it,
                    linkedMeetingIds: e.target.checked ? [...it.linkedMeetingIds, m.id] : it.linkedMeetingIds.filter((id) => id !== m.id),
                  }))
                }
              />
              Seduta del {displayDate(m.date)}
            </label>
          ))}
        </fieldset>
      )}
      <div className="form-actions">
        <button type="submit" className="button--primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Annulla
          </button>
        )}
      </div>
    </form>
  );
}

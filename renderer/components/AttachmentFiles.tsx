import { useRef, useState } from 'react';
import { ACCEPTED_KINDS, FILE_TYPE_NAMES } from '../../shared/attachments/file-type';
import { formatMegabytes } from '../../shared/attachments/size';
import { ATTACHMENT_MAX_BYTES, type AgendaItem } from '../../shared/model';
import { fileToBase64 } from '../app/file-base64';
import { useMeeting } from '../store/meeting';

const ACCEPTED = '.pdf,.png,.jpg,.jpeg,.tif,.tiff,.docx,.xlsx,.pptx,.odt,.ods,.odp,.doc,.xls';

/**
 * The files attached to an item: each with its number across the meeting (All.1 …), title, file name and size;
 * attach one (PDF, office document or image, at most 50 MB, recognised from its content), remove one.
 */
export function AttachmentFiles({ meetingId, item, formId }: { meetingId: string; item: AgendaItem; formId: string }) {
  const act = useMeeting((s) => s.act);
  const [title, setTitle] = useState('');
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const files = item.attachments.filter((attachment) => attachment.file);

  async function attach() {
    const file = input.current?.files?.[0];
    if (!file) return;
    if (file.size > ATTACHMENT_MAX_BYTES) {
      setTooLarge(`Il file «${file.name}» è di ${formatMegabytes(file.size)}: il limite è ${formatMegabytes(ATTACHMENT_MAX_BYTES)} per file.`);
      return;
    }
    setTooLarge(null);
    setBusy(true);
    const done = await act('attachments.add', { meetingId, itemId: item.id, title, fileName: file.name, base64: await fileToBase64(file) });
    setBusy(false);
    if (done && input.current) {
      input.current.value = '';
      setTitle('');
    }
  }

  return (
    <div className="stack" data-testid={`${formId}-files`}>
      {files.length > 0 && (
        <ul className="attachment-files">
          {files.map((attachment) => (
            <li key={attachment.id}>
              <strong>{attachment.label}</strong>
              {attachment.title && ` – ${attachment.title}`} <span className="muted">
                ({attachment.file!.fileName}, {FILE_TYPE_NAMES[attachment.file!.mimeType]}, {formatMegabytes(attachment.file!.size)})
              </span>{' '}
              <button
                type="button"
                className="button--quiet"
                aria-label={`Togli il file ${attachment.file!.fileName}`}
                onClick={() => void act('attachments.remove', { meetingId, itemId: item.id, attachmentId: attachment.id })}
              >
                Togli
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="form-grid">
        <label className="span-2">
          Titolo del file da allegare
          <input value={title} onChange={(e) => setTitle(e.target.value)} data-testid={`${formId}-file-title`} />
        </label>
        <label className="span-2">
          File ({ACCEPTED_KINDS}; massimo 50 MB)
          <input type="file" ref={input} accept={ACCEPTED} data-testid={`${formId}-file`} />
        </label>
        <div className="form-actions">
          <button type="button" disabled={busy} onClick={() => void attach()}>
            {busy ? 'Caricamento…' : 'Allega file'}
          </button>
        </div>
      </div>
      {tooLarge && <p role="alert">{tooLarge}</p>}
    </div>
  );
}

import { useSave } from '../app/start-download';
import { DOCX_MIME } from '../lib/download';
import { read } from '../store/calls';

/**
 * The verbale in one step: the DOCX is made and saved at once (the desktop app asks where with its save dialog,
 * the browser downloads it), then what was saved is said beside the button.
 */
export function ExportDocxButton({ meetingId, label = 'Esporta verbale DOCX', primary = false }: { meetingId: string; label?: string; primary?: boolean }) {
  const { busy, saved, save } = useSave();
  const exportDocx = () => save(read('files.exportDocx', { meetingId }), DOCX_MIME);

  return (
    <span className="export-docx">
      <button type="button" className={primary ? 'button--primary' : undefined} onClick={() => void exportDocx()} disabled={busy}>
        {label}
      </button>
      <span role="status" className="muted small" data-testid="docx-saved">
        {busy && 'Esportazione in corso…'}
        {saved !== null && `Verbale esportato: ${saved}`}
      </span>
    </span>
  );
}

import { useSave } from '../app/start-download';
import { read } from '../store/calls';

/**
 * The verbale as PDF/A-2 (the document that is signed and kept), in one step like the DOCX: made, saved at once
 * (the browser downloads it), then what was saved is said beside the button.
 */
export function ExportPdfButton({ meetingId }: { meetingId: string }) {
  const { busy, saved, save } = useSave();
  const exportPdf = () => save(read('files.exportPdf', { meetingId }), 'application/pdf');

  return (
    <span className="export-docx">
      <button type="button" onClick={() => void exportPdf()} disabled={busy}>
        Esporta PDF/A
      </button>
      <span role="status" className="muted small" data-testid="pdf-saved">
        {busy && 'Esportazione in corso…'}
        {saved !== null && `Verbale PDF/A esportato: ${saved}`}
      </span>
    </span>
  );
}

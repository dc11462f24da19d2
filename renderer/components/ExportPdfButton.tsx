import { useState } from 'react';
import { startDownload } from '../app/start-download';
import { read } from '../store/calls';

/**
 * The verbale as PDF/A-2 (the document that is signed and kept), in one step like the DOCX: made, saved at once
 * (the browser downloads it), then what was saved is said beside the button.
 */
export function ExportPdfButton({ meetingId }: { meetingId: string }) {
  const [state, setState] = useState<{ busy: true } | { saved: string } | null>(null);

  async function exportPdf() {
    setState({ busy: true });
    const file = await read('files.exportPdf', { meetingId });
    if (!file) {
      setState(null);
      return;
    }
    setState({ saved: startDownload(file, 'application/pdf') });
  }

  return (
    <span className="export-docx">
      <button type="button" onClick={() => void exportPdf()} disabled={state !== null && 'busy' in state}>
        Esporta PDF/A
      </button>
      <span role="status" className="muted small" data-testid="pdf-saved">
        {state && 'busy' in state && 'Esportazione in corso…'}
        {state && 'saved' in state && `Verbale PDF/A esportato: ${state.saved}`}
      </span>
    </span>
  );
}

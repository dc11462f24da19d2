import { useState } from 'react';
import { fileDownload } from '../lib/download';
import { read } from '../store/calls';

/** How long the file's address stays valid after the save started (the browser reads it at once). */
const REVOKE_AFTER_MS = 60_000;

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
    const { name, url } = fileDownload(file, 'application/pdf');
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
    setState({ saved: name });
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

import { useState } from 'react';
import { startDownload } from '../app/start-download';
import { DOCX_MIME } from '../lib/download';
import { read } from '../store/calls';

/**
 * The verbale in one step: the DOCX is made and saved at once (the desktop app asks where with its save dialog,
 * the browser downloads it), then what was saved is said beside the button.
 */
export function ExportDocxButton({ meetingId, label = 'Esporta verbale DOCX', primary = false }: { meetingId: string; label?: string; primary?: boolean }) {
  const [state, setState] = useState<{ busy: true } | { saved: string } | null>(null);

  async function exportDocx() {
    setState({ busy: true });
    const file = await read('files.exportDocx', { meetingId });
    if (!file) {
      setState(null);
      return;
    }
    setState({ saved: startDownload(file, DOCX_MIME) });
  }

  return (
    <span className="export-docx">
      <button type="button" className={primary ? 'button--primary' : undefined} onClick={() => void exportDocx()} disabled={state !== null && 'busy' in state}>
        {label}
      </button>
      <span role="status" className="muted small" data-testid="docx-saved">
        {state && 'busy' in state && 'Esportazione in corso…'}
        {state && 'saved' in state && `Verbale esportato: ${state.saved}`}
      </span>
    </span>
  );
}

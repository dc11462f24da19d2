import { useState } from 'react';
import { docxDownload } from '../lib/download';
import { read } from '../store/calls';

/** How long the file's address stays valid after the save started (the browser reads it at once). */
const REVOKE_AFTER_MS = 60_000;

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
    const { name, url } = docxDownload(file);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
    setState({ saved: name });
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

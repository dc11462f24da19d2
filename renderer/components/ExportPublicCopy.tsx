import { useState } from 'react';
import { startDownload } from '../app/start-download';
import { read } from '../store/calls';

const FORMATS = {
  pdf: { method: 'files.exportPdf', mime: 'application/pdf', label: 'PDF/A' },
  docx: { method: 'files.exportDocx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'DOCX' },
} as const;

/** «Copia per la pubblicazione»: the verbale with its omissis, for the Albo pretorio, saved at once like the others. */
export function ExportPublicCopy({ meetingId }: { meetingId: string }) {
  const [state, setState] = useState<{ busy: true } | { saved: string } | null>(null);

  async function save(format: keyof typeof FORMATS) {
    setState({ busy: true });
    const { method, mime } = FORMATS[format];
    const file = await read(method, { meetingId, copy: 'public' });
    if (!file) {
      setState(null);
      return;
    }
    setState({ saved: startDownload(file, mime) });
  }

  return (
    <span className="export-docx" role="group" aria-label="Copia per la pubblicazione">
      {(Object.keys(FORMATS) as (keyof typeof FORMATS)[]).map((format) => (
        <button key={format} type="button" onClick={() => void save(format)} disabled={state !== null && 'busy' in state}>
          Copia per la pubblicazione ({FORMATS[format].label})
        </button>
      ))}
      <span role="status" className="muted small" data-testid="public-saved">
        {state && 'busy' in state && 'Esportazione in corso…'}
        {state && 'saved' in state && `Copia per la pubblicazione esportata: ${state.saved}`}
      </span>
    </span>
  );
}

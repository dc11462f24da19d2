import { useSave } from '../app/start-download';
import { read } from '../store/calls';

const FORMATS = {
  pdf: { method: 'files.exportPdf', mime: 'application/pdf', label: 'PDF/A' },
  docx: { method: 'files.exportDocx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'DOCX' },
} as const;

/** «Copia per la pubblicazione»: the verbale with its omissis, for the Albo pretorio, saved at once like the others. */
export function ExportPublicCopy({ meetingId }: { meetingId: string }) {
  const { busy, saved, save: saveFile } = useSave();
  const save = (format: keyof typeof FORMATS) => saveFile(read(FORMATS[format].method, { meetingId, copy: 'public' }), FORMATS[format].mime);

  return (
    <span className="export-docx" role="group" aria-label="Copia per la pubblicazione">
      {(Object.keys(FORMATS) as (keyof typeof FORMATS)[]).map((format) => (
        <button key={format} type="button" onClick={() => void save(format)} disabled={busy}>
          Copia per la pubblicazione ({FORMATS[format].label})
        </button>
      ))}
      <span role="status" className="muted small" data-testid="public-saved">
        {busy && 'Esportazione in corso…'}
        {saved !== null && `Copia per la pubblicazione esportata: ${saved}`}
      </span>
    </span>
  );
}

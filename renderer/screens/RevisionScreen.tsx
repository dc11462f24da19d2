import { useEffect, useState } from 'react';
import type { RevisionView } from '../../shared/api/revisions';
import { plural } from '../../shared/phrasing';
import { href } from '../app/router';
import { useFocusHeading } from '../app/focus';
import { VerbalePreview } from '../components/VerbalePreview';
import { docxDownload } from '../lib/download';
import { displayDate } from '../lib/format';
import { revisionCaption } from '../lib/revisions';
import { read } from '../store/calls';

/** A past revision, read-only: as it was closed, with its check, the presence at the close, its verbale and its DOCX. */
export function RevisionScreen({ meetingId, revision }: { meetingId: string; revision: number }) {
  const heading = useFocusHeading();
  const [view, setView] = useState<RevisionView | null | 'failed'>(null);
  const [itemId, setItemId] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [docx, setDocx] = useState<{ name: string; url: string } | null>(null);

  useEffect(() => {
    void read('meetings.revision', { meetingId, revision }).then((loaded) => setView(loaded ?? 'failed'));
  }, [meetingId, revision]);

  useEffect(
    () => () => {
      if (docx) URL.revokeObjectURL(docx.url);
    },
    [docx],
  );

  const back = <a href={href({ name: 'close', meetingId })}>Torna alla seduta</a>;
  if (view === 'failed') return <p role="alert">Revisione non disponibile. {back}</p>;
  if (!view) return <p role="status">Caricamento…</p>;
  const { meeting, check, presenceAtClose, quorumAtClose } = view;

  async function exportDocx() {
    setExporting(true);
    setDocx(null);
    const file = await read('files.exportRevisionDocx', { meetingId, revision });
    setExporting(false);
    if (file) setDocx(docxDownload(file));
  }

  return (
    <div className="stack" data-testid="revision-screen">
      <h1 ref={heading} tabIndex={-1}>
        Seduta del {displayDate(meeting.date)}, revisione {view.revision} (sola lettura)
      </h1>
      <p>
        {meeting.body.name} · {revisionCaption(view)} · motivo della riapertura: {view.reason} · {back}
      </p>

      <section className="card" aria-labelledby="revision-check-h">
        <h2 id="revision-check-h">Alla chiusura</h2>
        <p>
          Presenti {presenceAtClose.presentIds.length} ({presenceAtClose.inRoom} in sala, {presenceAtClose.remote} da remoto), assenti{' '}
          {presenceAtClose.absent}; quorum {quorumAtClose.holds ? 'raggiunto' : 'non raggiunto'} ({quorumAtClose.ruleText}).
        </p>
        {check.ok ? (
          <p className="ok">Nessun problema: {plural(check.decisions.length, 'decisione verificata', 'decisioni verificate')}.</p>
        ) : (
          <ul className="problems">
            {check.problems.map((problem, i) => (
              <li key={i}>{problem.message}</li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="revision-export-h">
        <h2 id="revision-export-h">Esporta questa revisione</h2>
        <button type="button" className="button--primary" onClick={() => void exportDocx()} disabled={exporting}>
          Esporta verbale DOCX della revisione {view.revision}
        </button>
        {exporting && <p role="status">Esportazione in corso…</p>}
        {docx && (
          <p role="status">
            Verbale pronto:{' '}
            <a href={docx.url} download={docx.name}>
              Scarica {docx.name}
            </a>
          </p>
        )}
      </section>

      {meeting.items.length > 0 && (
        <label>
          Punto mostrato nell&apos;anteprima{' '}
          <select value={itemId ?? meeting.items[0]!.id} onChange={(event) => setItemId(event.target.value)}>
            {meeting.items.map((item, index) => (
              <option key={item.id} value={item.id}>
                {index + 1}. {item.title}
              </option>
            ))}
          </select>
        </label>
      )}
      <VerbalePreview meeting={meeting} itemId={itemId ?? meeting.items[0]?.id ?? null} />
    </div>
  );
}

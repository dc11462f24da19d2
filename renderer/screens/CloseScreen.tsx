import { useEffect, useState } from 'react';
import type { ExportedFile } from '../../shared/api/contract';
import type { MeetingCheck } from '../../shared/rules/types';
import { href } from '../app/router';
import { useFocusHeading } from '../app/focus';
import { ExportPdfButton } from '../components/ExportPdfButton';
import { PastRevisions } from '../components/PastRevisions';
import { docxDownload } from '../lib/download';
import { STATUS_LABEL, displayDate, nowTime } from '../lib/format';
import { useMeeting } from '../store/meeting';
import { read } from '../store/calls';

/** Closing time, the final check, closing, and export (DOCX with a download link, JSON). */
export function CloseScreen({ meetingId }: { meetingId: string }) {
  const heading = useFocusHeading();
  const view = useMeeting((s) => (s.view?.meeting.id === meetingId ? s.view : null));
  const load = useMeeting((s) => s.load);
  const loadError = useMeeting((s) => s.loadError);
  const act = useMeeting((s) => s.act);
  const [endTime, setEndTime] = useState(nowTime());
  const [check, setCheck] = useState<MeetingCheck | null>(null);
  const [exporting, setExporting] = useState(false);
  const [docx, setDocx] = useState<{ name: string; url: string } | null>(null);
  const [json, setJson] = useState<{ name: string; url: string } | null>(null);
  const [reason, setReason] = useState('');

  useEffect(() => {
    void load(meetingId).then(() => read('meetings.check', { meetingId }).then(setCheck));
  }, [load, meetingId]);

  useEffect(
    () => () => {
      if (docx?.url) URL.revokeObjectURL(docx.url);
      if (json?.url) URL.revokeObjectURL(json.url);
    },
    [docx, json],
  );

  if (!view) return loadError ? <p role="alert">{loadError}</p> : <p role="status">Caricamento…</p>;
  const { meeting } = view;

  async function verify() {
    setCheck(await read('meetings.check', { meetingId }));
  }

  async function close() {
    const result = await act('meetings.close', { meetingId, endTime });
    if (result) await verify();
  }

  async function exportDocx() {
    setExporting(true);
    setDocx(null);
    const file: ExportedFile | null = await read('files.exportDocx', { meetingId });
    setExporting(false);
    if (!file) return;
    setDocx(docxDownload(file));
  }

  async function exportJson() {
    const file = await read('files.exportJson', { meetingId });
    if (file) setJson({ name: file.fileName, url: URL.createObjectURL(new Blob([file.content], { type: 'application/json' })) });
  }

  return (
    <div className="stack narrow">
      <h1 ref={heading} tabIndex={-1}>
        Chiusura ed esportazione
      </h1>
      <p>
        Seduta del {displayDate(meeting.date)} · {meeting.body.name} · <span className={`badge badge--${meeting.status}`}>{STATUS_LABEL[meeting.status]}</span>
        {meeting.revision > 1 && <span> · revisione {meeting.revision}</span>} · <a href={href({ name: 'live', meetingId })}>Torna alla seduta</a>
      </p>

      <section className="card" aria-labelledby="check-h">
        <h2 id="check-h">Verifica finale</h2>
        {check === null ? (
          <p role="status">Verifica in corso…</p>
        ) : check.ok ? (
          <p className="ok" data-testid="check-ok">
            Nessun problema: presenze, quorum e conteggi dei voti sono coerenti ({check.decisions.length} decisioni verificate).
          </p>
        ) : (
          <div className="problems" role="alert" data-testid="check-problems">
            <strong>Da correggere prima di chiudere:</strong>
            <ul>
              {check.problems.map((p, i) => (
                <li key={i}>
                  {p.itemIndex !== undefined && <span>Punto {p.itemIndex + 1}: </span>}
                  {p.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        <button type="button" onClick={() => void verify()}>
          Ripeti la verifica
        </button>
      </section>

      {meeting.status !== 'closed' ? (
        <section className="card" aria-labelledby="close-h">
          <h2 id="close-h">Chiudi la seduta</h2>
          <div className="form-grid">
            <label>
              Ora di chiusura
              <input type="time" value={endTime} onChange={(e) => setEndTime(e.target.value)} required data-testid="end-time" />
            </label>
            <div className="form-actions">
              <button type="button" className="button--primary" onClick={() => void close()} disabled={meeting.status !== 'live'}>
                Chiudi la seduta
              </button>
            </div>
          </div>
          {meeting.status === 'draft' && <p className="muted">La seduta non è ancora stata aperta.</p>}
          <p className="muted">Una seduta chiusa non si modifica più: una correzione successiva diventa una nuova revisione registrata.</p>
        </section>
      ) : (
        <section className="card" aria-labelledby="reopen-h">
          <h2 id="reopen-h">Seduta chiusa alle {meeting.endTime}</h2>
          <details>
            <summary>Riapri per una correzione (nuova revisione)</summary>
            <div className="form-grid">
              <label className="span-2">
                Motivo della riapertura
                <input value={reason} onChange={(e) => setReason(e.target.value)} />
              </label>
              <div className="form-actions">
                <button type="button" disabled={!reason.trim()} onClick={() => void act('meetings.reopen', { meetingId, reason })}>
                  Riapri
                </button>
              </div>
            </div>
          </details>
        </section>
      )}

      <PastRevisions meetingId={meetingId} revision={meeting.revision} />

      <section className="card" aria-labelledby="export-h">
        <h2 id="export-h">Esporta</h2>
        <div className="actions">
          <button type="button" className="button--primary" onClick={() => void exportDocx()} disabled={exporting}>
            Esporta verbale DOCX
          </button>
          <ExportPdfButton meetingId={meetingId} />
          <button type="button" onClick={() => void exportJson()}>
            Esporta file di seduta (JSON)
          </button>
        </div>
        {exporting && (
          <p role="status">
            <progress aria-label="Esportazione in corso" /> Esportazione in corso…
          </p>
        )}
        {docx && (
          <p role="status" data-testid="docx-ready">
            Verbale pronto:{' '}
            <a href={docx.url} download={docx.name} data-testid="docx-link">
              Scarica {docx.name}
            </a>
          </p>
        )}
        {json && (
          <p>
            <a href={json.url} download={json.name}>
              Scarica {json.name}
            </a>
          </p>
        )}
      </section>
    </div>
  );
}

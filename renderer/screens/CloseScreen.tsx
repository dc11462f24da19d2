import { useCallback, useEffect, useState } from 'react';
import type { Draft } from '../../shared/api/contract';
import { draftItemId, parseStatementDraft } from '../../shared/api/drafts';
import type { MeetingCheck } from '../../shared/rules/types';
import { plural } from '../../shared/phrasing';
import { href } from '../app/router';
import { useFocusHeading } from '../app/focus';
import { ExportDocxButton } from '../components/ExportDocxButton';
import { ExportPdfButton } from '../components/ExportPdfButton';
import { ExportPublicCopy } from '../components/ExportPublicCopy';
import { PastRevisions } from '../components/PastRevisions';
import { SigningPanel } from '../components/SigningPanel';
import { TavoloSessionFields } from '../components/TavoloSessionFields';
import { STATUS_LABEL, displayDate, nowTime } from '../lib/format';
import { useMeeting } from '../store/meeting';
import { read, saveDraft } from '../store/calls';

/**
 * The final check (pending drafts included), closing at a time she confirms (a reopened meeting keeps its stored
 * time unless she changes it), reopening, and export (DOCX in one step, JSON).
 */
export function CloseScreen({ meetingId }: { meetingId: string }) {
  const heading = useFocusHeading();
  const view = useMeeting((s) => (s.view?.meeting.id === meetingId ? s.view : null));
  const load = useMeeting((s) => s.load);
  const loadError = useMeeting((s) => s.loadError);
  const act = useMeeting((s) => s.act);
  /** The time she typed; null: the stored one (a reopened meeting) or now. */
  const [typedEndTime, setTypedEndTime] = useState<string | null>(null);
  const [changingEndTime, setChangingEndTime] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [check, setCheck] = useState<MeetingCheck | null>(null);
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  const [json, setJson] = useState<{ name: string; url: string } | null>(null);
  const [reason, setReason] = useState('');

  const verify = useCallback(async () => {
    const [checked, pending] = await Promise.all([read('meetings.check', { meetingId }), read('meetings.drafts', { meetingId })]);
    setCheck(checked);
    setDrafts(pending);
  }, [meetingId]);

  useEffect(() => {
    void load(meetingId).then(verify);
  }, [load, meetingId, verify]);

  useEffect(
    () => () => {
      if (json?.url) URL.revokeObjectURL(json.url);
    },
    [json],
  );

  if (!view) return loadError ? <p role="alert">{loadError}</p> : <p role="status">Caricamento…</p>;
  const { meeting } = view;
  const storedEndTime = meeting.endTime;
  const keepsStoredTime = storedEndTime !== null && !changingEndTime;
  const endTime = keepsStoredTime ? storedEndTime : (typedEndTime ?? nowTime());
  const pendingDrafts = drafts ?? [];

  async function close() {
    const result = await act('meetings.close', keepsStoredTime ? { meetingId } : { meetingId, endTime });
    setConfirming(false);
    if (result) await verify();
  }

  async function discard(key: string) {
    const saved = await saveDraft({ meetingId, key, text: '' });
    if (saved) await verify();
  }

  function itemOfDraft(key: string): string {
    const index = meeting.items.findIndex((item) => item.id === draftItemId(key));
    return index < 0 ? 'punto eliminato' : `Punto ${index + 1}: ${meeting.items[index]!.title}`;
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
        ) : check.ok && pendingDrafts.length === 0 ? (
          <p className="ok" data-testid="check-ok">
            {meeting.body.tavolo
              ? 'Nessun problema: presenze e voci del tavolo sono coerenti.'
              : `Nessun problema: presenze, quorum e conteggi dei voti sono coerenti (${plural(check.decisions.length, 'decisione verificata', 'decisioni verificate')}).`}
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
              {pendingDrafts.map((draft) => (
                <li key={draft.key} data-testid="pending-draft">
                  {itemOfDraft(draft.key)}: intervento non registrato «{parseStatementDraft(draft.text).text}».{' '}
                  <a href={href({ name: 'live', meetingId })}>Registralo nella seduta</a> oppure{' '}
                  <button type="button" className="button--quiet" onClick={() => void discard(draft.key)}>
                    Scarta la bozza
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        <button type="button" onClick={() => void verify()}>
          Ripeti la verifica
        </button>
      </section>

      {meeting.body.tavolo && <TavoloSessionFields meeting={meeting} />}

      {meeting.status !== 'closed' ? (
        <section className="card" aria-labelledby="close-h">
          <h2 id="close-h">Chiudi la seduta</h2>
          <div className="form-grid">
            {keepsStoredTime ? (
              <p data-testid="stored-end-time">
                Ora di chiusura registrata: <strong>{storedEndTime}</strong>{' '}
                <button type="button" className="button--quiet" onClick={() => setChangingEndTime(true)}>
                  Cambia l&apos;ora di chiusura
                </button>
              </p>
            ) : (
              <label>
                Ora di chiusura
                <input type="time" value={endTime} onChange={(e) => setTypedEndTime(e.target.value)} required data-testid="end-time" />
              </label>
            )}
            <div className="form-actions">
              {confirming ? (
                <>
                  <button type="button" className="button--primary" onClick={() => void close()} autoFocus data-testid="confirm-close">
                    Conferma: chiudi alle {endTime}
                  </button>
                  <button type="button" onClick={() => setConfirming(false)}>
                    Non ancora
                  </button>
                </>
              ) : (
                <button type="button" className="button--primary" onClick={() => setConfirming(true)} disabled={meeting.status !== 'live' || pendingDrafts.length > 0}>
                  Chiudi la seduta
                </button>
              )}
            </div>
          </div>
          {confirming && (
            <p role="alert" data-testid="close-question">
              Chiudere la seduta alle <strong>{endTime}</strong>? Dopo la chiusura non si modifica più.
            </p>
          )}
          {pendingDrafts.length > 0 && <p className="muted">Prima registra o scarta gli interventi non registrati elencati nella verifica.</p>}
          {meeting.status === 'draft' && <p className="muted">La seduta non è ancora stata aperta.</p>}
          <p className="muted">Una seduta chiusa non si modifica più: una correzione successiva diventa una nuova revisione registrata.</p>
        </section>
      ) : (
        <section className="card" aria-labelledby="reopen-h">
          <h2 id="reopen-h">Seduta chiusa alle {meeting.endTime}</h2>
          <p>
            <a href={href({ name: 'live', meetingId })}>Consulta la seduta</a> punto per punto, con il verbale intero (sola lettura).
          </p>
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

      {meeting.status === 'closed' && <SigningPanel meetingId={meetingId} revision={meeting.revision} />}

      <PastRevisions meetingId={meetingId} revision={meeting.revision} />

      <section className="card" aria-labelledby="export-h">
        <h2 id="export-h">Esporta</h2>
        <div className="actions">
          <ExportDocxButton meetingId={meetingId} primary />
          <ExportPdfButton meetingId={meetingId} />
          <ExportPublicCopy meetingId={meetingId} />
          <button type="button" onClick={() => void exportJson()}>
            Esporta file di seduta (JSON)
          </button>
        </div>
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

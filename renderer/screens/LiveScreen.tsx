import { useCallback, useEffect, useRef, useState } from 'react';
import type { Decision } from '../../shared/model';
import { href } from '../app/router';
import { shortcutLabel, useShortcuts, type ShortcutId } from '../app/shortcuts';
import { AttendancePanel } from '../components/AttendancePanel';
import { MovementDialog, type MovementInput } from '../components/MovementDialog';
import { NoteDialog } from '../components/NoteDialog';
import { QuorumPanel } from '../components/QuorumPanel';
import { StatementComposer } from '../components/StatementComposer';
import { Timeline } from '../components/Timeline';
import { VerbalePreview } from '../components/VerbalePreview';
import { VoteDialog, type DecisionInput } from '../components/VoteDialog';
import { STATUS_LABEL, displayDate } from '../lib/format';
import { useMeeting } from '../store/meeting';

type Dialog =
  | { kind: 'vote'; unanimous: boolean }
  | { kind: 'editDecision'; decision: Decision; entryIndex: number }
  | { kind: 'movement'; movement: 'arrival' | 'departure' }
  | { kind: 'note' }
  | null;

export function LiveScreen({ meetingId }: { meetingId: string }) {
  const view = useMeeting((s) => (s.view?.meeting.id === meetingId ? s.view : null));
  const load = useMeeting((s) => s.load);
  const loadError = useMeeting((s) => s.loadError);
  const act = useMeeting((s) => s.act);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState('');
  const speakerRef = useRef<HTMLInputElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void load(meetingId);
  }, [load, meetingId]);

  const meeting = view?.meeting;
  const live = meeting?.status === 'live';
  const itemIndex = meeting ? Math.max(0, meeting.items.findIndex((i) => i.id === meeting.currentItemId)) : 0;
  const item = meeting?.items[itemIndex];

  // Focus lands where the next keystroke belongs: the speaker field when live, the heading otherwise.
  const loaded = Boolean(meeting);
  useEffect(() => {
    if (!loaded) return;
    if (live) speakerRef.current?.focus();
    else headingRef.current?.focus();
  }, [loaded, live]);

  const closeDialog = useCallback(() => {
    setDialog(null);
    setTimeout(() => speakerRef.current?.focus(), 0);
  }, []);

  const goToItem = useCallback(
    (index: number) => {
      const target = meeting?.items[index];
      if (!meeting || !target || target.id === meeting.currentItemId) return;
      void act('meetings.setCurrentItem', { meetingId: meeting.id, itemId: target.id }).then(() => speakerRef.current?.focus());
    },
    [act, meeting],
  );

  async function undo() {
    if (!meeting) return;
    const result = await act('meetings.undo', { meetingId: meeting.id });
    if (result) setNotice('Ultima azione annullata.');
  }

  const handlers: Partial<Record<ShortcutId, () => void>> = live
    ? {
        newStatement: () => speakerRef.current?.focus(),
        searchSpeaker: () => {
          speakerRef.current?.focus();
          speakerRef.current?.select();
        },
        arrival: () => setDialog({ kind: 'movement', movement: 'arrival' }),
        departure: () => setDialog({ kind: 'movement', movement: 'departure' }),
        vote: () => setDialog({ kind: 'vote', unanimous: false }),
        unanimity: () => setDialog({ kind: 'vote', unanimous: true }),
        nextItem: () => goToItem(itemIndex + 1),
        previousItem: () => goToItem(itemIndex - 1),
        undo: () => void undo(),
        note: () => setDialog({ kind: 'note' }),
      }
    : { undo: () => void undo() };
  useShortcuts(handlers, dialog === null);

  if (!view || !meeting) {
    return loadError ? <p role="alert">{loadError}</p> : <p role="status">Caricamento della seduta…</p>;
  }

  const position = { itemIndex, entryIndex: item?.entries.length ?? 0 };
  const addEntry = async (entry: DecisionInput | MovementInput | { type: 'note'; text: string }) => {
    if (!item) return false;
    const result = await act('meetings.addEntry', { meetingId: meeting.id, itemId: item.id, entry });
    return result !== null;
  };

  return (
    <div className="live">
      <div className="live__head">
        <h1 ref={headingRef} tabIndex={-1}>
          Seduta del {displayDate(meeting.date)} <span className={`badge badge--${meeting.status}`}>{STATUS_LABEL[meeting.status]}</span>
        </h1>
        <nav className="actions" aria-label="Seduta">
          <a href={href({ name: 'setup', meetingId })}>Preparazione</a>
          <a href={href({ name: 'chair', meetingId })} target="_blank" rel="noreferrer">
            Schermo presidente
          </a>
          <button type="button" onClick={() => void undo()} disabled={!view.canUndo}>
            Annulla ultima azione <kbd>{shortcutLabel('undo')}</kbd>
          </button>
          <a className="button" href={href({ name: 'close', meetingId })}>
            {meeting.status === 'closed' ? 'Esporta' : 'Chiusura ed esportazione'}
          </a>
        </nav>
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        {notice}
      </p>
      {meeting.status === 'draft' && (
        <div className="banner">
          <p>
            Fai l&apos;appello (pannello a destra), poi apri la seduta. Il quorum si aggiorna a ogni spunta.
          </p>
          <button type="button" className="button--primary" onClick={() => void act('meetings.start', { meetingId })} disabled={meeting.items.length === 0}>
            Apri la seduta
          </button>
          {meeting.items.length === 0 && <span>Prima aggiungi i punti all&apos;ordine del giorno in Preparazione.</span>}
        </div>
      )}
      <div className="live__grid">
        <nav className="live__agenda card" aria-labelledby="agenda-nav-h">
          <h2 id="agenda-nav-h">Ordine del giorno</h2>
          <ol>
            {meeting.items.map((it, index) => (
              <li key={it.id}>
                <button
                  type="button"
                  className={index === itemIndex ? 'agenda-item is-current' : 'agenda-item'}
                  aria-current={index === itemIndex ? 'step' : undefined}
                  onClick={() => goToItem(index)}
                >
                  <span className="agenda-item__n">{index + 1}.</span> {it.title}
                  <span className="muted"> ({it.entries.length})</span>
                </button>
              </li>
            ))}
          </ol>
          <p className="muted small">
            <kbd>{shortcutLabel('previousItem')}</kbd> / <kbd>{shortcutLabel('nextItem')}</kbd>
          </p>
        </nav>
        <section className="live__center" aria-labelledby="current-item-h">
          {item ? (
            <>
              <h2 id="current-item-h" data-testid="current-item">
                Punto {itemIndex + 1}: {item.title}
                {item.attachments.length > 0 && <span className="muted"> ({item.attachments.map((a) => a.label).join(', ')})</span>}
              </h2>
              {live && (
                <div className="toolbar" role="toolbar" aria-label="Azioni della seduta">
                  <button type="button" onClick={() => speakerRef.current?.focus()}>
                    Intervento <kbd>{shortcutLabel('newStatement')}</kbd>
                  </button>
                  <button type="button" onClick={() => setDialog({ kind: 'movement', movement: 'arrival' })}>
                    Arrivo <kbd>{shortcutLabel('arrival')}</kbd>
                  </button>
                  <button type="button" onClick={() => setDialog({ kind: 'movement', movement: 'departure' })}>
                    Uscita <kbd>{shortcutLabel('departure')}</kbd>
                  </button>
                  <button type="button" onClick={() => setDialog({ kind: 'vote', unanimous: false })}>
                    Votazione <kbd>{shortcutLabel('vote')}</kbd>
                  </button>
                  <button type="button" onClick={() => setDialog({ kind: 'vote', unanimous: true })}>
                    Unanimità <kbd>{shortcutLabel('unanimity')}</kbd>
                  </button>
                  <button type="button" onClick={() => setDialog({ kind: 'note' })}>
                    Nota <kbd>{shortcutLabel('note')}</kbd>
                  </button>
                </div>
              )}
              <Timeline view={view} itemIndex={itemIndex} onEditDecision={(decision, entryIndex) => setDialog({ kind: 'editDecision', decision, entryIndex })} />
              {live && <StatementComposer meeting={meeting} itemId={item.id} speakerRef={speakerRef} textRef={textRef} />}
            </>
          ) : (
            <p>
              Nessun punto all&apos;ordine del giorno. <a href={href({ name: 'setup', meetingId })}>Aggiungili in Preparazione</a>.
            </p>
          )}
        </section>
        <aside className="live__side" aria-label="Quorum e presenze">
          <QuorumPanel quorum={view.quorumNow} inRoom={view.presenceNow.inRoom} remote={view.presenceNow.remote} />
          <AttendancePanel view={view} currentItemId={item?.id ?? null} />
        </aside>
      </div>
      <VerbalePreview meeting={meeting} itemId={item?.id ?? null} />

      {dialog?.kind === 'vote' && (
        <VoteDialog meeting={meeting} position={position} startUnanimous={dialog.unanimous} onSubmit={addEntry} onClose={closeDialog} />
      )}
      {dialog?.kind === 'editDecision' && (
        <VoteDialog
          meeting={meeting}
          position={{ itemIndex, entryIndex: dialog.entryIndex }}
          initial={dialog.decision}
          onSubmit={async (entry) => (await act('meetings.updateEntry', { meetingId, entryId: dialog.decision.id, entry })) !== null}
          onClose={closeDialog}
        />
      )}
      {dialog?.kind === 'movement' && (
        <MovementDialog meeting={meeting} position={position} initialKind={dialog.movement} onSubmit={addEntry} onClose={closeDialog} />
      )}
      {dialog?.kind === 'note' && <NoteDialog onSubmit={(text) => addEntry({ type: 'note', text })} onClose={closeDialog} />}
    </div>
  );
}

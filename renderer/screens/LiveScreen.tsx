import { useCallback, useEffect, useRef, useState } from 'react';
import type { Decision, TavoloEntry } from '../../shared/model';
import { href } from '../app/router';
import { shortcutApplies, shortcutLabel, useShortcuts, type ShortcutId } from '../app/shortcuts';
import { AttendancePanel } from '../components/AttendancePanel';
import { ExportDocxButton } from '../components/ExportDocxButton';
import { MovementDialog, type MovementInput } from '../components/MovementDialog';
import { NoteDialog } from '../components/NoteDialog';
import { QuorumPanel } from '../components/QuorumPanel';
import { TavoloAttendance } from '../components/TavoloAttendance';
import { TavoloEntryDialog } from '../components/TavoloEntryDialog';
import { StatementComposer, type ComposerRefill } from '../components/StatementComposer';
import { OmissisSpanActions } from '../components/OmissisActions';
import { OmissisText } from '../components/OmissisText';
import { Timeline } from '../components/Timeline';
import { VerbalePreview } from '../components/VerbalePreview';
import { VoteDialog, type DecisionInput } from '../components/VoteDialog';
import { STATUS_LABEL, displayDate } from '../lib/format';
import { KIND_TITLE, type TavoloEntryInput, type TavoloEntryKind } from '../lib/tavolo-entry-form';
import { removedStatement } from '../lib/undo';
import { draftItemId } from '../../shared/api/drafts';
import { read } from '../store/calls';
import { useMeeting } from '../store/meeting';

type Dialog =
  | { kind: 'vote'; unanimous: boolean; noted?: boolean }
  | { kind: 'editDecision'; decision: Decision; entryIndex: number }
  | { kind: 'movement'; movement: 'arrival' | 'departure' }
  | { kind: 'note' }
  | { kind: 'tavolo'; entryKind: TavoloEntryKind; initial?: TavoloEntry }
  | null;

/** The tavolo's own entries in the action bar; its contributions are the composer's («Contributo o intervento»). */
const TAVOLO_TOOLBAR = ['agreement', 'divergence', 'commitment', 'writtenContribution'] as const satisfies readonly (TavoloEntryKind & ShortcutId)[];

/** `entryId`: opened from a search hit, the screen shows that entry's item and brings the entry into view. */
export function LiveScreen({ meetingId, entryId }: { meetingId: string; entryId?: string }) {
  const view = useMeeting((s) => (s.view?.meeting.id === meetingId ? s.view : null));
  const load = useMeeting((s) => s.load);
  const loadError = useMeeting((s) => s.loadError);
  const act = useMeeting((s) => s.act);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState('');
  const [refill, setRefill] = useState<ComposerRefill | null>(null);
  const [draftItemIds, setDraftItemIds] = useState<ReadonlySet<string>>(new Set());
  /** A closed meeting is read, not written: the item shown is chosen here, never stored. */
  const [readItemId, setReadItemId] = useState<string | null>(null);

  const speakerRef = useRef<HTMLInputElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void load(meetingId);
  }, [load, meetingId]);

  useEffect(() => {
    void read('meetings.drafts', { meetingId }).then((drafts) => {
      if (drafts) setDraftItemIds(new Set(drafts.map((d) => draftItemId(d.key)).filter((id) => id !== null)));
    });
  }, [meetingId]);

  const onDraftState = useCallback((itemId: string, pending: boolean) => {
    setDraftItemIds((ids) => {
      if (ids.has(itemId) === pending) return ids;
      const next = new Set(ids);
      if (pending) next.add(itemId);
      else next.delete(itemId);
      return next;
    });
  }, []);

  const meeting = view?.meeting;
  const live = meeting?.status === 'live';
  const closed = meeting?.status === 'closed';
  const shownItemId = closed && readItemId ? readItemId : meeting?.currentItemId;
  const itemIndex = meeting ? Math.max(0, meeting.items.findIndex((i) => i.id === shownItemId)) : 0;
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
      if (!meeting || !target) return;
      if (meeting.status === 'closed') {
        setReadItemId(target.id);
        return;
      }
      if (target.id === meeting.currentItemId) return;
      void act('meetings.setCurrentItem', { meetingId: meeting.id, itemId: target.id }).then(() => speakerRef.current?.focus());
    },
    [act, meeting],
  );

  // A search hit: show the entry's item once the meeting is here (a live meeting moves to it as an item click does).
  const wantedItemIndex = entryId && meeting ? meeting.items.findIndex((i) => i.entries.some((e) => e.id === entryId)) : -1;
  const openedAt = useRef(false);
  useEffect(() => {
    if (wantedItemIndex < 0 || openedAt.current) return;
    openedAt.current = true;
    goToItem(wantedItemIndex);
  }, [goToItem, wantedItemIndex]);
  const showsWanted = wantedItemIndex >= 0 && wantedItemIndex === itemIndex;
  useEffect(() => {
    if (!showsWanted || !entryId) return;
    const element = document.querySelector(`[data-entry-id="${CSS.escape(entryId)}"]`);
    element?.scrollIntoView({ block: 'center' });
  }, [showsWanted, entryId]);

  async function undo() {
    if (!view || !meeting || !view.undoLabel) return;
    const label = view.undoLabel;
    const result = await act('meetings.undo', { meetingId: meeting.id });
    if (!result) return;
    setNotice(`Annullato: ${label}.`);
    // An undone statement goes back to the composer, so the text she typed is not lost.
    const statement = removedStatement(meeting, result.meeting);
    if (statement) setRefill({ ...statement, kind: 'fill', at: Date.now() });
  }

  async function redo() {
    if (!view || !meeting || !view.redoLabel) return;
    const label = view.redoLabel;
    const result = await act('meetings.redo', { meetingId: meeting.id });
    if (!result) return;
    setNotice(`Ripetuto: ${label}.`);
    if (refill?.kind === 'fill') setRefill({ ...refill, kind: 'withdraw', at: Date.now() });
  }

  const tavolo = Boolean(meeting?.body.tavolo);
  const openTavolo = (entryKind: TavoloEntryKind) => setDialog({ kind: 'tavolo', entryKind });
  const liveHandlers: Partial<Record<ShortcutId, () => void>> = live
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
        redo: () => void redo(),
        note: () => setDialog({ kind: 'note' }),
        noted: () => setDialog({ kind: 'vote', unanimous: false, noted: true }),
        agreement: () => openTavolo('agreement'),
        divergence: () => openTavolo('divergence'),
        commitment: () => openTavolo('commitment'),
        writtenContribution: () => openTavolo('writtenContribution'),
      }
    : closed
      ? { nextItem: () => goToItem(itemIndex + 1), previousItem: () => goToItem(itemIndex - 1) }
      : { undo: () => void undo(), redo: () => void redo() };
  // A tavolo does not vote nor record movements; the Assemblea has no tavolo entries.
  const handlers = Object.fromEntries(Object.entries(liveHandlers).filter(([id]) => shortcutApplies(id as ShortcutId, tavolo)));
  useShortcuts(handlers, dialog === null);

  if (!view || !meeting) {
    return loadError ? <p role="alert">{loadError}</p> : <p role="status">Caricamento della seduta…</p>;
  }

  const position = { itemIndex, entryIndex: item?.entries.length ?? 0 };
  const addEntry = async (entry: DecisionInput | MovementInput | TavoloEntryInput | { type: 'note'; text: string }) => {
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
          {!closed && (
            <>
              <button type="button" onClick={() => void undo()} disabled={!view.undoLabel} data-testid="undo">
                {view.undoLabel ? `Annulla: ${view.undoLabel}` : 'Annulla'} <kbd>{shortcutLabel('undo')}</kbd>
              </button>
              {view.redoLabel && (
                <button type="button" onClick={() => void redo()} data-testid="redo">
                  Ripeti: {view.redoLabel} <kbd>{shortcutLabel('redo')}</kbd>
                </button>
              )}
            </>
          )}
          {closed && <ExportDocxButton meetingId={meetingId} primary />}
          <a className="button" href={href({ name: 'close', meetingId })}>
            {closed ? 'Revisioni e riapertura' : 'Chiusura ed esportazione'}
          </a>
        </nav>
      </div>
      <p className="notice" role="status" aria-live="polite" data-testid="live-notice">
        {notice}
      </p>
      {closed && (
        <p className="banner" data-testid="closed-banner">
          Seduta chiusa alle {meeting.endTime}: si consulta in sola lettura. Per una correzione riaprila da «Revisioni e riapertura».
        </p>
      )}
      {meeting.status === 'draft' && (
        <div className="banner">
          <p>
            Fai l&apos;appello (pannello a destra), poi apri la seduta.{tavolo ? ' Le presenze al tavolo si aggiornano a ogni spunta.' : ' Il quorum si aggiorna a ogni spunta.'}
          </p>
          <button type="button" className="button--primary" onClick={() => void act('meetings.start', { meetingId })} disabled={meeting.items.length === 0}>
            Apri la seduta
          </button>
          {meeting.items.length === 0 && <span>Prima aggiungi i punti all&apos;ordine del giorno in Preparazione.</span>}
        </div>
      )}
      <div className="live__grid">
        <nav className="live__agenda card" aria-labelledby="agenda-nav-h">
          <h2 id="agenda-nav-h">{tavolo ? 'Temi' : 'Ordine del giorno'}</h2>
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
                  {draftItemIds.has(it.id) && (
                    <span className="badge badge--draft" data-testid="draft-marker">
                      bozza
                    </span>
                  )}
                </button>
              </li>
            ))}
          </ol>
          <p className="muted small">
            <kbd>{shortcutLabel('previousItem')}</kbd> / <kbd>{shortcutLabel('nextItem')}</kbd>
          </p>
          {draftItemIds.size > 0 && (
            <p className="problem-inline small" data-testid="draft-list">
              Interventi non registrati (bozze) nei punti:{' '}
              {meeting.items.flatMap((it, index) => (draftItemIds.has(it.id) ? [String(index + 1)] : [])).join(', ')}
            </p>
          )}
        </nav>
        <section className="live__center" aria-labelledby="current-item-h">
          {item ? (
            <>
              <h2 id="current-item-h" data-testid="current-item">
                {tavolo ? 'Tema' : 'Punto'} {itemIndex + 1}: <OmissisText meeting={meeting} targetId={item.id} field="title" text={item.title} />
                {item.attachments.length > 0 && <span className="muted"> ({item.attachments.map((a) => a.label).join(', ')})</span>}
              </h2>
              {!closed && (
                <div className="entry__omissis" role="group" aria-label="Titolo del punto nella copia per la pubblicazione">
                  <OmissisSpanActions meeting={meeting} targetId={item.id} field="title" text={item.title} />
                </div>
              )}
              {live && (
                <div className="toolbar" role="toolbar" aria-label="Azioni della seduta">
                  <button type="button" onClick={() => speakerRef.current?.focus()}>
                    {tavolo ? 'Contributo o intervento' : 'Intervento'} <kbd>{shortcutLabel('newStatement')}</kbd>
                  </button>
                  {/* A tavolo neither votes nor records movements (its arrivals and departures are in its attendance);
                      a presa d'atto is a decision, which a tavolo's verbale does not print: its outcome is a punto condiviso. */}
                  {tavolo ? (
                    TAVOLO_TOOLBAR.map((entryKind) => (
                      <button key={entryKind} type="button" onClick={() => openTavolo(entryKind)}>
                        {KIND_TITLE[entryKind]} <kbd>{shortcutLabel(entryKind)}</kbd>
                      </button>
                    ))
                  ) : (
                    <>
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
                      <button type="button" onClick={() => setDialog({ kind: 'vote', unanimous: false, noted: true })}>
                        Presa d&apos;atto <kbd>{shortcutLabel('noted')}</kbd>
                      </button>
                    </>
                  )}
                  <button type="button" onClick={() => setDialog({ kind: 'note' })}>
                    Nota <kbd>{shortcutLabel('note')}</kbd>
                  </button>
                </div>
              )}
              <Timeline view={view} itemIndex={itemIndex} foundEntryId={showsWanted ? entryId : undefined} onEditDecision={(decision, entryIndex) => setDialog({ kind: 'editDecision', decision, entryIndex })}
                onEditTavoloEntry={(entry) => setDialog({ kind: 'tavolo', entryKind: entry.type, initial: entry })}
              />
              {live && (
                <StatementComposer meeting={meeting} itemId={item.id} speakerRef={speakerRef} textRef={textRef} refill={refill} onDraftState={onDraftState} />
              )}
            </>
          ) : (
            <p>
              Nessun punto all&apos;ordine del giorno. <a href={href({ name: 'setup', meetingId })}>Aggiungili in Preparazione</a>.
            </p>
          )}
        </section>
        <aside className="live__side" aria-label="Quorum e presenze">
          {meeting.body.tavolo ? (
            <TavoloAttendance meeting={meeting} />
          ) : (
            <QuorumPanel quorum={view.quorumNow} rules={meeting.body.rules} inRoom={view.presenceNow.inRoom} remote={view.presenceNow.remote} />
          )}
          <AttendancePanel view={view} currentItemId={item?.id ?? null} />
        </aside>
      </div>
      <VerbalePreview meeting={meeting} itemId={item?.id ?? null} whole={closed} />

      {dialog?.kind === 'vote' && (
        <VoteDialog meeting={meeting} position={position} startUnanimous={dialog.unanimous} startNoted={dialog.noted} onSubmit={addEntry} onClose={closeDialog} />
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
      {dialog?.kind === 'tavolo' && item && (
        <TavoloEntryDialog
          meeting={meeting}
          item={item}
          kind={dialog.entryKind}
          initial={dialog.initial}
          onSubmit={async (entry) => {
            if (!dialog.initial) return addEntry(entry);
            return (await act('meetings.updateEntry', { meetingId, entryId: dialog.initial.id, entry })) !== null;
          }}
          onClose={closeDialog}
        />
      )}
    </div>
  );
}

import { memo, useCallback, useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Meeting } from '../../shared/model';
import { parseStatementDraft, statementDraftKey, type StatementDraft } from '../../shared/api/drafts';
import { shortcutLabel } from '../app/shortcuts';
import type { ComposerSpeaker } from '../lib/tavolo-options';
import type { UndoneStatement } from '../lib/undo';
import { useMeeting } from '../store/meeting';
import { read, saveDraft } from '../store/calls';
import { ParticipantForm } from './ParticipantsTable';
import { SpeakerPicker } from './SpeakerPicker';

/** Drafts are saved this long after the last keystroke: a crash loses at most this much typing. */
export const DRAFT_DELAY_MS = 400;

interface Props {
  meeting: Meeting;
  itemId: string;
  speakerRef: RefObject<HTMLInputElement | null>;
  textRef: RefObject<HTMLTextAreaElement | null>;
  /** A statement undone (put its text back) or redone (take it away again if still untouched); `at` tells two apart. */
  refill: ComposerRefill | null;
  /** Whether this item now holds a draft, once the server has it. */
  onDraftState(itemId: string, pending: boolean): void;
}

export type ComposerRefill = UndoneStatement & { kind: 'fill' | 'withdraw'; at: number };

type DraftContent = StatementDraft;

/**
 * Speaker, then the text; Ctrl+Enter records it. The draft survives a reload or a crash. At a tavolo, what an
 * organisation's representative says is recorded as that organisation's contribution.
 */
export const StatementComposer = memo(function StatementComposer({ meeting, itemId, speakerRef, textRef, refill, onDraftState }: Props) {
  const act = useMeeting((s) => s.act);
  const [speaker, setSpeaker] = useState<ComposerSpeaker | null>(null);
  const [text, setText] = useState('');
  const [guestName, setGuestName] = useState<string | null>(null);
  const [restored, setRestored] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<DraftContent | null>(null);
  const meetingId = meeting.id;
  const closed = meeting.status === 'closed';

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const content = pending.current;
    pending.current = null;
    if (!content) return;
    const empty = !content.text && !content.speaker;
    void saveDraft({ meetingId, key: statementDraftKey(itemId), text: empty ? '' : JSON.stringify(content) }).then((saved) => {
      if (saved) onDraftState(itemId, !empty);
    });
  }, [meetingId, itemId, onDraftState]);

  const schedule = useCallback(
    (content: DraftContent) => {
      pending.current = content;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, DRAFT_DELAY_MS);
    },
    [flush],
  );

  // Restore this item's draft; save any pending one when leaving the item.
  useEffect(() => {
    let cancelled = false;
    setRestored(false);
    void read('meetings.drafts', { meetingId }).then((drafts) => {
      if (cancelled) return;
      // Unreadable drafts are reported by the status bar; she can still type.
      const content = parseStatementDraft(drafts?.find((d) => d.key === statementDraftKey(itemId))?.text);
      setSpeaker(content.speaker);
      setText(content.text);
      setRestored(true);
    });
    return () => {
      cancelled = true;
      flush();
    };
  }, [meetingId, itemId, flush]);

  useEffect(() => {
    const onUnload = () => flush();
    window.addEventListener('beforeunload', onUnload);
    return () => window.removeEventListener('beforeunload', onUnload);
  }, [flush]);

  async function record() {
    if (!speaker || !text.trim()) return;
    const entry =
      speaker.kind === 'representative'
        ? { type: 'contribution' as const, organisationId: speaker.organisationId, representativeId: speaker.representativeId, text: text.trim() }
        : { type: 'statement' as const, speaker, text: text.trim() };
    const result = await act('meetings.addEntry', { meetingId, itemId, entry });
    if (!result) return;
    pending.current = null;
    if (timer.current) clearTimeout(timer.current);
    void saveDraft({ meetingId, key: statementDraftKey(itemId), text: '' }).then((saved) => {
      if (saved) onDraftState(itemId, false);
    });
    setText('');
    setSpeaker(null);
    speakerRef.current?.focus();
  }

  // An undone statement comes back here (kept as a draft); redone, it leaves again if she has not touched it.
  const applied = useRef<number | null>(null);
  useEffect(() => {
    if (!refill || !restored || refill.itemId !== itemId || applied.current === refill.at) return;
    applied.current = refill.at;
    if (refill.kind === 'fill') {
      const next = text.trim() ? `${text}\n${refill.text}` : refill.text;
      const nextSpeaker = text.trim() ? speaker : refill.speaker;
      setSpeaker(nextSpeaker);
      setText(next);
      schedule({ speaker: nextSpeaker, text: next });
      textRef.current?.focus();
    } else if (text === refill.text) {
      setSpeaker(null);
      setText('');
      schedule({ speaker: null, text: '' });
    }
  }, [refill, restored, itemId, text, speaker, schedule, textRef]);

  function onTextKey(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void record();
    }
  }

  const onPickSpeaker = useCallback(
    (s: ComposerSpeaker) => {
      setSpeaker(s);
      schedule({ speaker: s, text: textRef.current?.value ?? '' });
      textRef.current?.focus();
    },
    [schedule, textRef],
  );

  async function addGuest(guest: { honorific: string; name: string; role: string; organisation: string; gender: 'm' | 'f' }) {
    const id = crypto.randomUUID();
    const view = await act('meetings.addGuest', { meetingId, guest: { ...guest, id } });
    if (!view) return;
    setGuestName(null);
    const next = { kind: 'participant', participantId: id } as const;
    setSpeaker(next);
    schedule({ speaker: next, text });
    textRef.current?.focus();
  }

  if (closed) return null;
  const canRecord = Boolean(speaker && text.trim());
  const contribution = speaker?.kind === 'representative';
  return (
    <section className="composer card" aria-labelledby="composer-h" data-testid="statement-composer">
      <h3 id="composer-h">
        {meeting.body.tavolo ? 'Nuovo contributo o intervento' : 'Nuovo intervento'} <kbd>{shortcutLabel('newStatement')}</kbd>
      </h3>
      <SpeakerPicker
        ref={speakerRef}
        meeting={meeting}
        value={speaker}
        onPick={onPickSpeaker}
        onNewGuest={setGuestName}
      />
      {guestName !== null && (
        <div className="guest-form" data-testid="guest-form">
          <h4>Nuovo ospite</h4>
          <ParticipantForm
            value={{ honorific: '', name: guestName, role: '', organisation: '', gender: 'm' }}
            submitLabel="Aggiungi ospite"
            onSubmit={(g) => void addGuest(g)}
            onCancel={() => {
              setGuestName(null);
              speakerRef.current?.focus();
            }}
          />
        </div>
      )}
      <label htmlFor="statement-text">{contribution ? 'Testo del contributo' : 'Testo dell\'intervento'}</label>
      <textarea
        id="statement-text"
        ref={textRef}
        rows={4}
        value={text}
        disabled={!restored}
        onChange={(e) => {
          setText(e.target.value);
          schedule({ speaker, text: e.target.value });
        }}
        onKeyDown={onTextKey}
        placeholder="illustra la proposta …"
        data-testid="statement-text"
      />
      <div className="form-actions">
        <button type="button" className="button--primary" onClick={() => void record()} disabled={!canRecord}>
          {contribution ? 'Registra contributo' : 'Registra intervento'} <kbd>Ctrl+Invio</kbd>
        </button>
        {!speaker && text && <span className="muted">Scegli l&apos;oratore per registrare.</span>}
      </div>
    </section>
  );
});

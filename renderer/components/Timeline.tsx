import { isTavoloEntry } from '../../shared/model/tavolo';
import { tavoloEntryLine } from '../../shared/tavolo';
import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { MeetingView, MethodInput } from '../../shared/api/contract';
import { MovementKindSchema, type Decision, type Meeting, type Movement, type MovementKind, type Note, type Statement, type TavoloEntry, type TimelineEntry } from '../../shared/model';
import { MOVEMENT_ACTION, decisionPhrasing, decisionSentence } from '../../shared/phrasing';
import { membersInSeatOrder } from '../../shared/rules';
import { memberById, speakerKey, speakerOptions } from '../lib/people';
import { useMeeting } from '../store/meeting';
import { OmissisActions } from './OmissisActions';
import { OmissisText, OmissisWithin } from './OmissisText';

interface Props {
  view: MeetingView;
  itemIndex: number;
  onEditDecision(decision: Decision, entryIndex: number): void;
  /** A tavolo's entries are edited in the dialog they were entered with. */
  onEditTavoloEntry(entry: TavoloEntry): void;
  /** The entry a search hit opened: marked until the screen is left. */
  foundEntryId?: string;
}

/** The current item's entries only (big meetings stay fast), each editable in place. */
export const Timeline = memo(function Timeline({ view, itemIndex, onEditDecision, onEditTavoloEntry, foundEntryId }: Props) {
  const { meeting } = view;
  const item = meeting.items[itemIndex];
  const lastAdded = useMeeting((s) => s.lastAddedEntryId);
  const listRef = useRef<HTMLOListElement>(null);
  const { outcomes } = view.check;

  useEffect(() => {
    if (!lastAdded) return;
    listRef.current?.querySelector(`[data-entry-id="${CSS.escape(lastAdded)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [lastAdded, item?.entries.length]);

  if (!item) return null;
  return (
    <section aria-labelledby="timeline-h" className="timeline">
      <h3 id="timeline-h">{meeting.body.tavolo ? 'Cronologia del tema' : 'Cronologia del punto'} ({item.entries.length})</h3>
      {item.entries.length === 0 && (
        <p className="muted">
          {meeting.body.tavolo
            ? 'Ancora nulla su questo tema: registra un contributo, un punto condiviso, una posizione divergente o un impegno.'
            : 'Ancora nulla in questo punto: registra un intervento, un movimento o una decisione.'}
        </p>
      )}
      <ol ref={listRef} className="timeline__list" data-testid="timeline">
        {item.entries.map((entry, entryIndex) => (
          <EntryRow
            key={entry.id}
            entry={entry}
            meeting={meeting}
            outcome={outcomes[entry.id]}
            found={entry.id === foundEntryId}
            onEditDecision={(d) => onEditDecision(d, entryIndex)}
            onEditTavoloEntry={onEditTavoloEntry}
          />
        ))}
      </ol>
    </section>
  );
});

interface RowProps {
  entry: TimelineEntry;
  meeting: Meeting;
  outcome: string | undefined;
  found: boolean;
  onEditDecision(d: Decision): void;
  onEditTavoloEntry(entry: TavoloEntry): void;
}

function EntryRow({ entry, meeting, outcome, found, onEditDecision, onEditTavoloEntry }: RowProps) {
  const act = useMeeting((s) => s.act);
  const [editing, setEditing] = useState(false);
  const closed = meeting.status === 'closed';
  const remove = () => void act('meetings.deleteEntry', { meetingId: meeting.id, entryId: entry.id });
  const edit = () => {
    if (entry.type === 'decision') onEditDecision(entry);
    else if (isTavoloEntry(entry)) onEditTavoloEntry(entry);
    else setEditing(true);
  };

  return (
    <li className={`entry entry--${entry.type}${found ? ' entry--found' : ''}`} data-entry-id={entry.id} data-testid={`entry-${entry.type}`}>
      {editing ? (
        <EntryEditor entry={entry} meeting={meeting} onDone={() => setEditing(false)} />
      ) : (
        <>
          <div className="entry__body">
            <EntryText entry={entry} meeting={meeting} outcome={outcome} />
          </div>
          {!closed && (
            <div className="entry__actions">
              <button type="button" className="button--quiet" onClick={edit}>
                Modifica
              </button>
              <button type="button" className="button--quiet" onClick={remove}>
                Elimina
              </button>
            </div>
          )}
          {!closed && (
            <div className="entry__omissis" role="group" aria-label="Copia per la pubblicazione">
              <OmissisActions meeting={meeting} entry={entry} />
            </div>
          )}
        </>
      )}
    </li>
  );
}

function EntryText({ entry, meeting, outcome }: { entry: TimelineEntry; meeting: Meeting; outcome: string | undefined }) {
  const members = memberById(meeting);
  if (isTavoloEntry(entry)) {
    const { kind, who, text } = tavoloEntryLine(meeting, entry);
    return (
      <p>
        <span className="entry__kind">{kind.charAt(0).toLocaleUpperCase('it-IT') + kind.slice(1)}</span>
        {who && <strong> {who}</strong>}: {text}
      </p>
    );
  }
  switch (entry.type) {
    case 'statement': {
      const option = speakerOptions(meeting).find((o) => o.key === speakerKey(entry.speaker));
      return (
        <p>
          <span className="entry__kind">Intervento</span> <strong>{option?.name.toUpperCase() ?? '—'}</strong>{' '}
          <span className="muted">({option?.detail})</span>: <OmissisText meeting={meeting} targetId={entry.id} field="text" text={entry.text} />
        </p>
      );
    }
    case 'movement': {
      const m = members.get(entry.memberId);
      const where = entry.movement === 'arrival' || entry.movement === 'return' ? (entry.mode === 'remote' ? ' (da remoto)' : ' (in aula)') : '';
      return (
        <p>
          <span className="entry__kind">Ore {entry.time}</span> {MOVEMENT_ACTION[entry.movement]}: {m ? `${m.seat}. ${m.entity}` : 'componente sconosciuto'}
          {where}
          {entry.reason && (
            <span className="muted">
              {' — '}
              <OmissisText meeting={meeting} targetId={entry.id} field="reason" text={entry.reason} />
            </span>
          )}
        </p>
      );
    }
    case 'decision': {
      let sentence: string;
      try {
        sentence = decisionSentence(decisionPhrasing(meeting, entry, (outcome as 'approved') ?? 'none'));
      } catch {
        sentence = entry.subject;
      }
      return (
        <p>
          <strong>DECISIONE:</strong> <OmissisWithin meeting={meeting} targetId={entry.id} field="subject" text={entry.subject} sentence={sentence} />
        </p>
      );
    }
    case 'note':
      return (
        <p>
          <span className="entry__kind">Nota</span> <OmissisText meeting={meeting} targetId={entry.id} field="text" text={entry.text} />
        </p>
      );
  }
}

function EntryEditor({ entry, meeting, onDone }: { entry: TimelineEntry; meeting: Meeting; onDone(): void }) {
  if (entry.type === 'statement') return <StatementEditor entry={entry} meeting={meeting} onDone={onDone} />;
  if (entry.type === 'movement') return <MovementEditor entry={entry} meeting={meeting} onDone={onDone} />;
  if (entry.type === 'note') return <NoteEditor entry={entry} meeting={meeting} onDone={onDone} />;
  return null;
}

function useSave(meeting: Meeting, entryId: string, onDone: () => void) {
  const act = useMeeting((s) => s.act);
  return async (entry: MethodInput<'meetings.updateEntry'>['entry']) => {
    const result = await act('meetings.updateEntry', { meetingId: meeting.id, entryId, entry });
    if (result) onDone();
  };
}

function StatementEditor({ entry, meeting, onDone }: { entry: Statement; meeting: Meeting; onDone(): void }) {
  const save = useSave(meeting, entry.id, onDone);
  const options = speakerOptions(meeting);
  const [key, setKey] = useState(speakerKey(entry.speaker));
  const [text, setText] = useState(entry.text);
  const speaker = options.find((o) => o.key === key)?.speaker ?? entry.speaker;
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        void save({ type: 'statement', speaker, text });
      }}
    >
      <label>
        Oratore
        <select value={key} onChange={(e) => setKey(e.target.value)}>
          {options.map((o) => (
            <option key={o.key} value={o.key}>
              {o.name} — {o.detail}
            </option>
          ))}
        </select>
      </label>
      <label>
        Testo
        <textarea rows={4} value={text} onChange={(e) => setText(e.target.value)} onKeyDown={submitOnCtrlEnter} autoFocus />
      </label>
      <EditorActions onCancel={onDone} />
    </form>
  );
}

function MovementEditor({ entry, meeting, onDone }: { entry: Movement; meeting: Meeting; onDone(): void }) {
  const save = useSave(meeting, entry.id, onDone);
  const [time, setTime] = useState(entry.time);
  const [movement, setMovement] = useState<MovementKind>(entry.movement);
  const [mode, setMode] = useState(entry.mode);
  const [reason, setReason] = useState(entry.reason);
  const [memberId, setMemberId] = useState(entry.memberId);
  return (
    <form
      className="form-grid"
      onSubmit={(e) => {
        e.preventDefault();
        void save({ ...entry, type: 'movement', time, movement, mode, reason, memberId });
      }}
    >
      <label>
        Ora
        <input type="time" value={time} onChange={(e) => setTime(e.target.value)} autoFocus required />
      </label>
      <label>
        Movimento
        <select value={movement} onChange={(e) => setMovement(e.target.value as MovementKind)}>
          {MovementKindSchema.options.map((k) => (
            <option key={k} value={k}>
              {MOVEMENT_ACTION[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Componente
        <select value={memberId} onChange={(e) => setMemberId(e.target.value)}>
          {membersInSeatOrder(meeting).map((m) => (
            <option key={m.id} value={m.id}>
              {m.seat}. {m.entity}
            </option>
          ))}
        </select>
      </label>
      <label>
        Dove
        <select value={mode} onChange={(e) => setMode(e.target.value as 'room' | 'remote')}>
          <option value="room">In aula</option>
          <option value="remote">Da remoto</option>
        </select>
      </label>
      <label className="span-2">
        Motivo
        <input value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <EditorActions onCancel={onDone} />
    </form>
  );
}

function NoteEditor({ entry, meeting, onDone }: { entry: Note; meeting: Meeting; onDone(): void }) {
  const save = useSave(meeting, entry.id, onDone);
  const [text, setText] = useState(entry.text);
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        void save({ type: 'note', text });
      }}
    >
      <label>
        Testo della nota
        <textarea rows={3} value={text} onChange={(e) => setText(e.target.value)} onKeyDown={submitOnCtrlEnter} autoFocus />
      </label>
      <EditorActions onCancel={onDone} />
    </form>
  );
}

/** Ctrl+Invio saves an edit as it records a new statement. */
function submitOnCtrlEnter(event: KeyboardEvent<HTMLTextAreaElement>) {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    event.currentTarget.form?.requestSubmit();
  }
}

function EditorActions({ onCancel }: { onCancel(): void }) {
  return (
    <div className="form-actions">
      <button type="submit" className="button--primary">
        Salva modifica <kbd>Ctrl+Invio</kbd>
      </button>
      <button type="button" onClick={onCancel}>
        Annulla
      </button>
    </div>
  );
}

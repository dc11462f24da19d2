import { useMemo, useState, type KeyboardEvent } from 'react';
import { MovementKindSchema, type Meeting, type MovementKind, type TimelinePosition } from '../../shared/model';
import { MOVEMENT_ACTION, MOVEMENT_NAME } from '../../shared/phrasing';
import { presenceAt } from '../../shared/rules';
import { nowTime } from '../lib/format';
import { matchMembers, memberById, pickMember } from '../lib/people';
import { defaultPresence, presenceChoices } from '../lib/roll-call';
import { Modal } from './Modal';

export interface MovementInput {
  type: 'movement';
  memberId: string;
  movement: MovementKind;
  time: string;
  mode: 'room' | 'remote';
  representative: null;
  reason: string;
}

interface Props {
  meeting: Meeting;
  position: TimelinePosition;
  initialKind: 'arrival' | 'departure';
  onSubmit(movement: MovementInput): Promise<boolean>;
  onClose(): void;
}

/** Arrival or departure by keyboard: type the seat number or a name, Enter records it at the current time. */
export function MovementDialog({ meeting, position, initialKind, onSubmit, onClose }: Props) {
  const [kind, setKind] = useState<MovementKind>(initialKind);
  const [query, setQuery] = useState('');
  const [time, setTime] = useState(nowTime());
  const [mode, setMode] = useState<'room' | 'remote'>(defaultPresence(meeting));
  const [reason, setReason] = useState('');
  const snapshot = useMemo(() => presenceAt(meeting, { itemIndex: position.itemIndex, entryIndex: position.entryIndex }), [meeting, position.itemIndex, position.entryIndex]);
  const members = useMemo(() => memberById(meeting), [meeting]);
  const entering = kind === 'arrival' || kind === 'return';
  const candidates = snapshot.members
    .filter((m) => (entering ? m.presence === 'absent' : m.presence !== 'absent'))
    .map((m) => members.get(m.memberId))
    .filter((m) => m !== undefined);
  const suggestions = matchMembers(candidates, query, 8);
  const bothModes = presenceChoices(meeting).length === 3;

  async function record(memberId: string | undefined) {
    if (!memberId) return;
    const ok = await onSubmit({ type: 'movement', memberId, movement: kind, time, mode: entering ? mode : 'room', representative: null, reason });
    if (ok) onClose();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      void record((pickMember(candidates, query) ?? suggestions[0])?.id);
    }
  }

  return (
    <Modal title={MOVEMENT_NAME[kind]} onClose={onClose} testId="movement-dialog">
      <div className="stack">
        <div className="form-grid">
          <label>
            Movimento
            <select value={kind} onChange={(e) => setKind(e.target.value as MovementKind)}>
              {MovementKindSchema.options.map((k) => (
                <option key={k} value={k}>
                  {MOVEMENT_ACTION[k]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Ora
            <input type="time" value={time} onChange={(e) => setTime(e.target.value)} required data-testid="movement-time" />
          </label>
          {entering && bothModes && (
            <label>
              Dove
              <select value={mode} onChange={(e) => setMode(e.target.value as 'room' | 'remote')}>
                <option value="room">In aula</option>
                <option value="remote">Da remoto</option>
              </select>
            </label>
          )}
          <label>
            Motivo (facoltativo)
            <input value={reason} onChange={(e) => setReason(e.target.value)} placeholder="per conflitto di interessi" />
          </label>
        </div>
        <label>
          Componente ({entering ? 'tra gli assenti' : 'tra i presenti'}): numero d&apos;ordine o nome, poi Invio
          <input value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={onKeyDown} autoComplete="off" data-autofocus data-testid="movement-member" />
        </label>
        <ul className="suggestions" aria-label="Componenti">
          {suggestions.map((m) => (
            <li key={m.id}>
              <button type="button" className="button--quiet" onClick={() => void record(m.id)}>
                {m.seat}. {m.entity} <span className="muted">{m.representative.name}</span>
              </button>
            </li>
          ))}
          {candidates.length === 0 && <li className="muted">Nessun componente {entering ? 'assente' : 'presente'}.</li>}
        </ul>
      </div>
    </Modal>
  );
}

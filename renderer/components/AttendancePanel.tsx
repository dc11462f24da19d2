import { memo, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { MeetingView } from '../../shared/api/contract';
import type { Meeting, Member, Presence, Representative } from '../../shared/model';
import { membersInSeatOrder } from '../../shared/rules';
import { nowTime } from '../lib/format';
import { defaultPresence, describeQuery, membersForQuery, presenceChoices, presenceForKey } from '../lib/roll-call';
import { PrivateNameButton } from './OmissisActions';
import { useMeeting } from '../store/meeting';

const PRESENCE_LABEL: Record<Presence, string> = { room: 'In aula', remote: 'Da remoto', absent: 'Assente' };
const PRESENCE_DONE: Record<Presence, string> = { room: 'in aula', remote: 'da remoto', absent: 'assenti' };

interface Props {
  view: MeetingView;
  /** Where movements go: the end of the current item. */
  currentItemId: string | null;
}

/**
 * In draft: the roll call (by keyboard, or in room / remote / absent for every member), with who sits for each member.
 * Live: who is present now, with arrive/leave buttons stamped with the current time (editable in the timeline).
 * Closed: who was present at the end, read only (changes only after reopening).
 */
export const AttendancePanel = memo(function AttendancePanel({ view, currentItemId }: Props) {
  const { meeting, presenceNow } = view;
  // A tavolo has no members (its organisations are in TavoloAttendance): only its participants and guests, if any.
  if (meeting.body.tavolo) {
    if (meeting.body.participants.length === 0 && meeting.guests.length === 0) return null;
    return (
      <section className="attendance card" aria-labelledby="attendance-h" data-testid="attendance-panel">
        <h2 id="attendance-h">Altri partecipanti</h2>
        <ParticipantsAttendance view={view} />
      </section>
    );
  }
  const members = membersInSeatOrder(meeting);
  const live = meeting.status === 'live';
  const closed = meeting.status === 'closed';
  const presenceOf = new Map(presenceNow.members.map((m) => [m.memberId, m.presence]));
  const choices = presenceChoices(meeting);

  return (
    <section className="attendance card" aria-labelledby="attendance-h" data-testid="attendance-panel">
      <h2 id="attendance-h">{live ? 'Presenze' : closed ? 'Presenze a fine seduta' : 'Appello'}</h2>
      {live || closed ? (
        <ul className="attendance__list">
          {members.map((m) => (
            <LiveRow key={m.id} member={m} presence={presenceOf.get(m.id) ?? 'absent'} meeting={meeting} itemId={live ? currentItemId : null} />
          ))}
        </ul>
      ) : (
        <RollCall meeting={meeting} members={members} choices={choices} />
      )}
      {live && (
        <details className="attendance__fix">
          <summary>Correggi l&apos;appello iniziale</summary>
          <RollCall meeting={meeting} members={members} choices={choices} />
        </details>
      )}
      <ParticipantsAttendance view={view} />
    </section>
  );
});

function RollCall({ meeting, members, choices }: { meeting: Meeting; members: readonly Member[]; choices: Presence[] }) {
  const rollCall = new Map(meeting.rollCall.map((r) => [r.memberId, r]));
  return (
    <>
      <RollCallKeyboard meeting={meeting} members={members} />
      <ul className="attendance__list">
        {members.map((m) => {
          const line = rollCall.get(m.id);
          return <RollCallRow key={m.id} member={m} presence={line?.presence ?? 'absent'} representative={line?.representative ?? m.representative} meetingId={meeting.id} choices={choices} />;
        })}
      </ul>
    </>
  );
}

/** Seat numbers or a name, then a key: Enter present, + in the room, * remote, - absent; in the empty field the key marks everyone. */
function RollCallKeyboard({ meeting, members }: { meeting: Meeting; members: readonly Member[] }) {
  const act = useMeeting((s) => s.act);
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState('');
  const choices = presenceChoices(meeting);
  const present = defaultPresence(meeting);

  async function mark(targets: readonly Member[], presence: Presence) {
    const current = new Map(meeting.rollCall.map((r) => [r.memberId, r.presence]));
    for (const member of targets) {
      if (current.get(member.id) === presence) continue;
      const done = await act('meetings.setRollCall', { meetingId: meeting.id, memberId: member.id, presence });
      if (!done) return;
    }
    const who = targets.length === members.length ? 'Tutti' : targets.map((m) => `${m.seat}. ${m.entity}`).join(', ');
    setMessage(`${who}: ${targets.length === 1 ? PRESENCE_LABEL[presence].toLowerCase() : PRESENCE_DONE[presence]}.`);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const isMark = event.key === 'Enter' || event.key === '+' || event.key === '*' || event.key === '-';
    if (!isMark || event.altKey || event.ctrlKey) return;
    event.preventDefault();
    const presence = presenceForKey(meeting, event.key);
    if (!presence) {
      setMessage(meeting.modality === 'online' ? 'Seduta online: nessuno è «In aula».' : 'In questa seduta non è prevista la presenza da remoto.');
      return;
    }
    const targets = query.trim() ? membersForQuery(members, query) : members;
    if (targets.length === 0) {
      setMessage(`Nessun componente per «${query.trim()}»: scrivi il numero d'ordine o parte del nome.`);
      return;
    }
    setQuery('');
    void mark(targets, presence);
  }

  const keys = [
    ...(choices.includes('room') ? [present === 'room' ? 'Invio o + in aula' : '+ in aula'] : []),
    ...(choices.includes('remote') ? [present === 'remote' ? 'Invio o * da remoto' : '* da remoto'] : []),
    '- assente',
  ];
  return (
    <div className="rollcall-keys">
      <label>
        Appello da tastiera: numero d&apos;ordine (anche più di uno: «3 5 12») o nome, poi un tasto
        <input
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
          autoComplete="off"
          aria-describedby="rollcall-keys-help"
          data-testid="rollcall-input"
        />
      </label>
      <p id="rollcall-keys-help" className="muted small">
        {keys.join(' · ')}. Nel campo vuoto il tasto vale per tutti.{' '}
        <span data-testid="rollcall-target">{describeQuery(members, query)}</span>
      </p>
      <div className="actions">
        <button type="button" onClick={() => void mark(members, present)}>
          Tutti presenti ({PRESENCE_LABEL[present].toLowerCase()})
        </button>
      </div>
      <p role="status" className="small" data-testid="rollcall-status">
        {message}
      </p>
    </div>
  );
}

function RollCallRow(props: { member: Member; presence: Presence; representative: Representative; meetingId: string; choices: Presence[] }) {
  const { member, presence, representative, meetingId, choices } = props;
  const act = useMeeting((s) => s.act);
  const [editing, setEditing] = useState(false);
  const name = `rc-${member.id}`;
  const options = choices.includes(presence) ? choices : [presence, ...choices];
  return (
    <li className="attendance__row attendance__row--wrap" data-testid={`rollcall-row-${member.seat}`}>
      <span className="attendance__who">
        <span className="seat">{member.seat}</span> {member.entity}
        <span className="attendance__person">
          {representative.role} {representative.name}
          {representative.delegation && <span className="muted"> (delega {representative.delegation})</span>}{' '}
          <button type="button" className="button--quiet" onClick={() => setEditing(!editing)} aria-expanded={editing} aria-label={`Chi siede per ${member.entity}`}>
            Chi siede
          </button>
        </span>
      </span>
      <span role="radiogroup" aria-label={`Presenza di ${member.entity}`} className="segmented">
        {options.map((p) => (
          <label key={p} className={presence === p ? 'is-on' : undefined}>
            <input type="radio" name={name} checked={presence === p} onChange={() => void act('meetings.setRollCall', { meetingId, memberId: member.id, presence: p })} />
            {PRESENCE_LABEL[p]}
          </label>
        ))}
      </span>
      {editing && (
        <RepresentativeForm
          member={member}
          value={representative}
          onCancel={() => setEditing(false)}
          onSave={async (next) => {
            const done = await act('meetings.setRollCall', { meetingId, memberId: member.id, presence, representative: next });
            if (done) setEditing(false);
          }}
        />
      )}
    </li>
  );
}

/** Who sits for the member at this meeting: the member's own representative or a delegate with the delega's reference. */
function RepresentativeForm({ member, value, onSave, onCancel }: { member: Member; value: Representative; onSave(r: Representative): void; onCancel(): void }) {
  const [rep, setRep] = useState(value);
  function submit(event: FormEvent) {
    event.preventDefault();
    onSave(rep);
  }
  return (
    <form className="form-grid subform attendance__delegate" onSubmit={submit} aria-label={`Chi siede per ${member.entity}`}>
      <label>
        Nome e cognome
        <input value={rep.name} onChange={(e) => setRep({ ...rep, name: e.target.value })} required autoFocus />
      </label>
      <label>
        Ruolo
        <input value={rep.role} onChange={(e) => setRep({ ...rep, role: e.target.value })} required />
      </label>
      <label>
        Genere
        <select value={rep.gender} onChange={(e) => setRep({ ...rep, gender: e.target.value as 'm' | 'f' })}>
          <option value="m">M</option>
          <option value="f">F</option>
        </select>
      </label>
      <label>
        Delega (protocollo, data)
        <input value={rep.delegation} onChange={(e) => setRep({ ...rep, delegation: e.target.value })} />
      </label>
      <div className="form-actions">
        <button type="submit" className="button--primary">
          Salva
        </button>
        <button type="button" onClick={() => setRep(member.representative)}>
          Rappresentante abituale
        </button>
        <button type="button" onClick={onCancel}>
          Annulla
        </button>
      </div>
    </form>
  );
}

function LiveRow(props: { member: Member; presence: Presence; meeting: Meeting; itemId: string | null }) {
  const { member, presence, meeting, itemId } = props;
  const act = useMeeting((s) => s.act);
  const choices = presenceChoices(meeting);
  const arrivalModes = choices.filter((p): p is 'room' | 'remote' => p !== 'absent');
  function move(movement: 'arrival' | 'departure', mode: 'room' | 'remote' = defaultPresence(meeting)) {
    if (!itemId) return;
    void act('meetings.addEntry', {
      meetingId: meeting.id,
      itemId,
      entry: { type: 'movement', memberId: member.id, movement, time: nowTime(), mode, representative: null, reason: '' },
    });
  }
  return (
    <li className={`attendance__row attendance__row--${presence}`}>
      <span className="attendance__who">
        <span className="seat">{member.seat}</span> {member.entity}
        <span className="attendance__state">{PRESENCE_LABEL[presence]}</span>
      </span>
      {itemId && (
        <span className="actions">
          {presence === 'absent' ? (
            arrivalModes.map((mode) => (
              <button key={mode} type="button" onClick={() => move('arrival', mode)} aria-label={mode === 'room' ? `Arriva: ${member.entity}` : `Remoto: ${member.entity} si collega`}>
                {mode === 'room' ? 'Arriva' : arrivalModes.length === 1 ? 'Si collega' : 'Remoto'}
              </button>
            ))
          ) : (
            <button type="button" onClick={() => move('departure')} aria-label={`Esce: ${member.entity}`}>
              Esce
            </button>
          )}
        </span>
      )}
    </li>
  );
}

function ParticipantsAttendance({ view }: { view: MeetingView }) {
  const act = useMeeting((s) => s.act);
  const { meeting } = view;
  const present = new Map(meeting.participantAttendance.map((a) => [a.participantId, a.present]));
  if (meeting.body.participants.length === 0 && meeting.guests.length === 0) return null;
  return (
    <fieldset className="stack">
      <legend>{meeting.body.tavolo ? 'Ospiti presenti' : 'Partecipanti senza diritto di voto'}</legend>
      {meeting.body.participants.map((p) => (
        <div key={p.id}>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={present.get(p.id) ?? false}
              disabled={meeting.status === 'closed'}
              onChange={(e) => void act('meetings.setParticipantAttendance', { meetingId: meeting.id, participantId: p.id, present: e.target.checked })}
            />
            {[p.honorific, p.name].filter(Boolean).join(' ')} <span className="muted">{p.role}</span>
          </label>{' '}
          {/* The minute-taker signs the verbale: her name stays in the public copy, as the model requires. */}
          {meeting.status !== 'closed' && p.id !== meeting.minuteTaker.participantId && <PrivateNameButton meeting={meeting} personId={p.id} name={p.name} />}
        </div>
      ))}
      {meeting.guests.map((g) => (
        <p key={g.id} className="muted" data-testid="guest">
          Ospite: {[g.honorific, g.name].filter(Boolean).join(' ')}, {[g.role, g.organisation].filter(Boolean).join(', ')}
          {meeting.status !== 'closed' && <PrivateNameButton meeting={meeting} personId={g.id} name={g.name} />}
        </p>
      ))}
    </fieldset>
  );
}

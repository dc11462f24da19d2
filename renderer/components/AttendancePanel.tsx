import { memo } from 'react';
import type { MeetingView } from '../../shared/api/contract';
import type { Member, Presence } from '../../shared/model';
import { membersInSeatOrder } from '../../shared/rules';
import { nowTime } from '../lib/format';
import { useMeeting } from '../store/meeting';

const PRESENCE_LABEL: Record<Presence, string> = { room: 'In aula', remote: 'Da remoto', absent: 'Assente' };

interface Props {
  view: MeetingView;
  /** Where movements go: the end of the current item. */
  currentItemId: string | null;
}

/**
 * In draft: the roll call (in room / remote / absent for every member).
 * Live: who is present now, with arrive/leave buttons stamped with the current time (editable in the timeline).
 */
export const AttendancePanel = memo(function AttendancePanel({ view, currentItemId }: Props) {
  const { meeting, presenceNow } = view;
  const members = membersInSeatOrder(meeting);
  const live = meeting.status === 'live';
  const presenceOf = new Map(presenceNow.members.map((m) => [m.memberId, m.presence]));
  const rollCallOf = new Map(meeting.rollCall.map((r) => [r.memberId, r.presence]));
  const remoteAllowed = meeting.body.rules.remoteAllowed && meeting.modality !== 'presence';

  return (
    <section className="attendance card" aria-labelledby="attendance-h" data-testid="attendance-panel">
      <h2 id="attendance-h">{live ? 'Presenze' : 'Appello'}</h2>
      {!live && <p className="explain">Segna per ogni componente se è in aula, collegato da remoto o assente.</p>}
      <ul className="attendance__list">
        {members.map((m) =>
          live ? (
            <LiveRow key={m.id} member={m} presence={presenceOf.get(m.id) ?? 'absent'} meetingId={meeting.id} itemId={currentItemId} remoteAllowed={remoteAllowed} closed={meeting.status === 'closed'} />
          ) : (
            <RollCallRow key={m.id} member={m} presence={rollCallOf.get(m.id) ?? 'absent'} meetingId={meeting.id} remoteAllowed={remoteAllowed} />
          ),
        )}
      </ul>
      {live && (
        <details className="attendance__fix">
          <summary>Correggi l&apos;appello iniziale</summary>
          <ul className="attendance__list">
            {members.map((m) => (
              <RollCallRow key={m.id} member={m} presence={rollCallOf.get(m.id) ?? 'absent'} meetingId={meeting.id} remoteAllowed={remoteAllowed} />
            ))}
          </ul>
        </details>
      )}
      <ParticipantsAttendance view={view} />
    </section>
  );
});

function RollCallRow({ member, presence, meetingId, remoteAllowed }: { member: Member; presence: Presence; meetingId: string; remoteAllowed: boolean }) {
  const act = useMeeting((s) => s.act);
  const name = `rc-${member.id}`;
  const options: Presence[] = remoteAllowed ? ['room', 'remote', 'absent'] : ['room', 'absent'];
  return (
    <li className="attendance__row">
      <span className="attendance__who">
        <span className="seat">{member.seat}</span> {member.entity}
      </span>
      <span role="radiogroup" aria-label={`Presenza di ${member.entity}`} className="segmented">
        {options.map((p) => (
          <label key={p} className={presence === p ? 'is-on' : undefined}>
            <input
              type="radio"
              name={name}
              checked={presence === p}
              onChange={() => void act('meetings.setRollCall', { meetingId, memberId: member.id, presence: p })}
            />
            {PRESENCE_LABEL[p]}
          </label>
        ))}
      </span>
    </li>
  );
}

function LiveRow(props: { member: Member; presence: Presence; meetingId: string; itemId: string | null; remoteAllowed: boolean; closed: boolean }) {
  const { member, presence, meetingId, itemId, remoteAllowed, closed } = props;
  const act = useMeeting((s) => s.act);
  function move(movement: 'arrival' | 'departure', mode: 'room' | 'remote' = 'room') {
    if (!itemId) return;
    void act('meetings.addEntry', {
      meetingId,
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
      {!closed && itemId && (
        <span className="actions">
          {presence === 'absent' ? (
            <>
              <button type="button" onClick={() => move('arrival')} aria-label={`Arriva: ${member.entity}`}>
                Arriva
              </button>
              {remoteAllowed && (
                <button type="button" onClick={() => move('arrival', 'remote')} aria-label={`Remoto: ${member.entity} si collega`}>
                  Remoto
                </button>
              )}
            </>
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
      <legend>Partecipanti senza diritto di voto</legend>
      {meeting.body.participants.map((p) => (
        <label className="checkbox" key={p.id}>
          <input
            type="checkbox"
            checked={present.get(p.id) ?? false}
            disabled={meeting.status === 'closed'}
            onChange={(e) => void act('meetings.setParticipantAttendance', { meetingId: meeting.id, participantId: p.id, present: e.target.checked })}
          />
          {[p.honorific, p.name].filter(Boolean).join(' ')} <span className="muted">{p.role}</span>
        </label>
      ))}
      {meeting.guests.map((g) => (
        <p key={g.id} className="muted">
          Ospite: {[g.honorific, g.name].filter(Boolean).join(' ')}, {[g.role, g.organisation].filter(Boolean).join(', ')}
        </p>
      ))}
    </fieldset>
  );
}

import type { Member, Officer, Participant } from '../../shared/model';

interface Props {
  legend: string;
  idPrefix: string;
  value: Officer;
  onChange(value: Officer): void;
  members?: readonly Member[];
  /** The body's participants the officer may be (the minute-taker): one person, one speaker. */
  participants?: readonly Participant[];
}

/** Title, name, role, gender and the member the officer sits for, or the participant the officer is. */
export function OfficerFields({ legend, idPrefix, value, onChange, members, participants }: Props) {
  const participant = participants?.find((candidate) => candidate.id === value.participantId) ?? null;
  return (
    <fieldset className="form-grid">
      <legend>{legend}</legend>
      {participants && participants.length > 0 && (
        <label>
          {value.gender === 'f' ? 'La' : 'Il'} {legend.toLowerCase()} è un partecipante
          <select
            value={participant?.id ?? ''}
            onChange={(e) => {
              const chosen = participants.find((candidate) => candidate.id === e.target.value);
              const { participantId: _left, ...rest } = value;
              onChange(chosen ? { ...rest, participantId: chosen.id, honorific: chosen.honorific, name: chosen.name, role: chosen.role, gender: chosen.gender } : rest);
            }}
          >
            <option value="">No, un&apos;altra persona</option>
            {participants.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {[candidate.honorific, candidate.name].filter(Boolean).join(' ')}
                {candidate.role ? `, ${candidate.role}` : ''}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        Titolo
        <input id={`${idPrefix}-honorific`} value={value.honorific ?? ''} placeholder="Sig., Dott.ssa" disabled={participant !== null} onChange={(e) => onChange({ ...value, honorific: e.target.value })} />
      </label>
      <label>
        Nome e cognome
        <input id={`${idPrefix}-name`} value={value.name} disabled={participant !== null} onChange={(e) => onChange({ ...value, name: e.target.value })} required />
      </label>
      <label>
        Ruolo
        <input value={value.role} onChange={(e) => onChange({ ...value, role: e.target.value })} />
      </label>
      <label>
        Genere
        <select value={value.gender} onChange={(e) => onChange({ ...value, gender: e.target.value as 'm' | 'f' })}>
          <option value="m">Maschile (Il …)</option>
          <option value="f">Femminile (La …)</option>
        </select>
      </label>
      {members && members.length > 0 && (
        <label>
          Siede per
          <select
            value={value.memberId ?? ''}
            onChange={(e) => {
              const member = members.find((m) => m.id === e.target.value);
              // Choosing the seat of someone not yet named takes the member's representative as the officer.
              const named = value.name.trim() !== '' || !member ? value : { ...value, name: member.representative.name, gender: member.representative.gender };
              onChange({ ...named, memberId: member?.id ?? null });
            }}
          >
            <option value="">Nessun ente</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.seat}. {m.entity} ({m.representative.name})
              </option>
            ))}
          </select>
        </label>
      )}
      {members && members.length === 0 && (
        <p className="muted small span-3" data-testid={`${idPrefix}-seat-later`}>
          L&apos;ente per cui siede si sceglie qui dopo aver inserito o importato i componenti.
        </p>
      )}
    </fieldset>
  );
}

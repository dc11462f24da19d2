import type { Member, Officer } from '../../shared/model';

interface Props {
  legend: string;
  idPrefix: string;
  value: Officer;
  onChange(value: Officer): void;
  members?: readonly Member[];
}

/** Name, role, gender and the member the officer sits for. */
export function OfficerFields({ legend, idPrefix, value, onChange, members }: Props) {
  return (
    <fieldset className="form-grid">
      <legend>{legend}</legend>
      <label>
        Nome e cognome
        <input id={`${idPrefix}-name`} value={value.name} onChange={(e) => onChange({ ...value, name: e.target.value })} required />
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

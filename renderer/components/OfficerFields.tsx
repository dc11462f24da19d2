import type { Member, Officer } from '../../shared/model';

interface Props {
  legend: string;
  idPrefix: string;
  value: Officer;
  onChange(value: Officer): void;
  members?: Member[];
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
      {members && (
        <label>
          Siede per
          <select value={value.memberId ?? ''} onChange={(e) => onChange({ ...value, memberId: e.target.value || null })}>
            <option value="">Nessun ente</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.seat}. {m.entity}
              </option>
            ))}
          </select>
        </label>
      )}
    </fieldset>
  );
}

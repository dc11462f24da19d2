import { useState, type FormEvent } from 'react';
import type { Member } from '../../shared/model';
import { formatInteger } from '../../shared/phrasing';
import { displayDate, todayIso } from '../lib/format';

type Draft = Member | Omit<Member, 'id'>;

interface Props {
  members: readonly Member[];
  /** The body's rules weigh population: each member needs it; otherwise it may stay 0. */
  populationWeighed: boolean;
  onSave(member: Draft): Promise<boolean>;
  onRemove(memberId: string): Promise<void>;
}

function blankMember(seat: number): Omit<Member, 'id'> {
  return {
    seat,
    entity: 'Comune di ',
    entityGender: 'm',
    population: 0,
    populationDate: todayIso(),
    representative: { name: '', role: 'Sindaco', gender: 'm', delegation: '' },
  };
}

/** Members with a vote: seat, entity, population with its date, who sits for them. */
export function MembersTable({ members, populationWeighed, onSave, onRemove }: Props) {
  const [editing, setEditing] = useState<Draft | null>(null);
  const nextSeat = members.reduce((max, m) => Math.max(max, m.seat), 0) + 1;
  const totalPopulation = members.reduce((sum, m) => sum + m.population, 0);
  const showPopulation = populationWeighed || totalPopulation > 0;

  return (
    <section className="card" aria-labelledby="members-h">
      <div className="card__head">
        <h2 id="members-h">Componenti con diritto di voto ({members.length})</h2>
        <button type="button" onClick={() => setEditing(blankMember(nextSeat))}>
          Aggiungi componente
        </button>
      </div>
      {editing && (
        <MemberForm
          value={editing}
          populationWeighed={populationWeighed}
          onCancel={() => setEditing(null)}
          onSubmit={async (m) => {
            if (await onSave(m)) setEditing(null);
          }}
        />
      )}
      {members.length === 0 ? (
        <p>Nessun componente: aggiungili uno per uno o importali da un elenco (CSV, Excel o righe incollate).</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="members-table">
            <caption className="sr-only">Componenti</caption>
            <thead>
              <tr>
                <th scope="col">N.</th>
                <th scope="col">Ente</th>
                {showPopulation && (
                  <th scope="col" className="num">
                    Popolazione
                  </th>
                )}
                <th scope="col">Rappresentante</th>
                <th scope="col">Azioni</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.id}>
                  <td>{m.seat}</td>
                  <td>{m.entity}</td>
                  {showPopulation && (
                    <td className="num">
                      {formatInteger(m.population)} <span className="muted">al {displayDate(m.populationDate)}</span>
                    </td>
                  )}
                  <td>
                    {[m.representative.honorific, m.representative.name].filter(Boolean).join(' ')} <span className="muted">({m.representative.role})</span>
                  </td>
                  <td className="actions">
                    <button type="button" className="button--quiet" onClick={() => setEditing(m)} aria-label={`Modifica ${m.entity}`}>
                      Modifica
                    </button>
                    <button type="button" className="button--quiet" onClick={() => void onRemove(m.id)} aria-label={`Rimuovi ${m.entity}`}>
                      Rimuovi
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
            {showPopulation && (
              <tfoot>
                <tr>
                  <td />
                  <th scope="row">Totale</th>
                  <td className="num">{formatInteger(totalPopulation)}</td>
                  <td colSpan={2} />
                </tr>
              </tfoot>
            )}
          </table>
        </div>
      )}
    </section>
  );
}

function MemberForm({ value, populationWeighed, onSubmit, onCancel }: { value: Draft; populationWeighed: boolean; onSubmit(m: Draft): void; onCancel(): void }) {
  const [m, setM] = useState<Draft>(value);
  const rep = m.representative;
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(m);
  }
  return (
    <form className="form-grid subform" onSubmit={submit} aria-label="Componente">
      <label>
        N. d&apos;ordine
        <input type="number" min={1} value={m.seat} onChange={(e) => setM({ ...m, seat: Number(e.target.value) })} required />
      </label>
      <label className="span-2">
        Ente
        <input value={m.entity} onChange={(e) => setM({ ...m, entity: e.target.value })} required autoFocus />
      </label>
      <label>
        Genere dell&apos;ente
        <select value={m.entityGender} onChange={(e) => setM({ ...m, entityGender: e.target.value as 'm' | 'f' })}>
          <option value="m">del Comune…</option>
          <option value="f">della Comunità…</option>
        </select>
      </label>
      <label>
        {populationWeighed ? 'Popolazione' : 'Popolazione (facoltativa: le regole non la pesano)'}
        <input type="number" min={0} value={m.population} onChange={(e) => setM({ ...m, population: Number(e.target.value) })} required={populationWeighed} />
      </label>
      <label>
        Popolazione al
        <input type="date" value={m.populationDate} onChange={(e) => setM({ ...m, populationDate: e.target.value })} required />
      </label>
      <label>
        Titolo del rappresentante
        <input value={rep.honorific ?? ''} placeholder="Sig., Dott.ssa" onChange={(e) => setM({ ...m, representative: { ...rep, honorific: e.target.value } })} />
      </label>
      <label>
        Rappresentante
        <input value={rep.name} onChange={(e) => setM({ ...m, representative: { ...rep, name: e.target.value } })} required />
      </label>
      <label>
        Ruolo
        <input value={rep.role} onChange={(e) => setM({ ...m, representative: { ...rep, role: e.target.value } })} required />
      </label>
      <label>
        Genere
        <select value={rep.gender} onChange={(e) => setM({ ...m, representative: { ...rep, gender: e.target.value as 'm' | 'f' } })}>
          <option value="m">M</option>
          <option value="f">F</option>
        </select>
      </label>
      <label className="span-2">
        Delega (protocollo, data)
        <input value={rep.delegation} onChange={(e) => setM({ ...m, representative: { ...rep, delegation: e.target.value } })} />
      </label>
      <div className="form-actions">
        <button type="submit" className="button--primary">
          Salva componente
        </button>
        <button type="button" onClick={onCancel}>
          Annulla
        </button>
      </div>
    </form>
  );
}

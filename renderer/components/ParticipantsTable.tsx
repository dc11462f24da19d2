import { useState, type FormEvent } from 'react';
import type { Gender, Participant } from '../../shared/model';
import { honorificForGender } from '../lib/honorifics';

type Draft = Participant | Omit<Participant, 'id'>;

interface Props {
  participants: readonly Participant[];
  onSave(participant: Draft): Promise<boolean>;
  onRemove(participantId: string): Promise<void>;
  /** A tavolo votes on nothing: its participants are simply the others, guests mostly. */
  tavolo?: boolean;
}

/** Participants without a vote: office staff, officials, regular guests. */
export function ParticipantsTable({ participants, onSave, onRemove, tavolo = false }: Props) {
  const [editing, setEditing] = useState<Draft | null>(null);
  const title = tavolo ? 'Ospiti e altri partecipanti' : 'Partecipanti senza diritto di voto';
  return (
    <section className="card" aria-labelledby="participants-h">
      <div className="card__head">
        <h2 id="participants-h">{`${title} (${participants.length})`}</h2>
        <button type="button" onClick={() => setEditing({ honorific: 'Dott.', name: '', role: '', organisation: '', gender: 'm' })}>
          Aggiungi partecipante
        </button>
      </div>
      {editing && (
        <ParticipantForm
          value={editing}
          submitLabel="Salva partecipante"
          onCancel={() => setEditing(null)}
          onSubmit={async (p) => {
            if (await onSave(p)) setEditing(null);
          }}
        />
      )}
      {participants.length > 0 && (
        <table className="data-table">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col">Nome</th>
              <th scope="col">Ruolo</th>
              <th scope="col">Ente o organizzazione</th>
              <th scope="col">Azioni</th>
            </tr>
          </thead>
          <tbody>
            {participants.map((p) => (
              <tr key={p.id}>
                <td>
                  {p.honorific} {p.name}
                </td>
                <td>{p.role}</td>
                <td>{p.organisation}</td>
                <td className="actions">
                  <button type="button" className="button--quiet" onClick={() => setEditing(p)} aria-label={`Modifica ${p.name}`}>
                    Modifica
                  </button>
                  <button type="button" className="button--quiet" onClick={() => void onRemove(p.id)} aria-label={`Rimuovi ${p.name}`}>
                    Rimuovi
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function ParticipantForm({
  value,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  value: Draft;
  submitLabel: string;
  onSubmit(p: Draft): void;
  onCancel(): void;
}) {
  const [p, setP] = useState<Draft>(value);
  function choseGender(gender: Gender) {
    setP({ ...p, gender, honorific: honorificForGender(p.honorific, gender) });
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    event.stopPropagation();
    onSubmit(p);
  }
  return (
    <form className="form-grid subform" onSubmit={submit} aria-label="Partecipante">
      <label>
        Titolo
        <input value={p.honorific} onChange={(e) => setP({ ...p, honorific: e.target.value })} placeholder="Dott.ssa" />
      </label>
      <label>
        Nome e cognome
        <input value={p.name} onChange={(e) => setP({ ...p, name: e.target.value })} required autoFocus />
      </label>
      <label>
        Genere
        <select value={p.gender} onChange={(e) => choseGender(e.target.value as Gender)}>
          <option value="m">M</option>
          <option value="f">F</option>
        </select>
      </label>
      <label>
        Ruolo
        <input value={p.role} onChange={(e) => setP({ ...p, role: e.target.value })} />
      </label>
      <label className="span-2">
        Ente o organizzazione
        <input value={p.organisation} onChange={(e) => setP({ ...p, organisation: e.target.value })} />
      </label>
      <div className="form-actions">
        <button type="submit" className="button--primary">
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Annulla
        </button>
      </div>
    </form>
  );
}

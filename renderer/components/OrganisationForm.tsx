import { useState, type FormEvent } from 'react';
import type { Gender, Organisation, OrganisationCategory, OrganisationRepresentative, OrganisationRole } from '../../shared/model';
import { CATEGORY_LABELS } from '../../shared/tavolo';
import { todayIso } from '../lib/format';
import { NamedOptions } from './NamedOptions';

/** «byDate»: what the join date gives against the start of the work (organisationRole); otherwise the office's choice. */
type RoleChoice = 'byDate' | OrganisationRole;

const ROLE_CHOICES: Record<RoleChoice, string> = {
  byDate: 'Secondo la data di adesione (operativo o consultivo)',
  operativo: "Operativo per decisione dell'Ufficio di Piano",
  consultivo: "Consultivo per decisione dell'Ufficio di Piano",
};

function blankPerson(): OrganisationRepresentative {
  return { id: crypto.randomUUID(), honorific: '', name: '', role: '', gender: 'f' };
}

/** A new organisation: its id and its people's are made here, as for members, so a retried save adds it once. */
export function blankOrganisation(): Organisation {
  return { id: crypto.randomUUID(), name: '', category: 'ets', runts: '', representatives: [blankPerson()], joinedOn: todayIso() };
}

interface Props {
  value: Organisation;
  isNew: boolean;
  onSubmit(organisation: Organisation): void;
  onCancel(): void;
}

/** Name, category, RUNTS (an ETS only), join date, role and the people who sit for the organisation. */
export function OrganisationForm({ value, isNew, onSubmit, onCancel }: Props) {
  const [o, setO] = useState<Organisation>(value);
  const role: RoleChoice = o.roleOverride ?? 'byDate';

  function setPerson(id: string, change: Partial<OrganisationRepresentative>) {
    setO({ ...o, representatives: o.representatives.map((person) => (person.id === id ? { ...person, ...change } : person)) });
  }

  function setRole(choice: RoleChoice) {
    const { roleOverride: _old, ...rest } = o;
    setO(choice === 'byDate' ? rest : { ...rest, roleOverride: choice });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    // Only an ETS has a RUNTS number: one typed before the category changed is not sent.
    onSubmit(o.category === 'ets' ? o : { ...o, runts: '' });
  }

  return (
    <form className="stack subform" onSubmit={submit} aria-label={isNew ? 'Nuova organizzazione' : `Modifica ${value.name}`} data-testid="organisation-form">
      <div className="form-grid">
        <label className="span-2">
          Denominazione
          <input value={o.name} onChange={(e) => setO({ ...o, name: e.target.value })} required autoFocus />
        </label>
        <label>
          Categoria
          <select value={o.category} onChange={(e) => setO({ ...o, category: e.target.value as OrganisationCategory })}>
            <NamedOptions names={CATEGORY_LABELS} />
          </select>
        </label>
        {o.category === 'ets' && (
          <label>
            N. RUNTS (facoltativo)
            <input value={o.runts} onChange={(e) => setO({ ...o, runts: e.target.value })} />
          </label>
        )}
        <label>
          Data di adesione
          <input type="date" value={o.joinedOn} onChange={(e) => setO({ ...o, joinedOn: e.target.value })} required />
        </label>
        <label className="span-2">
          Ruolo al tavolo
          <select value={role} onChange={(e) => setRole(e.target.value as RoleChoice)}>
            <NamedOptions names={ROLE_CHOICES} />
          </select>
        </label>
      </div>
      <fieldset className="stack" data-testid="organisation-people">
        <legend>Rappresentanti</legend>
        {o.representatives.map((person, index) => (
          <div key={person.id} className="form-grid representative-row" role="group" aria-label={`Rappresentante ${index + 1}`}>
            <label>
              Titolo
              <input value={person.honorific} placeholder="Dott.ssa, Sig." onChange={(e) => setPerson(person.id, { honorific: e.target.value })} />
            </label>
            <label>
              Nome e cognome
              <input value={person.name} onChange={(e) => setPerson(person.id, { name: e.target.value })} required />
            </label>
            <label>
              Ruolo
              <input value={person.role} placeholder="presidente, referente" onChange={(e) => setPerson(person.id, { role: e.target.value })} />
            </label>
            <label>
              Genere
              <select value={person.gender} onChange={(e) => setPerson(person.id, { gender: e.target.value as Gender })}>
                <option value="f">Femminile</option>
                <option value="m">Maschile</option>
              </select>
            </label>
            <button
              type="button"
              disabled={o.representatives.length === 1}
              onClick={() => setO({ ...o, representatives: o.representatives.filter((other) => other.id !== person.id) })}
            >
              Togli {person.name || `il rappresentante ${index + 1}`}
            </button>
          </div>
        ))}
        <p className="actions">
          <button type="button" onClick={() => setO({ ...o, representatives: [...o.representatives, blankPerson()] })}>
            Aggiungi rappresentante
          </button>
        </p>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button--primary">
          Salva organizzazione
        </button>
        <button type="button" onClick={onCancel}>
          Annulla
        </button>
      </div>
    </form>
  );
}

import type { Gender, StaffMember, TavoloKind } from '../../shared/model';
import { PROCEDURE_KIND_NAMES, STAFF_FUNCTION_NAMES } from '../../shared/tavolo';
import type { TavoloInput } from '../lib/tavolo-profile';
import { NamedOptions } from './NamedOptions';

interface Props {
  value: TavoloInput;
  onChange(value: TavoloInput): void;
}

/** The tavolo's own data: its kind, the avviso it belongs to, the Ambito and the Ufficio di Piano's people. */
export function TavoloFields({ value, onChange }: Props) {
  const setProcedure = (patch: Partial<TavoloInput['procedure']>) => onChange({ ...value, procedure: { ...value.procedure, ...patch } });
  const setStaff = (staff: TavoloInput['staff']) => onChange({ ...value, staff });
  const setPerson = (id: string, patch: Partial<StaffMember>) => setStaff(value.staff.map((person) => (person.id === id ? { ...person, ...patch } : person)));

  return (
    <>
      <fieldset className="form-grid">
        <legend>Tavolo</legend>
        <label className="tavolo-kind">
          Tipo di tavolo
          <select value={value.kind} onChange={(e) => onChange({ ...value, kind: e.target.value as TavoloKind })}>
            <NamedOptions names={PROCEDURE_KIND_NAMES} />
          </select>
        </label>
        <label className="span-3">
          Ambito
          <input id="tavolo-ambito" value={value.ambito} placeholder="Ambito territoriale sociale Val Chiara" onChange={(e) => onChange({ ...value, ambito: e.target.value })} />
        </label>
      </fieldset>
      <fieldset className="form-grid">
        <legend>Avviso di co-programmazione</legend>
        <label className="span-3">
          Titolo dell&apos;avviso
          <input id="tavolo-procedure-title" value={value.procedure.title} onChange={(e) => setProcedure({ title: e.target.value })} />
        </label>
        <label>
          Riferimento (determinazione, protocollo)
          <input value={value.procedure.reference} placeholder="Determinazione n. 112" onChange={(e) => setProcedure({ reference: e.target.value })} />
        </label>
        <label>
          Data dell&apos;avviso
          <input type="date" value={value.procedure.date} onChange={(e) => setProcedure({ date: e.target.value })} />
        </label>
        <label>
          Inizio dei lavori
          <input type="date" value={value.procedure.workStart} onChange={(e) => setProcedure({ workStart: e.target.value })} />
        </label>
        <p className="explain span-3">Chi aderisce dopo l&apos;inizio dei lavori partecipa con ruolo consultivo ma non operativo.</p>
      </fieldset>
      <fieldset className="stack" data-testid="tavolo-staff">
        <legend>Ufficio di Piano al tavolo</legend>
        {value.staff.length === 0 && <p className="muted">Nessuna persona indicata.</p>}
        {value.staff.map((person, index) => (
          <div key={person.id} className="form-grid staff-row" role="group" aria-label={`Persona ${index + 1} dell'Ufficio di Piano`}>
            <label>
              Funzione
              <select value={person.function} onChange={(e) => setPerson(person.id, { function: e.target.value as StaffMember['function'] })}>
                <NamedOptions names={STAFF_FUNCTION_NAMES} />
              </select>
            </label>
            <label>
              Titolo
              <input value={person.honorific} placeholder="Dott.ssa" onChange={(e) => setPerson(person.id, { honorific: e.target.value })} />
            </label>
            <label>
              Nome e cognome
              <input value={person.name} onChange={(e) => setPerson(person.id, { name: e.target.value })} />
            </label>
            <label>
              Genere
              <select value={person.gender} onChange={(e) => setPerson(person.id, { gender: e.target.value as Gender })}>
                <option value="f">Femminile</option>
                <option value="m">Maschile</option>
              </select>
            </label>
            <button type="button" onClick={() => setStaff(value.staff.filter((other) => other.id !== person.id))}>
              Togli {person.name || `la persona ${index + 1}`}
            </button>
          </div>
        ))}
        <p className="actions">
          <button
            type="button"
            onClick={() => setStaff([...value.staff, { id: crypto.randomUUID(), function: nextFunction(value.staff), honorific: '', name: '', gender: 'f' }])}
          >
            Aggiungi persona dell&apos;Ufficio di Piano
          </button>
        </p>
      </fieldset>
    </>
  );
}

/** The first function nobody has yet, so adding three people gives the usual three. */
function nextFunction(staff: TavoloInput['staff']): StaffMember['function'] {
  const functions = Object.keys(STAFF_FUNCTION_NAMES) as StaffMember['function'][];
  return functions.find((f) => !staff.some((person) => person.function === f)) ?? 'facilitatore';
}

import { useState } from 'react';
import type { BodyView } from '../../shared/api/contract';
import type { Organisation, Tavolo } from '../../shared/model';
import { write } from '../store/calls';
import { Modal } from './Modal';
import { CATEGORY_LABELS } from '../../shared/tavolo';
import { personName } from '../../shared/tavolo/entries';
import { OrganisationForm, blankOrganisation } from './OrganisationForm';

interface Props {
  bodyId: string;
  tavolo: Tavolo;
  onChanged(body: BodyView): void;
}

/**
 * Who takes part in the tavolo: each organisation with its category, RUNTS number and representatives, added, edited
 * or removed one by one (the list import replaces them all). Join date, role and sessions attended are the register's.
 */
export function OrganisationsList({ bodyId, tavolo, onChanged }: Props) {
  const [editing, setEditing] = useState<{ organisation: Organisation; isNew: boolean } | null>(null);
  const [removing, setRemoving] = useState<Organisation | null>(null);

  async function save(organisation: Organisation) {
    const body = await write('bodies.upsertOrganisation', { bodyId, organisation });
    if (!body) return;
    onChanged(body);
    setEditing(null);
  }

  async function remove(organisation: Organisation) {
    const body = await write('bodies.removeOrganisation', { bodyId, organisationId: organisation.id });
    setRemoving(null);
    if (body) onChanged(body);
  }

  return (
    <section className="card" aria-labelledby="tavolo-organisations-h">
      <div className="card__head">
        <h2 id="tavolo-organisations-h">Organizzazioni del tavolo ({tavolo.organisations.length})</h2>
        <button type="button" onClick={() => setEditing({ organisation: blankOrganisation(), isNew: true })}>
          Aggiungi organizzazione
        </button>
      </div>
      {editing && (
        <OrganisationForm key={editing.organisation.id} value={editing.organisation} isNew={editing.isNew} onCancel={() => setEditing(null)} onSubmit={(o) => void save(o)} />
      )}
      {tavolo.organisations.length === 0 && <p className="muted">Nessuna organizzazione: aggiungile una per una o importale da un elenco qui sotto.</p>}
      {tavolo.organisations.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" data-testid="tavolo-organisations">
            <thead>
              <tr>
                <th scope="col">Organizzazione</th>
                <th scope="col">Categoria</th>
                <th scope="col">N. RUNTS</th>
                <th scope="col">Rappresentanti</th>
                <th scope="col">Azioni</th>
              </tr>
            </thead>
            <tbody>
              {tavolo.organisations.map((organisation) => (
                <tr key={organisation.id}>
                  <th scope="row">{organisation.name}</th>
                  <td>{CATEGORY_LABELS[organisation.category]}</td>
                  <td>{organisation.runts}</td>
                  <td>
                    {organisation.representatives
                      .map((person) => [personName(person), person.role].filter(Boolean).join(', '))
                      .join('; ')}
                  </td>
                  <td className="actions">
                    <button type="button" className="button--quiet" onClick={() => setEditing({ organisation, isNew: false })} aria-label={`Modifica ${organisation.name}`}>
                      Modifica
                    </button>
                    <button type="button" className="button--quiet" onClick={() => setRemoving(organisation)} aria-label={`Elimina ${organisation.name}`}>
                      Elimina
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {removing && (
        <Modal title="Eliminare l’organizzazione?" onClose={() => setRemoving(null)} testId="remove-organisation">
          <p>
            «{removing.name}» non sarà più tra le organizzazioni del tavolo e non si potrà indicare nelle prossime sedute, comprese quelle già
            preparate e non ancora aperte. Gli incontri già registrati non cambiano: ogni seduta conserva le organizzazioni che aveva, il
            suo verbale resta com’è e il registro continua a contarne le presenze.
          </p>
          <div className="form-actions">
            <button type="button" onClick={() => setRemoving(null)} data-autofocus>
              Annulla
            </button>
            <button type="button" className="button--danger" onClick={() => void remove(removing)}>
              Elimina l’organizzazione
            </button>
          </div>
        </Modal>
      )}
    </section>
  );
}

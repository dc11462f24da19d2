import type { OrganisationCategory, Tavolo } from '../../shared/model';

/** One organisation's category, in the words of the office's lists (the verbale groups them under plural headings). */
const CATEGORY: Record<OrganisationCategory, string> = {
  ets: 'ETS',
  comune: 'Comune',
  asstAts: 'ASST/ATS',
  sindacato: 'Sindacato',
  scuola: 'Scuola',
  cooperativa: 'Cooperativa',
  altro: 'Altro',
};

/**
 * Who takes part in the tavolo: each organisation with its category, RUNTS number and representatives. Join date,
 * role and sessions attended are the register's, shown beside it.
 */
export function OrganisationsList({ tavolo }: { tavolo: Tavolo }) {
  return (
    <section className="card" aria-labelledby="tavolo-organisations-h">
      <h2 id="tavolo-organisations-h">Organizzazioni del tavolo ({tavolo.organisations.length})</h2>
      {tavolo.organisations.length === 0 && <p className="muted">Nessuna organizzazione: importale da un elenco qui sotto.</p>}
      {tavolo.organisations.length > 0 && (
        <table data-testid="tavolo-organisations">
          <thead>
            <tr>
              <th scope="col">Organizzazione</th>
              <th scope="col">Categoria</th>
              <th scope="col">N. RUNTS</th>
              <th scope="col">Rappresentanti</th>
            </tr>
          </thead>
          <tbody>
            {tavolo.organisations.map((organisation) => (
              <tr key={organisation.id}>
                <th scope="row">{organisation.name}</th>
                <td>{CATEGORY[organisation.category]}</td>
                <td>{organisation.runts}</td>
                <td>
                  {organisation.representatives
                    .map((person) => [[person.honorific, person.name].filter(Boolean).join(' '), person.role].filter(Boolean).join(', '))
                    .join('; ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

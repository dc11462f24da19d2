import { useState } from 'react';
import type { BodyView } from '../../shared/api/contract';
import type { MembersFile } from '../../shared/api/members-import';
import { NEEDED_ORGANISATION_FIELDS, ORGANISATION_FIELDS, ORGANISATION_FIELD_LABEL, type OrganisationColumns, type OrganisationField, type OrganisationsPreview } from '../../shared/api/organisations-import';
import { fileToMembersFile } from './CsvImport';
import { read, write } from '../store/calls';

/** A tavolo's organisations from the office's list (CSV, Excel or pasted rows, one row per representative). */
export function OrganisationsImport({ bodyId, onImported }: { bodyId: string; onImported(body: BodyView): void }) {
  const [source, setSource] = useState<MembersFile | null>(null);
  const [preview, setPreview] = useState<OrganisationsPreview | null>(null);
  const [imported, setImported] = useState('');

  async function showPreview(content: MembersFile | null, columns?: OrganisationColumns) {
    if (!content) return;
    setSource(content);
    setImported('');
    setPreview(await read('bodies.previewOrganisations', { bodyId, file: content, columns }));
  }

  function mapColumn(field: OrganisationField, header: string) {
    if (!preview) return;
    const columns = { ...preview.columns };
    if (header) columns[field] = header;
    else delete columns[field];
    void showPreview(source, columns);
  }

  async function importList() {
    if (!source || !preview) return;
    const body = await write('bodies.importOrganisations', { bodyId, file: source, columns: preview.columns, mode: 'replace' });
    if (!body) return;
    setImported(`Importate ${body.tavolo?.organisations.length ?? 0} organizzazioni.`);
    setPreview(null);
    onImported(body);
  }

  return (
    <section className="card" aria-labelledby="organisations-h">
      <h2 id="organisations-h">Organizzazioni del tavolo da elenco</h2>
      <p className="muted">
        Un file CSV o Excel (.xlsx), una riga per rappresentante: organizzazione, categoria (ETS, Comune, ASST/ATS, Sindacato, Scuola, Cooperativa, Altro),
        n. RUNTS, rappresentante e ruolo, data di adesione. L&apos;elenco sostituisce le organizzazioni del tavolo.
      </p>
      <label>
        File dell&apos;elenco
        <input type="file" accept=".csv,.tsv,.txt,.xlsx,text/csv" onChange={(e) => { const f = e.target.files?.[0]; if (f) void fileToMembersFile(f).then((content) => showPreview(content)); }} data-testid="organisations-file" />
      </label>
      {preview && (
        <div className="stack" data-testid="organisations-preview">
          {preview.headers.length > 0 && (
            <fieldset className="form-grid">
              <legend>Quale colonna contiene che cosa</legend>
              {ORGANISATION_FIELDS.map((field) => (
                <label key={field}>
                  {ORGANISATION_FIELD_LABEL[field]}
                  {NEEDED_ORGANISATION_FIELDS.includes(field) ? ' (necessaria)' : ''}
                  <select value={preview.columns[field] ?? ''} onChange={(e) => mapColumn(field, e.target.value)}>
                    <option value="">— non nel file —</option>
                    {preview.headers.map((header, index) => (
                      <option key={`${index}-${header}`} value={header}>
                        {header}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </fieldset>
          )}
          {[...preview.errors, ...preview.rows.flatMap((row) => row.errors)].map((e, i) => (
            <p key={i} className="problem" role="alert">
              {e}
            </p>
          ))}
          {preview.notes.map((note, i) => (
            <p key={i} className="muted">
              {note}
            </p>
          ))}
          {preview.ok && (
            <ul data-testid="organisations-read">
              {preview.organisations.map((o) => (
                <li key={o.name}>{`${o.name}: ${o.representatives.map((r) => r.name).join(', ')}`}</li>
              ))}
            </ul>
          )}
          <button type="button" className="primary" onClick={() => void importList()} disabled={!preview.ok}>
            Importa organizzazioni
          </button>
        </div>
      )}
      <p role="status" className="ok">
        {imported}
      </p>
    </section>
  );
}

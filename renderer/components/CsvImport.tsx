import { useState } from 'react';
import { MEMBER_FIELDS, MEMBER_FIELD_LABEL, neededMemberFields, type MemberColumns, type MemberField, type MembersFile, type MembersPreview } from '../../shared/api/members-import';
import type { BodyView } from '../../shared/api/contract';
import { plural } from '../../shared/phrasing';
import { startDownload } from '../app/start-download';
import { fileToBase64 } from '../app/file-base64';
import { read, write } from '../store/calls';

const TEMPLATE_MIME = { csv: 'text/csv', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

export async function fileToMembersFile(file: File): Promise<MembersFile> {
  if (!/\.xlsx$/i.test(file.name)) return { format: 'text', text: await file.text() };
  return { format: 'xlsx', base64: await fileToBase64(file) };
}

/**
 * A member list as the office has it (CSV, Excel, or rows pasted from a spreadsheet): which column holds what
 * (guessed, or remembered from the last import), then a preview that shows what was read in every row, then import.
 */
export function CsvImport({ bodyId, onImported }: { bodyId: string; onImported(body: BodyView): void }) {
  const [pasted, setPasted] = useState('');
  const [file, setFile] = useState<{ name: string; content: MembersFile } | null>(null);
  const [preview, setPreview] = useState<MembersPreview | null>(null);
  const [mode, setMode] = useState<'replace' | 'append'>('replace');
  /** A new key empties the file field once its list is imported. */
  const [fileFieldKey, setFileFieldKey] = useState(0);
  const source: MembersFile | null = file?.content ?? (pasted.trim() ? { format: 'text', text: pasted } : null);

  async function showPreview(content: MembersFile | null, columns?: MemberColumns) {
    if (!content) return;
    const result = await read('bodies.previewMembers', { bodyId, file: content, ...(columns ? { columns } : {}) });
    setPreview(result);
  }

  async function loadFile(chosen: File | undefined) {
    if (!chosen) return;
    const content = await fileToMembersFile(chosen);
    setFile({ name: chosen.name, content });
    await showPreview(content);
  }

  function mapColumn(field: MemberField, header: string) {
    if (!preview) return;
    const { [field]: _old, ...others } = preview.columns;
    void showPreview(source, header ? { ...others, [field]: header } : others);
  }

  async function importRows() {
    if (!source || !preview) return;
    const body = await write('bodies.importMembers', { bodyId, file: source, columns: preview.columns, mode });
    if (body) {
      setPreview(null);
      setPasted('');
      setFile(null);
      setFileFieldKey((k) => k + 1);
      onImported(body);
    }
  }

  async function template(format: 'csv' | 'xlsx') {
    const exported = await read('bodies.membersTemplate', { format });
    if (exported) startDownload(exported, TEMPLATE_MIME[format]);
  }

  const errorRows = preview?.rows.filter((r) => r.errors.length > 0).length ?? 0;
  const shownFields = preview ? MEMBER_FIELDS.filter((field) => preview.columns[field] !== undefined) : [];

  return (
    <section className="card" aria-labelledby="csv-h">
      <h2 id="csv-h">Importa componenti da un elenco</h2>
      <p className="explain">
        Un file CSV o Excel (.xlsx), oppure le righe copiate dal foglio di calcolo. Servono il numero d&apos;ordine, l&apos;ente e chi
        lo rappresenta; le altre colonne (ruolo, genere, popolazione, delega) se ci sono. Le colonne si abbinano qui sotto, qualunque sia il
        loro nome. Modello da compilare:{' '}
        <button type="button" className="button--quiet" onClick={() => void template('csv')}>
          CSV
        </button>{' '}
        <button type="button" className="button--quiet" onClick={() => void template('xlsx')}>
          Excel
        </button>
      </p>
      <div className="form-grid">
        <label>
          File CSV o Excel
          <input key={fileFieldKey} type="file" accept=".csv,.tsv,.txt,.xlsx,text/csv" onChange={(e) => void loadFile(e.target.files?.[0])} data-testid="csv-file" />
        </label>
        <label className="span-3">
          Oppure incolla qui le righe (dal foglio di calcolo o da un CSV)
          <textarea
            rows={5}
            value={pasted}
            onChange={(e) => {
              setPasted(e.target.value);
              setFile(null);
            }}
            data-testid="csv-text"
          />
        </label>
        <div className="form-actions">
          <button type="button" onClick={() => void showPreview(source)} disabled={!source}>
            Anteprima
          </button>
          {file && <span className="muted">File: {file.name}</span>}
        </div>
      </div>
      {preview && (
        <div className="stack" data-testid="csv-preview">
          {preview.headers.length > 0 && (
            <fieldset className="form-grid" data-testid="column-mapping">
              <legend>Quale colonna contiene che cosa</legend>
              {MEMBER_FIELDS.map((field) => (
                <label key={field}>
                  {MEMBER_FIELD_LABEL[field]}
                  {neededMemberFields(preview.populationRequired).includes(field) ? ' (necessaria)' : ''}
                  <select value={preview.columns[field] ?? ''} onChange={(e) => mapColumn(field, e.target.value)} data-testid={`column-${field}`}>
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
          {!preview.populationRequired && <p className="muted">Le regole dell&apos;organo non pesano la popolazione: la colonna è facoltativa.</p>}
          {preview.errors.map((e, i) => (
            <p key={i} className="problem" role="alert">
              {e}
            </p>
          ))}
          {preview.notes.map((note, i) => (
            <p key={i} className="banner">
              {note}
            </p>
          ))}
          <p>
            {plural(preview.rows.length, 'riga letta', 'righe lette')}
            {errorRows > 0 ? `, ${errorRows} con errori da correggere nel file` : ', nessun errore'}.
          </p>
          {preview.rows.length > 0 && (
            <div className="table-scroll">
              <table className="data-table data-table--compact">
                <caption className="sr-only">Anteprima: che cosa è stato letto in ogni riga</caption>
                <thead>
                  <tr>
                    <th scope="col">Riga</th>
                    {shownFields.map((field) => (
                      <th scope="col" key={field}>
                        {MEMBER_FIELD_LABEL[field]}
                      </th>
                    ))}
                    <th scope="col">Esito</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.rows.map((row) => (
                    <tr key={row.line} className={row.errors.length ? 'row--error' : undefined}>
                      <td>{row.line}</td>
                      {shownFields.map((field) => (
                        <td key={field}>{row.read[field] ?? ''}</td>
                      ))}
                      <td>{row.errors.length > 0 ? row.errors.join('; ') : `${row.member?.representative.role ?? ''} ${row.member?.representative.name ?? ''}`}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <fieldset className="inline">
            <legend>Come importare</legend>
            <label className="checkbox">
              <input type="radio" name="csv-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />
              Sostituisci i componenti attuali
            </label>
            <label className="checkbox">
              <input type="radio" name="csv-mode" checked={mode === 'append'} onChange={() => setMode('append')} />
              Aggiungi ai componenti attuali
            </label>
          </fieldset>
          <div className="form-actions">
            <button type="button" className="button--primary" onClick={() => void importRows()} disabled={!preview.ok}>
              Importa {plural(preview.rows.length, 'componente', 'componenti')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

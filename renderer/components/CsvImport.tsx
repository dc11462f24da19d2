import { useState } from 'react';
import type { CsvPreview } from '../../shared/api/contract';
import type { Body } from '../../shared/model';
import { formatInteger } from '../../shared/phrasing';
import { displayDate } from '../lib/format';
import { read, write } from '../store/calls';

/** CSV import of members: preview with row-level errors, then import (refused while any row is wrong). */
export function CsvImport({ bodyId, onImported }: { bodyId: string; onImported(body: Body): void }) {
  const [csv, setCsv] = useState('');
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [mode, setMode] = useState<'replace' | 'append'>('replace');

  async function loadFile(file: File | undefined) {
    if (!file) return;
    const text = await file.text();
    setCsv(text);
    await showPreview(text);
  }

  async function showPreview(text = csv) {
    const result = await read('bodies.previewMembersCsv', { csv: text });
    setPreview(result);
  }

  async function importRows() {
    const body = await write('bodies.importMembersCsv', { bodyId, csv, mode });
    if (body) {
      setPreview(null);
      setCsv('');
      onImported(body);
    }
  }

  const errorRows = preview?.rows.filter((r) => r.errors.length > 0).length ?? 0;

  return (
    <section className="card" aria-labelledby="csv-h">
      <h2 id="csv-h">Importa componenti da CSV</h2>
      <p className="explain">
        Colonne: <code>N.</code>, <code>Ente</code>, <code>Popolazione</code>, <code>Data popolazione</code>, <code>Rappresentante</code>,{' '}
        <code>Ruolo</code>, <code>Genere</code> (M/F), facoltativa <code>Genere ente</code>. Separatore «;» o «,».
      </p>
      <div className="form-grid">
        <label>
          File CSV
          <input type="file" accept=".csv,text/csv" onChange={(e) => void loadFile(e.target.files?.[0])} data-testid="csv-file" />
        </label>
        <label className="span-3">
          Oppure incolla qui il contenuto
          <textarea rows={5} value={csv} onChange={(e) => setCsv(e.target.value)} data-testid="csv-text" />
        </label>
        <div className="form-actions">
          <button type="button" onClick={() => void showPreview()} disabled={!csv.trim()}>
            Anteprima
          </button>
        </div>
      </div>
      {preview && (
        <div className="stack" data-testid="csv-preview">
          {preview.errors.map((e, i) => (
            <p key={i} className="problem" role="alert">
              {e}
            </p>
          ))}
          <p>
            {preview.rows.length} righe lette
            {errorRows > 0 ? `, ${errorRows} con errori da correggere nel file` : ', nessun errore'}.
          </p>
          <div className="table-scroll">
            <table className="data-table">
              <caption className="sr-only">Anteprima dei componenti</caption>
              <thead>
                <tr>
                  <th scope="col">Riga</th>
                  <th scope="col">N.</th>
                  <th scope="col">Ente</th>
                  <th scope="col">Popolazione</th>
                  <th scope="col">Rappresentante</th>
                  <th scope="col">Errori</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row) => (
                  <tr key={row.line} className={row.errors.length ? 'row--error' : undefined}>
                    <td>{row.line}</td>
                    <td>{row.member?.seat ?? ''}</td>
                    <td>{row.member?.entity ?? ''}</td>
                    <td>{row.member ? `${formatInteger(row.member.population)} (${displayDate(row.member.populationDate)})` : ''}</td>
                    <td>{row.member ? `${row.member.representative.role} ${row.member.representative.name}` : ''}</td>
                    <td>{row.errors.join('; ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
              Importa {preview.rows.length} componenti
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

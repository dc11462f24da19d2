import { useState } from 'react';
import { MEMBER_FIELDS, MEMBER_FIELD_LABEL, neededMemberFields, type MembersPreview } from '../../shared/api/members-import';
import type { BodyView } from '../../shared/api/contract';
import { plural } from '../../shared/phrasing';
import { startDownload } from '../app/start-download';
import { read, write } from '../store/calls';
import { ListImport } from './ListImport';

const TEMPLATE_MIME = { csv: 'text/csv', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/**
 * A member list as the office has it (CSV, Excel, or rows pasted from a spreadsheet): which column holds what
 * (guessed, or remembered from the last import), then a preview that shows what was read in every row, then import.
 */
export function CsvImport({ bodyId, onImported }: { bodyId: string; onImported(body: BodyView): void }) {
  const [mode, setMode] = useState<'replace' | 'append'>('replace');

  async function template(format: 'csv' | 'xlsx') {
    const exported = await read('bodies.membersTemplate', { format });
    if (exported) startDownload(exported, TEMPLATE_MIME[format]);
  }

  return (
    <ListImport
      heading="Importa componenti da un elenco"
      headingId="csv-h"
      explain={
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
      }
      fileLabel="File CSV o Excel"
      pasteLabel="Oppure incolla qui le righe (dal foglio di calcolo o da un CSV)"
      testIds={{ file: 'csv-file', paste: 'csv-text', preview: 'csv-preview', mapping: 'column-mapping' }}
      fields={MEMBER_FIELDS}
      fieldLabel={MEMBER_FIELD_LABEL}
      neededFields={(preview: MembersPreview) => neededMemberFields(preview.populationRequired)}
      previewList={(file, columns) => read('bodies.previewMembers', { bodyId, file, ...(columns ? { columns } : {}) })}
      importList={(file, columns) => write('bodies.importMembers', { bodyId, file, columns, mode })}
      importLabel={(preview) => `Importa ${plural(preview.rows.length, 'componente', 'componenti')}`}
      underMapping={(preview) =>
        !preview.populationRequired && <p className="muted">Le regole dell&apos;organo non pesano la popolazione: la colonna è facoltativa.</p>
      }
      readout={(preview) => <MembersRead preview={preview} />}
      options={
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
      }
      onImported={onImported}
    />
  );
}

/** What was read in every row, with its errors beside it. */
function MembersRead({ preview }: { preview: MembersPreview }) {
  const errorRows = preview.rows.filter((r) => r.errors.length > 0).length;
  const shownFields = MEMBER_FIELDS.filter((field) => preview.columns[field] !== undefined);
  return (
    <>
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
    </>
  );
}

import type { BodyView } from '../../shared/api/contract';
import { NEEDED_ORGANISATION_FIELDS, ORGANISATION_FIELDS, ORGANISATION_FIELD_LABEL, type OrganisationsPreview } from '../../shared/api/organisations-import';
import { read, write } from '../store/calls';
import { ListImport } from './ListImport';

/** A tavolo's organisations from the office's list (CSV, Excel or pasted rows, one row per representative). */
export function OrganisationsImport({ bodyId, onImported }: { bodyId: string; onImported(body: BodyView): void }) {
  return (
    <ListImport
      heading="Organizzazioni del tavolo da elenco"
      headingId="organisations-h"
      explain={
        <p className="muted">
          Un file CSV o Excel (.xlsx), una riga per rappresentante: organizzazione, categoria (ETS, Comune, ASST/ATS, Sindacato, Scuola, Cooperativa,
          Altro), n. RUNTS, rappresentante e ruolo, data di adesione. L&apos;elenco sostituisce le organizzazioni del tavolo.
        </p>
      }
      fileLabel="File dell'elenco"
      testIds={{ file: 'organisations-file', preview: 'organisations-preview', mapping: 'organisations-columns' }}
      fields={ORGANISATION_FIELDS}
      fieldLabel={ORGANISATION_FIELD_LABEL}
      neededFields={() => NEEDED_ORGANISATION_FIELDS}
      previewList={(file, columns) => read('bodies.previewOrganisations', { bodyId, file, columns })}
      importList={(file, columns) => write('bodies.importOrganisations', { bodyId, file, columns, mode: 'replace' })}
      importLabel={() => 'Importa organizzazioni'}
      problems={(preview: OrganisationsPreview) => [...preview.errors, ...preview.rows.flatMap((row) => row.errors)]}
      readout={(preview) =>
        preview.ok && (
          <ul data-testid="organisations-read">
            {preview.organisations.map((o) => (
              <li key={o.name}>{`${o.name}: ${o.representatives.map((r) => r.name).join(', ')}`}</li>
            ))}
          </ul>
        )
      }
      importedText={(body) => `Importate ${body.tavolo?.organisations.length ?? 0} organizzazioni.`}
      onImported={onImported}
    />
  );
}

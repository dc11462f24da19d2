import { useState, type ReactNode } from 'react';
import type { BodyView } from '../../shared/api/contract';
import type { MembersFile } from '../../shared/api/members-import';
import { fileToBase64 } from '../app/file-base64';

export async function fileToMembersFile(file: File): Promise<MembersFile> {
  if (!/\.xlsx$/i.test(file.name)) return { format: 'text', text: await file.text() };
  return { format: 'xlsx', base64: await fileToBase64(file) };
}

type Columns<F extends string> = Partial<Record<F, string>>;

/** What every list's preview says: the file's headers, the columns used (asked for or guessed), and what to fix or check. */
interface ListPreview<F extends string> {
  headers: string[];
  columns: Columns<F>;
  ok: boolean;
  errors: string[];
  notes: string[];
}

interface ListImportProps<F extends string, P extends ListPreview<F>> {
  heading: string;
  headingId: string;
  /** The paragraph under the heading: what the list must hold. */
  explain: ReactNode;
  fileLabel: string;
  /** The paste area's label; without it the list comes only as a file. */
  pasteLabel?: string;
  testIds: { file: string; paste?: string; preview: string; mapping: string };
  fields: readonly F[];
  fieldLabel: Record<F, string>;
  neededFields(preview: P): readonly F[];
  previewList(file: MembersFile, columns: Columns<F> | undefined): Promise<P | null>;
  importList(file: MembersFile, columns: Columns<F>): Promise<BodyView | null>;
  importLabel(preview: P): string;
  /** A line under the column mapping (a column that is optional for this body). */
  underMapping?(preview: P): ReactNode;
  /** The problems shown as alerts; by default the file's own (rows' problems then stand in the readout). */
  problems?(preview: P): string[];
  /** What the preview shows of this list after its problems and notes: the rows read, or what they make. */
  readout(preview: P): ReactNode;
  /** Choices beside the import button (replace or append). */
  options?: ReactNode;
  /** Said in a status line once imported; without it nothing is said there. */
  importedText?(body: BodyView): string;
  onImported(body: BodyView): void;
}

/**
 * A list as the office has it (CSV, Excel, or rows pasted from a spreadsheet): which column holds what (guessed, or
 * chosen here), a preview of what was read with every problem, then import. Members and a tavolo's organisations.
 */
export function ListImport<F extends string, P extends ListPreview<F>>(props: ListImportProps<F, P>) {
  const { fields, fieldLabel, testIds } = props;
  const [pasted, setPasted] = useState('');
  const [file, setFile] = useState<{ name: string; content: MembersFile } | null>(null);
  const [preview, setPreview] = useState<P | null>(null);
  const [imported, setImported] = useState('');
  /** A new key empties the file field once its list is imported. */
  const [fileFieldKey, setFileFieldKey] = useState(0);
  const source: MembersFile | null = file?.content ?? (pasted.trim() ? { format: 'text', text: pasted } : null);

  async function showPreview(content: MembersFile | null, columns?: Columns<F>) {
    if (!content) return;
    setImported('');
    setPreview(await props.previewList(content, columns));
  }

  async function loadFile(chosen: File | undefined) {
    if (!chosen) return;
    const content = await fileToMembersFile(chosen);
    setFile({ name: chosen.name, content });
    await showPreview(content);
  }

  function mapColumn(field: F, header: string) {
    if (!preview) return;
    const columns: Columns<F> = { ...preview.columns };
    if (header) columns[field] = header;
    else delete columns[field];
    void showPreview(source, columns);
  }

  async function importRows() {
    if (!source || !preview) return;
    const body = await props.importList(source, preview.columns);
    if (!body) return;
    setPreview(null);
    setPasted('');
    setFile(null);
    setFileFieldKey((k) => k + 1);
    if (props.importedText) setImported(props.importedText(body));
    props.onImported(body);
  }

  return (
    <section className="card" aria-labelledby={props.headingId}>
      <h2 id={props.headingId}>{props.heading}</h2>
      {props.explain}
      <div className="form-grid">
        <label>
          {props.fileLabel}
          <input key={fileFieldKey} type="file" accept=".csv,.tsv,.txt,.xlsx,text/csv" onChange={(e) => void loadFile(e.target.files?.[0])} data-testid={testIds.file} />
        </label>
        {props.pasteLabel && (
          <label className="span-3">
            {props.pasteLabel}
            <textarea
              rows={5}
              value={pasted}
              onChange={(e) => {
                setPasted(e.target.value);
                setFile(null);
              }}
              data-testid={testIds.paste}
            />
          </label>
        )}
        <div className="form-actions">
          {props.pasteLabel && (
            <button type="button" onClick={() => void showPreview(source)} disabled={!source}>
              Anteprima
            </button>
          )}
          {file && <span className="muted">File: {file.name}</span>}
        </div>
      </div>
      {preview && (
        <div className="stack" data-testid={testIds.preview}>
          {preview.headers.length > 0 && (
            <fieldset className="form-grid" data-testid={testIds.mapping}>
              <legend>Quale colonna contiene che cosa</legend>
              {fields.map((field) => (
                <label key={field}>
                  {fieldLabel[field]}
                  {props.neededFields(preview).includes(field) ? ' (necessaria)' : ''}
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
          {props.underMapping?.(preview)}
          {(props.problems?.(preview) ?? preview.errors).map((e, i) => (
            <p key={i} className="problem" role="alert">
              {e}
            </p>
          ))}
          {preview.notes.map((note, i) => (
            <p key={i} className="banner">
              {note}
            </p>
          ))}
          {props.readout(preview)}
          {props.options}
          <div className="form-actions">
            <button type="button" className="button--primary" onClick={() => void importRows()} disabled={!preview.ok}>
              {props.importLabel(preview)}
            </button>
          </div>
        </div>
      )}
      {props.importedText && (
        <p role="status" className="ok">
          {imported}
        </p>
      )}
    </section>
  );
}

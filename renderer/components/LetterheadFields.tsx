import { useEffect, useState } from 'react';
import type { ProfileInput } from '../../shared/api/contract';
import { WordLetterheadSchema } from '../../shared/model';
import { fileToBase64 } from '../app/file-base64';
import { read } from '../store/calls';

type LogoChoice = NonNullable<ProfileInput['logo']>;
type LetterheadChoice = NonNullable<ProfileInput['letterhead']>;

interface Props {
  /** The body whose stored logo (named by hash) is shown; null for a new body. */
  bodyId: string | null;
  logo: LogoChoice | null;
  letterhead: LetterheadChoice;
  onLogo(logo: LogoChoice | null): void;
  onLetterhead(letterhead: LetterheadChoice): void;
}

const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** One line per row; the text she types is kept as typed (an empty row while typing), the lines saved are not empty. */
function LinesField({ id, label, hint, lines, onChange }: { id: string; label: string; hint: string; lines: readonly string[]; onChange(lines: string[]): void }) {
  const [text, setText] = useState(lines.join('\n'));
  return (
    <label>
      {label}
      <textarea
        id={id}
        rows={3}
        value={text}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          setText(e.target.value);
          onChange(linesOf(e.target.value));
        }}
      />
      <span id={`${id}-hint`} className="explain">
        {hint}
      </span>
    </label>
  );
}

/** The logo as picked (its bytes are here), or as stored: fetched once by its hash. */
function LogoImage({ bodyId, logo }: { bodyId: string | null; logo: LogoChoice }) {
  const picked = 'base64' in logo ? `data:${logo.mimeType};base64,${logo.base64}` : null;
  const storedHash = 'sha256' in logo ? logo.sha256 : null;
  const [stored, setStored] = useState<string | null>(null);
  useEffect(() => {
    if (!storedHash || !bodyId) return;
    let shown = true;
    void read('blobs.get', { bodyId, sha256: storedHash }).then((blob) => shown && blob && setStored(`data:${blob.mimeType};base64,${blob.base64}`));
    return () => {
      shown = false;
    };
  }, [bodyId, storedHash]);
  const src = picked ?? stored;
  return src ? <img style={{ maxHeight: '4rem', maxWidth: '12rem' }} src={src} alt="Logo dell'ente" /> : <span>Logo salvato</span>;
}

/** The letterhead of the verbale: logo, header and footer lines, or the office's own Word letterhead. */
export function LetterheadFields({ bodyId, logo, letterhead, onLogo, onLetterhead }: Props) {
  const set = (patch: Partial<LetterheadChoice>) => onLetterhead({ ...letterhead, ...patch });
  /** Why the file just picked cannot be the letterhead, said beside the field (the model's own rule, before saving). */
  const [wordRefusal, setWordRefusal] = useState<string | null>(null);

  async function pickWord(file: File) {
    const checked = WordLetterheadSchema.safeParse({ fileName: file.name, base64: await fileToBase64(file) });
    setWordRefusal(checked.success ? null : `«${file.name}»: ${checked.error.issues[0]?.message ?? 'file non valido'}`);
    if (checked.success) set({ word: checked.data });
  }

  return (
    <fieldset className="stack">
      <legend>Carta intestata del verbale</legend>
      <div className="stack">
        <span>Logo (PNG o JPEG, al massimo 2 MB)</span>
        {logo ? (
          <div className="form-actions">
            <LogoImage bodyId={bodyId} logo={logo} />
            <button type="button" onClick={() => onLogo(null)}>
              Rimuovi il logo
            </button>
          </div>
        ) : (
          <input
            type="file"
            aria-label="Carica il logo"
            accept="image/png,image/jpeg"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (file) onLogo({ mimeType: file.type === 'image/png' ? 'image/png' : 'image/jpeg', base64: await fileToBase64(file) });
            }}
          />
        )}
      </div>
      <LinesField
        id="letterhead-header"
        label="Righe dell'intestazione (una per riga)"
        hint="In cima a ogni pagina, con il logo: per esempio il nome dell'ufficio e l'indirizzo."
        lines={letterhead.headerLines}
        onChange={(headerLines) => set({ headerLines })}
      />
      <LinesField
        id="letterhead-footer"
        label="Righe del piè di pagina (una per riga)"
        hint="In fondo a ogni pagina, sopra «Pagina X di Y»: indirizzo, PEC, codice fiscale."
        lines={letterhead.footerLines}
        onChange={(footerLines) => set({ footerLines })}
      />
      <div className="stack">
        <span>Carta intestata Word dell&apos;ufficio (.docx o .dotx, al massimo 5 MB)</span>
        {letterhead.word ? (
          <div className="form-actions">
            <span>
              File: <strong>{letterhead.word.fileName}</strong>
            </span>
            <button type="button" onClick={() => set({ word: null })}>
              Rimuovi la carta intestata
            </button>
          </div>
        ) : (
          <input
            type="file"
            aria-label="Carica la carta intestata Word"
            accept=".docx,.dotx,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.wordprocessingml.template"
            aria-describedby={wordRefusal ? 'letterhead-word-refusal' : undefined}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void pickWord(file);
            }}
          />
        )}
        {wordRefusal && (
          <p id="letterhead-word-refusal" className="problem" role="alert">
            {wordRefusal}
          </p>
        )}
        <p className="explain">
          Con la carta intestata Word il verbale ne prende intestazioni, piè di pagina, immagini, formato e margini; le righe qui sopra e il
          logo non vengono stampati. Se il suo piè di pagina non numera le pagine, vi si aggiunge «Pagina X di Y».
        </p>
      </div>
    </fieldset>
  );
}

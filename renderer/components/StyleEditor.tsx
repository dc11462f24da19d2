import { useEffect, useMemo, useState } from 'react';
import type { StyleExamplesResult, StylePreset } from '../../shared/api/styles';
import type { BodyView } from '../../shared/api/contract';
import { SENTENCE_KINDS, SENTENCE_VOCABULARY, TAVOLO_SENTENCE_KINDS, completeTemplates, templateOf, templateProblem, type SentenceKind, type VerbaleStyle } from '../../shared/style';
import { startDownload } from '../app/start-download';
import { displayDate } from '../lib/format';
import { read, write } from '../store/calls';
import { NamedOptions } from './NamedOptions';

interface Props {
  body: BodyView;
  onSaved(body: BodyView): void;
}

/** How long the preview waits after the last key before it renders again. */
const PREVIEW_DEBOUNCE_MS = 250;

const CHOICES = {
  decisionLabel: { label: 'Etichetta «DECISIONE:»', options: { every: 'a ogni decisione', firstOfItem: 'solo alla prima decisione del punto', none: 'mai' } },
  namedOrder: { label: 'Ordine dei nomi (contrari, astenuti)', options: { seat: "per numero d'ordine", announced: 'come annunciati dal Presidente' } },
  participants: { label: 'Partecipanti senza diritto di voto', options: { lines: 'uno per riga', byOrganisation: 'raggruppati per organizzazione' } },
  lateArrivals: { label: 'Arrivi dopo l\'appello', options: { table: 'segnati nella tabella delle presenze', narrative: 'solo nel racconto' } },
} as const satisfies Partial<Record<keyof VerbaleStyle, { label: string; options: Record<string, string> }>>;

type Choice = keyof typeof CHOICES;

/** A tavolo votes on nothing and has no attendance table: a decision's label, the order of named votes, late arrivals in the table mean nothing there. */
const choicesFor = (body: BodyView): Choice[] =>
  body.kind === 'tavolo' ? ['participants'] : (Object.keys(CHOICES) as Choice[]);

/** A tavolo's participants are its guests and the others, as its body screen calls them (ParticipantsTable). */
const choiceLabel = (body: BodyView, choice: Choice): string =>
  body.kind === 'tavolo' && choice === 'participants' ? 'Ospiti e altri partecipanti' : CHOICES[choice].label;

/** The sentences a tavolo's verbale shares with an Assemblea's (buildTavoloVerbale): its guests' lines, no attendance table, quorum, movement, vote or member speaking. */
const SHARED_WITH_TAVOLO: SentenceKind[] = ['title', 'subtitle', 'opening', 'itemHeading', 'participant', 'participantGroup', 'participantInGroup', 'statementParticipant', 'statementMinuteTaker', 'closing'];

/**
 * The sentences the body's verbale can print: a tavolo with its organisations, its own and the shared ones; any other
 * body, all but the tavolo's. The others keep their templates.
 */
const kindsFor = (body: BodyView): SentenceKind[] => {
  const tavoloKinds = TAVOLO_SENTENCE_KINDS as SentenceKind[];
  return body.tavolo
    ? SENTENCE_KINDS.filter((kind) => tavoloKinds.includes(kind) || SHARED_WITH_TAVOLO.includes(kind))
    : SENTENCE_KINDS.filter((kind) => !tavoloKinds.includes(kind));
};

/**
 * The style of the body's verbale: every sentence kind's template beside the sentence it writes (from the body's
 * latest meeting, or the example meeting), checked as she types with the model's own rule, previewed by the Node
 * side after a pause; a preset to start from, the style's choices, and the style as a file to share.
 */
export function StyleEditor({ body, onSaved }: Props) {
  const [style, setStyle] = useState<VerbaleStyle>(() => ({ ...body.style, templates: completeTemplates(body.style.templates) }));
  const [presets, setPresets] = useState<StylePreset[]>([]);
  const [presetName, setPresetName] = useState(body.style.name);
  const [preview, setPreview] = useState<StyleExamplesResult | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    void read('styles.presets', {}).then((list) => list && setPresets(list));
  }, []);

  const problems = useMemo(() => {
    const found = new Map<SentenceKind, string>();
    for (const kind of SENTENCE_KINDS) {
      const problem = templateProblem(kind, style.templates[kind]);
      if (problem) found.set(kind, problem.text);
    }
    return found;
  }, [style]);

  // The preview renders what is valid: a template being mistyped shows the saved one's sentence until it is good again.
  useEffect(() => {
    const templates = { ...style.templates };
    for (const kind of problems.keys()) templates[kind] = templateOf(body.style.templates, kind);
    const timer = setTimeout(() => {
      void read('styles.examples', { bodyId: body.id, style: { ...style, templates } }).then((result) => result && setPreview(result));
    }, PREVIEW_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [style, problems, body.id, body.style]);

  const preset = presets.find((candidate) => candidate.style.name === presetName) ?? null;
  const setTemplate = (kind: SentenceKind, template: string) => setStyle((current) => ({ ...current, templates: { ...current.templates, [kind]: template } }));

  async function save() {
    const saved = await write('styles.set', { bodyId: body.id, style });
    if (saved) {
      onSaved(saved);
      setNotice(`Stile «${saved.style.name}» salvato: vale per le sedute create da ora.`);
    }
  }

  async function exportFile() {
    const file = await read('styles.exportFile', { bodyId: body.id });
    if (!file) return;
    const name = startDownload(file, 'application/json');
    setNotice(`Stile salvato esportato come ${name}.`);
  }

  async function importFile(file: File) {
    const imported = await read('styles.parseFile', { content: await file.text() });
    if (!imported) return;
    setStyle(imported);
    setNotice(`Stile «${imported.name}» letto da ${file.name}: controllare e salvare.`);
  }

  const source = preview?.source;
  return (
    <section className="card stack" aria-labelledby="style-h">
      <h2 id="style-h">Stile del verbale</h2>
      <p className="explain">
        Ogni frase del verbale ha il suo modello: testo libero con i segnaposto tra graffe, come {'{data}'}, e le parti facoltative tra{' '}
        {'{#if ora}'} e {'{/if}'}. Accanto a ogni modello, la frase che ne esce{' '}
        {source?.kind === 'meeting' ? `dall'ultima seduta dell'organo (${displayDate(source.date)})` : source ? 'dalla seduta di esempio' : ''}.
      </p>
      <div className="form-actions">
        <label>
          Modello di partenza
          <select value={presetName} onChange={(e) => setPresetName(e.target.value)}>
            {!preset && <option value={presetName}>{presetName}</option>}
            {presets.map((candidate) => (
              <option key={candidate.style.name} value={candidate.style.name}>
                {candidate.style.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={!preset} onClick={() => preset && setStyle(preset.style)}>
          Ripristina dal modello
        </button>
        <label>
          Nome dello stile
          <input value={style.name} onChange={(e) => setStyle({ ...style, name: e.target.value })} />
        </label>
      </div>
      {preset && <p className="muted small">{preset.summary}</p>}
      <fieldset className="form-grid">
        <legend>Scelte dello stile</legend>
        {choicesFor(body).map((choice) => (
          <label key={choice}>
            {choiceLabel(body, choice)}
            <select value={style[choice]} onChange={(e) => setStyle({ ...style, [choice]: e.target.value })}>
              <NamedOptions names={CHOICES[choice].options} />
            </select>
          </label>
        ))}
        <label className="checkbox">
          <input type="checkbox" checked={style.revisionOnPage} onChange={(e) => setStyle({ ...style, revisionOnPage: e.target.checked })} />
          Numero di revisione sulla pagina
        </label>
      </fieldset>
      <ul className="plain-list style-sentences">
        {kindsFor(body).map((kind) => {
          const id = `style-${kind}`;
          const problem = problems.get(kind);
          const example = preview?.examples[kind];
          return (
            <li key={kind} className="style-sentence">
              <div className="stack">
                <label htmlFor={id}>{SENTENCE_VOCABULARY[kind].label}</label>
                <textarea
                  id={id}
                  rows={2}
                  value={style.templates[kind]}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={`${id}-example${problem ? ` ${id}-problem` : ''}`}
                  onChange={(e) => setTemplate(kind, e.target.value)}
                />
                {problem && (
                  <p id={`${id}-problem`} className="problem" role="alert">
                    {problem}
                  </p>
                )}
                {preset && preset.style.templates[kind] !== style.templates[kind] && (
                  <button type="button" className="small" onClick={() => setTemplate(kind, preset.style.templates[kind])}>
                    Ripristina dal modello<span className="sr-only"> «{preset.style.name}»: {SENTENCE_VOCABULARY[kind].label}</span>
                  </button>
                )}
              </div>
              <p id={`${id}-example`} className="style-example" data-testid={`example-${kind}`}>
                <span className="sr-only">Esempio: </span>
                {example ? example.text || '(nessuna frase)' : '…'}
                {example && !example.fromMeeting && <span className="muted small"> (con valori di esempio)</span>}
                {problem && <span className="muted small"> (frase del modello salvato, finché il nuovo non è corretto)</span>}
              </p>
            </li>
          );
        })}
      </ul>
      <div className="form-actions">
        <button type="button" className="button--primary" disabled={problems.size > 0} onClick={() => void save()}>
          Salva lo stile
        </button>
        <button type="button" onClick={() => void exportFile()}>
          Esporta lo stile salvato
        </button>
        <label>
          Importa uno stile da file
          <input type="file" accept=".json,application/json" onChange={(e) => e.target.files?.[0] && void importFile(e.target.files[0])} />
        </label>
      </div>
      {problems.size > 0 && <p className="problems">Da correggere prima di salvare: {[...problems.values()].join('; ')}</p>}
      {notice && (
        <p role="status" className="ok">
          {notice}
        </p>
      )}
    </section>
  );
}

import { renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PRESET_SUMMARIES, SENTENCE_KINDS, SENTENCE_VOCABULARY, STANDARD_STYLE, STYLE_PRESETS, templateProblem, type SentenceKind } from '../shared/style';
import { vocabularyExample } from '../shared/style/examples';
import { parseTemplate, renderTemplate } from '../shared/style/template';

export const STYLE_DOC_PATH = join(import.meta.dirname, '..', 'docs', 'STYLE.md');

const code = (text: string) => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, '<br>');

/** A template rendered by the engine itself over the values given: the doc's examples are the engine's output. */
function rendered(template: string, values: Record<string, string>): string {
  const parsed = parseTemplate(template, new Set(Object.keys(values)));
  if (!parsed.ok) throw new Error(`Esempio non valido: ${template}`);
  return renderTemplate(parsed.nodes, values);
}

function syntax(): string[] {
  const broken = templateProblem('opening', 'Il giorno {data}{#if ora}, alle ore {orra}{/if}.');
  return [
    '## La sintassi dei modelli',
    '',
    'Un modello è testo libero con tre sole forme tra graffe:',
    '',
    '| Forma | Significato |',
    '| --- | --- |',
    '| `{nome}` | il valore del segnaposto `nome` (solo quelli della frase, elencati sotto) |',
    '| `{#if nome}…{/if}` | il testo fra le due graffe, solo se `nome` ha un valore; i blocchi si possono annidare |',
    '| qualsiasi altro testo | stampato così com\'è |',
    '',
    'Non ci sono espressioni né caratteri di escape: una graffa fuori da queste forme, un segnaposto che la frase non',
    'conosce, un `{#if}` senza `{/if}`, una parentesi tonda aperta e non chiusa (o chiusa senza apertura; nel titolo del',
    'punto e nel tema di un tavolo è ammessa la numerazione `{numero})`) rifiutano il modello, con la posizione (carattere,',
    'da 1) e il motivo,',
    `per esempio: «${broken?.text ?? ''}». Un modello rifiutato non viene mai salvato.`,
    '',
    'I valori arrivano già concordati: singolare e plurale («1 voto favorevole», «2 voti favorevoli»), genere di ruoli e',
    'articoli («la consigliera», «il consigliere»), elenchi «A, B e C», numeri e date in italiano. Una frase del racconto',
    '(segnata «frase» sotto) comincia sempre con la maiuscola, qualunque sia la prima lettera del modello.',
    '',
    'Le frasi «Tavolo: …» scrivono il verbale di un incontro di un tavolo di co-programmazione. Quelle che aprono un',
    'contributo, un punto condiviso, una posizione divergente o la riga di un\'organizzazione stampano in grassetto le',
    'parole con cui cominciano, fino alla prima parentesi del modello o fino a `{testo}`; un titolo di sezione lasciato',
    'vuoto non viene stampato. Uno stile salvato prima che queste frasi fossero nello stile (in un organo, nella copia di',
    'una seduta, in un file) le legge dal modello «Tavolo di co-programmazione»: i verbali già scritti non cambiano.',
    '',
  ];
}

function tidyRules(): string[] {
  const examples: [string, Record<string, string>, string][] = [
    ['{nome} ({ruolo})', { nome: 'Anna Neri', ruolo: '' }, 'la parentesi rimasta vuota sparisce'],
    ['{ruolo}, {organizzazione}', { ruolo: 'Direttore', organizzazione: '' }, 'la virgola rimasta in fondo sparisce'],
    ['{ruolo}, {organizzazione}', { ruolo: '', organizzazione: 'Ufficio di Piano' }, 'la virgola rimasta in testa sparisce'],
    ['{titolo} {nome} - {assente}', { titolo: '', nome: 'Sara Verdi', assente: '' }, 'il trattino senza seguito e lo spazio doppio spariscono'],
    ['{titolo}: {nome}', { titolo: '', nome: 'Anna Neri' }, 'i due punti rimasti in testa spariscono'],
  ];
  const unguarded = rendered('Alle ore {ora} arriva {chi}.', { ora: '', chi: 'il consigliere' });
  return [
    '## Le regole di pulizia',
    '',
    'Quando un segnaposto è vuoto (un fatto che non c\'è: l\'ora di inizio non data, un titolo non indicato), il testo',
    'del modello intorno a lui viene ripulito: parentesi vuote, virgole, punti e virgola, due punti e trattini rimasti',
    'senza seguito, spazi doppi o in testa. Il testo scritto da una persona (un intervento, un oggetto, un nome) non viene',
    'mai toccato: la pulizia agisce solo sul testo del modello. Esempi, come li scrive il motore:',
    '',
    '| Modello | Valori | Risultato | Perché |',
    '| --- | --- | --- | --- |',
    ...examples.map(([template, values, why]) => {
      const given = Object.entries(values)
        .map(([name, value]) => `${name} = ${value ? `«${value}»` : 'vuoto'}`)
        .join(', ');
      return `| ${code(template)} | ${cell(given)} | «${cell(rendered(template, values))}» | ${why} |`;
    }),
    '',
    `Le parole del modello restano: \`Alle ore {ora} arriva {chi}.\` con \`ora\` vuota dà «${unguarded}». Per un fatto che`,
    `può mancare, le sue parole vanno dentro \`{#if ora}…{/if}\` (come fa il modello Standard della frase di apertura).`,
    '',
  ];
}

function sentenceKinds(): string[] {
  const lines = ['## Le frasi e i loro segnaposto', ''];
  for (const kind of SENTENCE_KINDS) {
    const entry = SENTENCE_VOCABULARY[kind as SentenceKind];
    const placeholders = Object.entries(entry.placeholders as Record<string, { description: string; example: string }>);
    lines.push(`### ${entry.label} (\`${kind}\`${entry.sentence ? ', frase' : ''})`, '');
    lines.push(`Modello Standard: ${STANDARD_STYLE.templates[kind] ? code(STANDARD_STYLE.templates[kind]) : '(vuoto)'}`, '');
    const example = vocabularyExample(STANDARD_STYLE, kind);
    if (placeholders.length > 0 && example) lines.push(`Con i valori di esempio scrive: «${cell(example)}»`, '');
    if (placeholders.length === 0) {
      lines.push('Nessun segnaposto: testo fisso.', '');
      continue;
    }
    lines.push('| Segnaposto | Descrizione | Esempio |', '| --- | --- | --- |');
    for (const [name, placeholder] of placeholders) lines.push(`| \`{${name}}\` | ${cell(placeholder.description)} | ${cell(placeholder.example)} |`);
    lines.push('');
  }
  return lines;
}

const CHOICE_LABELS = {
  decisionLabel: { every: 'a ogni decisione', firstOfItem: 'alla prima decisione del punto', none: 'mai' },
  namedOrder: { seat: "per numero d'ordine", announced: 'come annunciati' },
  participants: { lines: 'uno per riga', byOrganisation: 'per organizzazione' },
  lateArrivals: { table: 'nella tabella delle presenze', narrative: 'solo nel racconto' },
} as const;

function presets(): string[] {
  const lines = [
    '## I modelli di partenza',
    '',
    '`npx verbalizza styles` li elenca; `npx verbalizza export-docx <seduta> <verbale.docx> --style <modello | file>` (ed',
    '`export-pdf`) scrive un verbale in un altro stile senza cambiare la seduta. Nella scheda dell\'organo, «Stile del',
    'verbale» parte da uno di questi; uno stile si esporta e si importa come file (`format: "verbalizza.style"`, versione 1).',
    '',
    '| Modello | Etichetta «DECISIONE:» | Nomi | Partecipanti | Arrivi dopo l\'appello | Revisione sulla pagina |',
    '| --- | --- | --- | --- | --- | --- |',
    ...STYLE_PRESETS.map(
      (style) =>
        `| ${style.name} | ${CHOICE_LABELS.decisionLabel[style.decisionLabel]} | ${CHOICE_LABELS.namedOrder[style.namedOrder]} | ${CHOICE_LABELS.participants[style.participants]} | ${CHOICE_LABELS.lateArrivals[style.lateArrivals]} | ${style.revisionOnPage ? 'sì' : 'no'} |`,
    ),
    '',
  ];
  for (const style of STYLE_PRESETS) {
    lines.push(`### ${style.name}`, '', PRESET_SUMMARIES[style.name] ?? '', '');
    if (style === STANDARD_STYLE) {
      lines.push('I suoi modelli sono quelli indicati per ogni frase qui sotto.', '');
      continue;
    }
    lines.push('Le frasi che scrive diversamente da Standard:', '', '| Frase | Modello |', '| --- | --- |');
    for (const kind of SENTENCE_KINDS) {
      if (style.templates[kind] === STANDARD_STYLE.templates[kind]) continue;
      lines.push(`| ${SENTENCE_VOCABULARY[kind].label} | ${style.templates[kind] ? cell(code(style.templates[kind])) : '(vuoto: nessuna frase)'} |`);
    }
    lines.push('');
  }
  return lines;
}

/** docs/STYLE.md, generated from shared/style (vocabulary, presets, the engine's own output for the examples). */
export function styleDocText(): string {
  return [
    '# Lo stile del verbale',
    '',
    'Generato da `shared/style/vocabulary.ts` e `shared/style/presets.ts` con `npm run docs:style`: non modificare a mano.',
    '',
    'Ogni organo ha il suo stile: un modello per ogni frase del verbale e alcune scelte di impaginazione. Lo stile è',
    'copiato in ogni seduta al momento della creazione, così i verbali già scritti non cambiano quando lo stile cambia.',
    '',
    ...syntax(),
    ...tidyRules(),
    ...presets(),
    ...sentenceKinds(),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  writeFileSync(`${STYLE_DOC_PATH}.tmp`, styleDocText());
  renameSync(`${STYLE_DOC_PATH}.tmp`, STYLE_DOC_PATH);
  console.log(`Documentazione dello stile scritta in ${STYLE_DOC_PATH}`);
}

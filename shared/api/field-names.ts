import { MEMBER_FIELD_LABEL, type MemberField } from './members-import';
import { ORGANISATION_FIELD_LABEL, type OrganisationField } from './organisations-import';
import type { ValidationIssue } from './errors';
import { SENTENCE_VOCABULARY } from '../style/vocabulary';
import { capitalizeFirst } from '../phrasing/format';

/**
 * The Italian name of a field, from the machine path of a refusal («profile.tavolo.procedure.date» → «Avviso, data»,
 * «items.3.entries.2.text» → «Punto 4, voce 3, testo»), and the line a person reads: «Avviso, data: Data non valida…».
 */

/**
 * Every key of the contract's inputs and of the model: its name, or for a list its name and its element's
 * («#» is the element's number, from 1). An empty name says nothing: the screen or the file already does
 * (the body form, the entry dialog, the meeting file).
 */
export const FIELD_NAMES: Readonly<Record<string, string | readonly [list: string, element: string]>> = {
  // Wrappers of an input or a file
  profile: '',
  tavolo: '',
  header: '',
  entry: '',
  session: '',
  meeting: '',
  body: '',
  tavoloSession: '',
  // Ids a page sends
  id: 'identificativo',
  bodyId: 'organo',
  meetingId: 'seduta',
  itemId: 'punto',
  entryId: 'voce',
  beforeEntryId: 'voce seguente',
  toItemId: 'punto di destinazione',
  memberId: 'componente',
  participantId: 'partecipante',
  organisationId: 'organizzazione',
  representativeId: 'rappresentante',
  staffId: "persona dell'Ufficio di Piano",
  attachmentId: 'allegato',
  targetId: 'testo omesso',
  currentItemId: 'punto corrente',
  linkedMeetingIds: ['sedute collegate', 'seduta collegata n. #'],
  organisationIds: ['organizzazioni', 'organizzazione n. #'],
  againstMemberIds: ['contrari', 'contrario n. #'],
  abstainedMemberIds: ['astenuti', 'astenuto n. #'],
  notVotingMemberIds: ['non votanti', 'non votante n. #'],
  entryIds: ['voci omesse', 'voce omessa n. #'],
  personIds: ['nomi omessi', 'nome omesso n. #'],
  // The body
  name: 'nome',
  gender: 'genere',
  kind: 'tipo',
  president: 'Presidente',
  vicePresident: 'Vicepresidente',
  minuteTaker: 'Verbalizzante',
  honorific: 'titolo',
  role: 'ruolo',
  rules: 'regole',
  quorum: 'quorum',
  firstCall: 'prima convocazione',
  secondCall: 'seconda convocazione',
  heads: 'componenti presenti',
  numerator: 'numeratore',
  denominator: 'denominatore',
  population: 'popolazione',
  percent: 'percentuale',
  remoteCounts: 'presenti da remoto nel quorum',
  recordInMinutes: 'quorum nel verbale',
  majority: 'maggioranza',
  base: 'base della maggioranza',
  abstentionsInBase: 'astenuti nella base',
  weighting: 'conteggio per teste o popolazione',
  votes: 'votazioni',
  remoteAllowed: 'partecipazione da remoto',
  logo: 'logo',
  mimeType: 'tipo di file',
  base64: 'contenuto del file',
  sha256: 'impronta del file',
  letterhead: 'Carta intestata',
  headerLines: ["righe dell'intestazione", "riga dell'intestazione n. #"],
  footerLines: ['righe del piè di pagina', 'riga del piè di pagina n. #'],
  word: 'documento Word',
  fileName: 'nome del file',
  members: ['componenti', 'componente n. #'],
  member: 'Componente',
  seat: "numero d'ordine",
  entity: 'ente',
  entityGender: "genere dell'ente",
  populationDate: 'data della popolazione',
  representative: 'rappresentante',
  delegation: 'delega',
  participants: ['partecipanti', 'partecipante n. #'],
  participant: 'Partecipante',
  organisation: 'ente o organizzazione',
  // The style of the verbale
  style: 'Stile',
  templates: '',
  decisionLabel: '«DECISIONE:»',
  namedOrder: 'ordine dei nomi',
  lateArrivals: 'arrivi dopo l’appello',
  revisionOnPage: 'revisione sulla pagina',
  template: 'modello',
  content: 'contenuto del file',
  // A tavolo
  procedure: 'Avviso',
  title: 'titolo',
  reference: 'riferimento',
  date: 'data',
  workStart: 'inizio dei lavori',
  ambito: 'Ambito',
  organisations: ['organizzazioni', 'organizzazione n. #'],
  category: 'categoria',
  runts: 'numero RUNTS',
  representatives: ['rappresentanti', 'rappresentante n. #'],
  joinedOn: 'data di adesione',
  roleOverride: 'ruolo scelto dall’ufficio',
  staff: ["personale dell'Ufficio di Piano", 'Ufficio di Piano, persona n. #'],
  function: 'funzione',
  attendance: ['presenze delle organizzazioni', 'presenze, riga #'],
  arrivedAt: 'ora di arrivo',
  leftAt: "ora d'uscita",
  nextMeeting: 'Prossimo incontro',
  observationDays: 'giorni per le osservazioni',
  owner: 'responsabile',
  what: 'impegno',
  due: 'scadenza',
  // Imports
  file: 'file',
  format: 'formato',
  text: 'testo',
  columns: 'colonne',
  mode: 'modalità',
  // A meeting
  status: 'stato',
  revision: 'revisione',
  startTime: 'ora di inizio',
  endTime: 'ora di chiusura',
  modality: 'modalità',
  place: 'luogo',
  convocation: 'convocazione',
  items: ['punti', 'punto #'],
  entries: ['voci', 'voce #'],
  attachments: ['allegati', 'allegato n. #'],
  label: 'sigla',
  size: 'dimensione',
  rollCall: ['appello', 'appello, riga #'],
  presence: 'presenza',
  participantAttendance: ['presenze dei partecipanti', 'presenze dei partecipanti, riga #'],
  present: 'presente',
  guests: ['ospiti', 'ospite n. #'],
  guest: 'Ospite',
  type: 'tipo',
  speaker: 'chi parla',
  movement: 'entrata o uscita',
  time: 'ora',
  reason: 'motivo',
  subject: 'oggetto',
  immediateEffect: 'immediata eseguibilità',
  unanimous: 'unanimità',
  favourable: 'favorevoli',
  // Counts of a decision in a meeting file of version 1
  against: 'contrari',
  abstained: 'astenuti',
  notVoting: 'non votanti',
  omissions: '',
  spans: ['omissis', 'omissis n. #'],
  field: 'campo',
  start: 'inizio',
  end: 'fine',
  // Moves, drafts, queries, files
  toIndex: 'posizione',
  key: 'chiave della bozza',
  position: 'posizione',
  itemIndex: 'punto',
  entryIndex: 'voce',
  from: 'dalla data',
  to: 'alla data',
  page: 'pagina',
  pageSize: 'risultati per pagina',
  copy: 'copia',
  outputPath: 'percorso del file',
  version: 'versione',
  exportedAt: 'data di esportazione',
};

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const firstWord = (text: string) => (/^[\p{L}']+/u.exec(text)?.[0] ?? '').toLowerCase();

/** Keys of a record, named by what they stand for: a style's sentence kinds, a list's columns. */
const RECORD_KEY_NAMES: Readonly<Record<string, (key: string) => string | undefined>> = {
  templates: (key) => {
    const label = (SENTENCE_VOCABULARY as Record<string, { label: string } | undefined>)[key]?.label;
    return label === undefined ? undefined : lowerFirst(label);
  },
  columns: (key) => {
    const label = MEMBER_FIELD_LABEL[key as MemberField] ?? ORGANISATION_FIELD_LABEL[key as OrganisationField];
    return label === undefined ? undefined : `colonna «${label}»`;
  },
};

/**
 * The model's own names at the head of its messages («Titolo dell'avviso: campo obbligatorio»): the line puts the
 * field's name from the path in their place, which also says where (which organisation, which item). A test
 * checks that every text of the model is named here.
 */
export const MESSAGE_LABELS: ReadonlySet<string> = new Set([
  'Ambito',
  'Chiave bozza',
  'Delega',
  'Denominazione',
  "Denominazione dell'organizzazione",
  'Ente',
  'Ente o organizzazione',
  'Giorni per le osservazioni',
  'Identificativo',
  'Impegno',
  'Luogo',
  'Luogo del prossimo incontro',
  'Modello',
  'Motivo',
  'Motivo della riapertura',
  'Nome',
  'Nome del file',
  'Nome del file allegato',
  'Nome del file della carta intestata',
  'Nome del rappresentante',
  'Nome dello stile',
  "Numero d'ordine",
  'Numero RUNTS',
  'Oggetto della decisione',
  'Popolazione',
  'Posizione divergente',
  "Riferimento dell'avviso",
  "Riga dell'intestazione",
  'Riga del piè di pagina',
  'Ruolo',
  'Ruolo del rappresentante',
  'Sigla allegato',
  'Testo',
  'Testo da cercare',
  'Testo del contributo',
  "Testo dell'intervento",
  'Testo della nota',
  'Testo della posizione divergente',
  'Testo del punto condiviso',
  'Titolo',
  'Titolo allegato',
  "Titolo dell'avviso",
  'Titolo del contributo scritto',
  'Titolo del punto',
]);

const isIndex = (part: string) => /^\d+$/.test(part);

/** «organisations.2.representatives.0.name» → ['organizzazione n. 3', 'rappresentante n. 1', 'nome']. */
export function fieldNameParts(path: string): string[] {
  const parts = path === '' ? [] : path.split('.');
  const names: string[] = [];
  parts.forEach((part, index) => {
    const parent = parts[index - 1];
    const named = FIELD_NAMES[part];
    if (isIndex(part)) {
      const list = parent === undefined ? undefined : FIELD_NAMES[parent];
      const number = String(Number(part) + 1);
      if (Array.isArray(list)) names[names.length - 1] = list[1].replace('#', number);
      else names.push(`n. ${number}`);
    } else if (parent !== undefined && RECORD_KEY_NAMES[parent]) {
      // «colonne» then «colonna «Ente»» says the same twice: the key's name takes the record's place.
      const keyName = RECORD_KEY_NAMES[parent](part) ?? part;
      if (FIELD_NAMES[parent]) names[names.length - 1] = keyName;
      else names.push(keyName);
    } else if (named === undefined) {
      names.push(part);
    } else {
      const name = typeof named === 'string' ? named : named[0];
      if (name !== '') names.push(name);
    }
  });
  return names;
}

/** «Avviso, data»: what a clerk calls the field at `path`; '' when the path names nothing. */
export function fieldName(path: string): string {
  return capitalizeFirst(fieldNameParts(path).join(', '));
}

/**
 * The refusal as a person reads it: the field, then the problem, never the same name twice.
 * - a message opening with the model's name of the field gets the path's name in its place: «Avviso, titolo: campo obbligatorio»
 *   (when the path says no more than the field itself, the model's name stays: «Testo dell'intervento: …»);
 * - a message opening with the field's own name, or with where it is, is left as it is: «Punto 3: l'immediata eseguibilità…»;
 * - any other gets the field before it: «Avviso, data: Data non valida: usare il formato AAAA-MM-GG».
 */
export function issueLine(issue: ValidationIssue): string {
  const parts = fieldNameParts(issue.path);
  const { message } = issue;
  if (parts.length === 0) return message;
  const field = capitalizeFirst(parts.join(', '));
  const colon = message.indexOf(': ');
  if (colon > 0 && MESSAGE_LABELS.has(message.slice(0, colon))) return parts.length === 1 ? message : `${field}: ${message.slice(colon + 2)}`;
  const last = parts[parts.length - 1] as string;
  const after = message.charAt(last.length);
  if (message.slice(0, last.length).toLowerCase() === last.toLowerCase() && (after === ':' || after === ',')) {
    return parts.length === 1 ? message : `${capitalizeFirst(parts.slice(0, -1).join(', '))}, ${lowerFirst(message)}`;
  }
  if (firstWord(message) === firstWord(field)) return message;
  return `${field}: ${message}`;
}

/** The lines under a validation refusal's message; none when its one problem is already the message's end. */
export function issueLines(error: { message: string; issues: readonly ValidationIssue[] }): string[] {
  const lines = error.issues.map(issueLine);
  return lines.length === 1 && error.message.replace(/\.$/, '').endsWith(lines[0] as string) ? [] : lines;
}

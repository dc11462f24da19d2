/**
 * Every sentence kind of the verbale and the placeholders its template may use, each with an example
 * (docs/STYLE.md is generated from this table). Values are grammatical units the engine has already agreed
 * (number, gender, articles, lists), so no template can write «1 voti» or «il consigliera».
 */
interface Placeholder {
  description: string;
  example: string;
}

interface SentenceKindEntry {
  /** The sentence's name in messages and in the style editor: «Frase di apertura». */
  label: string;
  /** A whole sentence of the narrative: its first letter is capitalised whatever the template starts with. */
  sentence: boolean;
  placeholders: Readonly<Record<string, Placeholder>>;
}

const p = (description: string, example: string): Placeholder => ({ description, example });

/** The body's name, in the sentence kinds that speak of the body. */
const BODY = {
  organo: p("denominazione dell'organo", 'Assemblea dei Sindaci del Piano di Zona Val Chiara'),
  organo_articolo: p("denominazione con l'articolo", "l'Assemblea dei Sindaci del Piano di Zona Val Chiara"),
  dell_organo: p("denominazione con «di» e l'articolo", "dell'Assemblea dei Sindaci del Piano di Zona Val Chiara"),
  organo_breve: p("l'organo in breve, con l'articolo", "l'Assemblea"),
  organo_soggetto: p("l'organo in breve, come soggetto a inizio frase", "L'Assemblea"),
};

const DATE = { data: p('data in lettere', '5 marzo 2025'), data_settimana: p('data con il giorno della settimana', 'mercoledì 5 marzo 2025') };
const DECISION = {
  ...BODY,
  oggetto: p('oggetto della decisione (o «la proposta», «quanto esposto»)', 'il verbale della seduta del 5 febbraio 2025'),
  di_oggetto: p("l'oggetto preceduto da «di», con la preposizione articolata", 'del verbale della seduta del 5 febbraio 2025'),
  viene: p("«viene» o «vengono», concordato con l'oggetto", 'viene'),
  approvato: p("participio concordato con l'oggetto", 'approvato'),
  respinto: p("participio concordato con l'oggetto", 'respinto'),
  voti: p('i voti: unanimità, o favorevoli, contrari e astenuti con i nomi (vedi le frasi dei voti)', '11 voti favorevoli, 1 contrario (Comune di Roccafonda) e 2 astenuti (Comune di Valfonda e Comune di Pieve)'),
  non_votanti: p('chi non partecipa al voto (vuoto se nessuno)', 'non partecipa al voto: Comune di Borgo Alto'),
};
const TIE = {
  ...DECISION,
  parita: p('i voti pari', '6 favorevoli e 6 contrari'),
  contrari_nominati: p('chi vota contro, se nominato', 'Votano contro: Comune di Roccafonda e Comune di Pieve'),
  astenuti_nominati: p('chi si astiene', 'Si astiene: Comune di Valfonda'),
  non_votanti_nominati: p('chi non partecipa al voto', 'Non partecipa al voto: Comune di Borgo Alto'),
};
const MOVEMENT = {
  ora: p('ora del movimento', '17:51'),
  chi: p('ruolo con articolo, ente e nome', 'il consigliere del Comune di Borgo Alto, Marta Rossi'),
  ruolo_articolo: p("ruolo con l'articolo concordato", 'il consigliere'),
  ruolo: p('ruolo', 'consigliere'),
  ente: p('ente', 'Comune di Borgo Alto'),
  dell_ente: p("ente con «di» e l'articolo", 'del Comune di Borgo Alto'),
  titolo: p('titolo della persona (può mancare)', 'Dott.ssa'),
  nome: p('nome della persona', 'Marta Rossi'),
  motivo: p('motivo (può mancare)', 'per conflitto di interessi'),
};
const SIGNATURE = {
  ...BODY,
  etichetta: p('«Il Presidente» o «La Presidente», «Il Verbalizzante» o «La Verbalizzante»', 'La Presidente'),
  titolo: p('titolo della persona (può mancare)', 'Sig.'),
  nome: p('nome della persona', 'Angelo Rossi'),
  ruolo: p("ruolo, se dice più dell'etichetta", "Responsabile dell'Ufficio di Piano"),
};
const PERSON = { titolo: p('titolo della persona (può mancare)', 'Dott.ssa'), nome: p('nome della persona', 'Anna Neri') };

const kind = (label: string, sentence: boolean, placeholders: Readonly<Record<string, Placeholder>> = {}) => ({ label, sentence, placeholders });

/** The text a person wrote, after the words a tavolo's entry opens with (its further lines follow as paragraphs). */
const TESTO = { testo: p('il testo scritto (la prima riga; le altre seguono a capo)', 'Gli alloggi di transizione hanno una durata massima di diciotto mesi.') };
const ORGANISATION = { organizzazione: p("nome dell'organizzazione", 'Caritas Valchiara') };

/**
 * The sentences of a tavolo di co-programmazione's verbale (shared/tavolo). Those that open an entry print in bold
 * their words up to the first bracket (the organisation, «Punto condiviso:», «Posizione divergente»).
 */
const TAVOLO_KINDS = {
  tavoloProcedure: kind('Tavolo: la procedura (prima riga)', false, {
    avviso: p("titolo dell'avviso", 'Avviso pubblico per la co-programmazione del Piano di Zona 2027-2029'),
    riferimento: p("riferimento dell'atto (può mancare)", 'Determinazione n. 112'),
    data: p("data dell'avviso, in lettere", '2 febbraio 2026'),
  }),
  tavoloHeading: kind('Tavolo: il tavolo e l\'Ambito (seconda riga)', false, {
    tavolo: p('tipo di tavolo', 'Tavolo di co-programmazione'),
    ambito: p('Ambito territoriale', 'Ambito territoriale sociale Val Chiara'),
  }),
  tavoloSessionNumber: kind("Tavolo: numero dell'incontro (vuoto: nessuna riga)", false, { numero: p("numero dell'incontro fra quelli del tavolo", '2') }),
  tavoloPresentHeading: kind('Tavolo: titolo delle organizzazioni presenti', false),
  tavoloCategory: kind('Tavolo: categoria di organizzazioni', false, { categoria: p('la categoria, al plurale', 'Enti del Terzo settore') }),
  tavoloOrganisation: kind('Tavolo: organizzazione presente', false, {
    ...ORGANISATION,
    runts: p('numero di iscrizione al RUNTS (può mancare)', '10234'),
    ruolo: p("ruolo dell'organizzazione al tavolo", 'consultivo'),
    persone: p('chi è venuto, separati da «;» (vedi «Tavolo: rappresentante presente»)', 'Dott.ssa Anna Neri, direttrice (da remoto, dalle ore 10:20)'),
  }),
  tavoloRepresentative: kind('Tavolo: rappresentante presente', false, {
    ...PERSON,
    ruolo: p("ruolo nell'organizzazione (può mancare)", 'direttrice'),
    da_remoto: p('«da remoto» se collegato da remoto a un incontro non online, altrimenti vuoto', 'da remoto'),
    arrivo: p("ora d'arrivo, se dopo l'inizio (può mancare)", '10:20'),
    uscita: p("ora d'uscita, se prima della fine (può mancare)", '11:00'),
  }),
  tavoloNobodyPresent: kind('Tavolo: nessuna organizzazione presente', true),
  tavoloAbsentHeading: kind('Tavolo: titolo delle organizzazioni assenti (vuoto: nessun titolo)', false),
  tavoloAbsentOrganisation: kind('Tavolo: organizzazione assente', false, ORGANISATION),
  tavoloStaffHeading: kind("Tavolo: titolo del personale dell'Ufficio di Piano (vuoto: nessun titolo)", false),
  tavoloStaff: kind("Tavolo: persona dell'Ufficio di Piano", false, {
    funzione: p('funzione al tavolo', 'Responsabile del procedimento'),
    ...PERSON,
  }),
  tavoloGuestsHeading: kind('Tavolo: titolo degli ospiti e degli altri partecipanti (vuoto: nessun titolo)', false),
  tavoloTopicsHeading: kind('Tavolo: titolo dei temi trattati (vuoto: nessun titolo)', false),
  tavoloTopic: kind('Tavolo: tema nell\'elenco dei temi', false, {
    numero: p('numero del tema', '1'),
    titolo: p('titolo del tema', 'Povertà abitativa e housing first'),
  }),
  tavoloContribution: kind("Tavolo: contributo di un'organizzazione", true, {
    ...ORGANISATION,
    ...PERSON,
    ruolo: p("ruolo di chi interviene (può mancare)", 'direttrice'),
    ...TESTO,
  }),
  tavoloAgreement: kind('Tavolo: punto condiviso', true, TESTO),
  tavoloDivergence: kind('Tavolo: posizione divergente', true, {
    organizzazioni: p('le organizzazioni che la sostengono, separate da virgole', 'Caritas Valchiara, Associazione Genitori Insieme ODV'),
    ...TESTO,
  }),
  tavoloWrittenContribution: kind('Tavolo: contributo scritto ricevuto', true, {
    ...ORGANISATION,
    titolo: p('titolo del contributo', 'Proposta di regolamento per gli alloggi di transizione'),
    allegato: p("sigla dell'allegato (può mancare)", 'All.1'),
  }),
  tavoloNextStepsHeading: kind('Tavolo: titolo dei prossimi passi e impegni (vuoto: nessun titolo)', false),
  tavoloNextMeeting: kind('Tavolo: prossimo incontro', true, {
    data: p('data in lettere', '19 maggio 2026'),
    data_settimana: p('data con il giorno della settimana', 'martedì 19 maggio 2026'),
    ora: p('ora (può mancare)', '14:30'),
    luogo: p('luogo (può mancare)', 'Sala consiliare del Comune di Borgo Alto'),
  }),
  tavoloApproval: kind('Tavolo: approvazione del verbale', true, { giorni: p('giorni per le osservazioni, con la parola concordata', '10 giorni') }),
  tavoloSignatureResponsabile: kind('Tavolo: firma del responsabile del procedimento, etichetta', false, {
    articolo: p('«Il» o «La», secondo la persona', 'La'),
  }),
  tavoloSignatureMinuteTaker: kind('Tavolo: firma del verbalizzante, etichetta', false, {
    articolo: p('«Il» o «La», secondo la persona', 'La'),
  }),
} as const satisfies Record<string, SentenceKindEntry>;

export const SENTENCE_VOCABULARY = {
  title: kind('Titolo', false, BODY),
  subtitle: kind('Sottotitolo', false, { ...BODY, ...DATE }),
  revision: kind('Numero di revisione', true, { ...BODY, revisione: p('numero della revisione', '3') }),
  opening: kind('Frase di apertura', true, {
    ...BODY,
    ...DATE,
    ora: p('ora di inizio (può mancare)', '17:30'),
    luogo: p('luogo e modalità (può mancare)', 'presso la Sala consiliare del Comune di Ponte Nuovo'),
    sede: p('il solo luogo, senza «presso» (può mancare)', 'la Sala consiliare del Comune di Ponte Nuovo'),
    riunito: p("participio concordato con l'organo", 'riunita'),
    convocazione: p('convocazione (può mancare)', 'in prima convocazione'),
  }),
  attendanceHeading: kind('Titolo delle presenze', false),
  attendanceIntro: kind('Introduzione alle presenze', true, {
    ...BODY,
    presenti: p("componenti presenti all'appello", '13 componenti'),
    totale: p("numero dei componenti dell'organo", '19'),
  }),
  attendanceRoom: kind('Presenza in sala', false),
  attendanceRemote: kind('Presenza da remoto', false),
  attendanceAbsent: kind('Assenza', false),
  attendancePerson: kind('Rappresentante nella tabella delle presenze', false, {
    ruolo: p("ruolo, con l'iniziale maiuscola", 'Sindaco'),
    ...PERSON,
    delega: p('riferimento della delega (può mancare)', 'delega prot. 1234/2025'),
  }),
  participantsHeading: kind('Titolo dei partecipanti', false),
  participant: kind('Partecipante (uno per riga)', false, {
    ...PERSON,
    ruolo: p('ruolo (può mancare)', "Responsabile dell'Ufficio di Piano"),
    organizzazione: p('ente o organizzazione (può mancare)', 'Azienda Speciale Consortile'),
    assente: p('«ASSENTE» se assente, altrimenti vuoto', 'ASSENTE'),
  }),
  participantGroup: kind("Partecipanti di un'organizzazione (raggruppati)", false, {
    organizzazione: p('ente o organizzazione', 'Azienda Speciale Consortile'),
    persone: p('le persone, separate da «;»', 'Direttore: Dott. Marco Blu; Amministratore Unico: Sara Verdi - ASSENTE'),
  }),
  participantInGroup: kind('Persona in un gruppo di partecipanti', false, {
    ...PERSON,
    ruolo: p('ruolo (può mancare)', 'Direttore'),
    assente: p('«ASSENTE» se assente, altrimenti vuoto', 'ASSENTE'),
  }),
  presidentOpening: kind('Apertura del Presidente (numero legale raggiunto)', true, {
    ...BODY,
    il_presidente: p('«Il Presidente» o «La Presidente»', 'Il Presidente'),
    ...PERSON,
    cifre: p("le cifre del numero legale, se l'organo le mette a verbale", 'presenti 13 su 19'),
  }),
  presidentOpeningQuorumNotMet: kind('Apertura del Presidente (numero legale non raggiunto)', true, {
    ...BODY,
    il_presidente: p('«Il Presidente» o «La Presidente»', 'La Presidente'),
    ...PERSON,
    cifre: p("le cifre dei presenti, se l'organo le mette a verbale", 'presenti 8 su 19'),
  }),
  itemHeading: kind('Titolo del punto', false, {
    numero: p('numero del punto', '1'),
    titolo: p('titolo del punto, senza punto finale', 'Approvazione del verbale della seduta del 5 febbraio 2025'),
    allegati: p('gli allegati (frase «Allegati»; può mancare)', 'All.1, All.2'),
  }),
  attachments: kind('Allegati', false, { elenco: p('sigle degli allegati', 'All.1, All.2') }),
  statementMember: kind('Parentesi dopo un componente', false, {
    ruolo: p('ruolo', 'consigliera'),
    ente: p('ente', 'Comunità Montana Alta Valle'),
    dell_ente: p("ente con «di» e l'articolo", 'della Comunità Montana Alta Valle'),
    titolo: p('titolo della persona (può mancare)', 'Dott.ssa'),
  }),
  statementOfficer: kind('Parentesi dopo il Presidente o il Vicepresidente', false, {
    carica: p('«Presidente» o «Vicepresidente»', 'Presidente'),
    ruolo: p('ruolo del rappresentante', 'Sindaco'),
    ente: p('ente', 'Comune di Ponte Nuovo'),
    dell_ente: p("ente con «di» e l'articolo", 'del Comune di Ponte Nuovo'),
  }),
  statementParticipant: kind('Parentesi dopo un partecipante o un ospite', false, {
    ruolo: p('ruolo (può mancare)', 'Responsabile'),
    organizzazione: p('ente o organizzazione (può mancare)', 'Ufficio di Piano'),
    titolo: p('titolo della persona (può mancare)', 'Dott.ssa'),
  }),
  statementMinuteTaker: kind('Parentesi dopo il verbalizzante', false, {
    ruolo: p('ruolo (può mancare)', "Responsabile dell'Ufficio di Piano"),
    titolo: p('titolo della persona (può mancare)', 'Dott.ssa'),
  }),
  movementArrivalRoom: kind('Arrivo in sala', true, MOVEMENT),
  movementArrivalRemote: kind('Collegamento da remoto', true, MOVEMENT),
  movementDeparture: kind('Uscita dalla seduta (in sala)', true, MOVEMENT),
  movementDepartureRemote: kind('Uscita dalla seduta (da remoto)', true, MOVEMENT),
  movementTemporaryExit: kind('Uscita temporanea (in sala)', true, MOVEMENT),
  movementTemporaryExitRemote: kind('Uscita temporanea (da remoto)', true, MOVEMENT),
  movementReturnRoom: kind('Rientro in sala', true, MOVEMENT),
  movementReturnRemote: kind('Rientro da remoto', true, MOVEMENT),
  decisionLabel: kind('Etichetta della decisione', false),
  voteApproved: kind('Votazione: approvata', true, DECISION),
  voteRejected: kind('Votazione: respinta', true, DECISION),
  voteUndetermined: kind('Votazione: esito non determinato', true, DECISION),
  voteTie: kind('Votazione: parità', true, TIE),
  notedWithVoteApproved: kind("Presa d'atto con voto: approvata", true, DECISION),
  notedWithVoteRejected: kind("Presa d'atto con voto: respinta", true, DECISION),
  notedWithVoteUndetermined: kind("Presa d'atto con voto: esito non determinato", true, DECISION),
  notedWithVoteTie: kind("Presa d'atto con voto: parità", true, TIE),
  immediateApproved: kind('Immediata eseguibilità: approvata', true, DECISION),
  immediateRejected: kind('Immediata eseguibilità: respinta', true, DECISION),
  immediateUndetermined: kind('Immediata eseguibilità: esito non determinato', true, DECISION),
  immediateTie: kind('Immediata eseguibilità: parità', true, TIE),
  noted: kind("Presa d'atto senza voto", true, DECISION),
  noVote: kind('Punto senza votazione (vuoto: nessuna frase)', true, BODY),
  votesUnanimousPresent: kind('Voti: unanimità dei presenti', false),
  votesUnanimousVoting: kind('Voti: unanimità dei votanti', false),
  votesFavourable: kind('Voti: favorevoli', false, { voti_favorevoli: p('favorevoli, con il numero', '11 voti favorevoli') }),
  votesAgainst: kind('Voti: contrari', false, {
    contrari: p('contrari, con il numero', '1 contrario'),
    nomi: p("chi, nell'ordine dello stile (può mancare)", 'Comune di Roccafonda'),
  }),
  votesAbstained: kind('Voti: astenuti', false, {
    astenuti: p('astenuti, con il numero', '2 astenuti'),
    nomi: p("chi, nell'ordine dello stile (può mancare)", 'Comune di Valfonda e Comune di Pieve'),
  }),
  votesNotVoting: kind('Chi non partecipa al voto', false, {
    non_partecipano: p('il verbo concordato', 'non partecipano al voto'),
    chi: p('gli enti, o quanti sono', 'Comune di Borgo Alto e Comune di Pieve'),
  }),
  closing: kind('Chiusura', true, { ...BODY, ...DATE, ora: p('ora di chiusura', '19:47') }),
  signaturePresidentLabel: kind('Firma del Presidente: etichetta', false, SIGNATURE),
  signaturePresidentName: kind('Firma del Presidente: nome', false, SIGNATURE),
  signaturePresidentRole: kind('Firma del Presidente: riga sotto il nome', false, SIGNATURE),
  signatureMinuteTakerLabel: kind('Firma del verbalizzante: etichetta', false, SIGNATURE),
  signatureMinuteTakerName: kind('Firma del verbalizzante: nome', false, SIGNATURE),
  signatureMinuteTakerRole: kind('Firma del verbalizzante: riga sotto il nome', false, SIGNATURE),
  ...TAVOLO_KINDS,
} as const satisfies Record<string, SentenceKindEntry>;

export type SentenceKind = keyof typeof SENTENCE_VOCABULARY;
export const SENTENCE_KINDS = Object.keys(SENTENCE_VOCABULARY) as SentenceKind[];

export type PlaceholderOf<K extends SentenceKind> = keyof (typeof SENTENCE_VOCABULARY)[K]['placeholders'];

/** The kinds of a tavolo's verbale, added after styles were first stored: a style without them reads them from the Tavolo preset. */
export type TavoloSentenceKind = keyof typeof TAVOLO_KINDS;
export const TAVOLO_SENTENCE_KINDS = Object.keys(TAVOLO_KINDS) as TavoloSentenceKind[];

/**
 * Kinds added after styles were first stored and shared, each with the kind it was split from: a style written
 * before (a body, a meeting's snapshot, a style file) reads the new kind as the older one, so it says what it said.
 * Kinds added with no older kind to read (the tavolo's) read their default instead (sentence.ts, ADDED_LATER).
 */
export const SPLIT_FROM = {
  movementDepartureRemote: 'movementDeparture',
  movementTemporaryExitRemote: 'movementTemporaryExit',
} as const satisfies Partial<Record<SentenceKind, SentenceKind>>;

const allowedNames = new Map<SentenceKind, ReadonlySet<string>>(
  SENTENCE_KINDS.map((kind) => [kind, new Set(Object.keys(SENTENCE_VOCABULARY[kind].placeholders))]),
);

export function placeholdersOf(kind: SentenceKind): ReadonlySet<string> {
  return allowedNames.get(kind)!;
}

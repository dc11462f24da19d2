import type { VerbaleStyle } from './schema';
import { TAVOLO_TEMPLATES } from './tavolo-templates';

/** Today's verbale, word for word: every stored body and meeting without a style reads as this. */
export const STANDARD_STYLE: VerbaleStyle = {
  name: 'Standard',
  decisionLabel: 'every',
  namedOrder: 'seat',
  participants: 'lines',
  lateArrivals: 'table',
  revisionOnPage: true,
  templates: {
    title: '{organo}',
    subtitle: 'Verbale della seduta del {data}',
    revision: 'Revisione n. {revisione}',
    opening: 'Il giorno {data}{#if ora}, alle ore {ora}{/if}{#if luogo}, {luogo}{/if}, si è {riunito}{#if convocazione} {convocazione}{/if} {organo_articolo}.',
    attendanceHeading: 'Presenze',
    attendanceIntro: '',
    attendanceRoom: 'sì',
    attendanceRemote: 'sì da remoto',
    attendanceAbsent: 'no',
    attendancePerson: '{ruolo} {titolo} {nome}{#if delega} ({delega}){/if}',
    participantsHeading: 'Partecipanti senza diritto di voto',
    participant: '{titolo} {nome}{#if ruolo}, {ruolo}{/if}{#if organizzazione} ({organizzazione}){/if}{#if assente} - {assente}{/if}',
    participantGroup: '{organizzazione}: {persone}',
    participantInGroup: '{ruolo}: {titolo} {nome}{#if assente} - {assente}{/if}',
    presidentOpening: '{il_presidente}, {nome}, constatata la validità della seduta{#if cifre} ({cifre}){/if}, apre {organo_breve}.',
    presidentOpeningQuorumNotMet: '{il_presidente}, {nome}, apre {organo_breve}{#if cifre} ({cifre}){/if}.',
    itemHeading: '{numero}. {titolo}{#if allegati} ({allegati}){/if}',
    attachments: '{elenco}',
    statementMember: '{ruolo} {dell_ente}',
    statementOfficer: '{carica} e {ente}',
    statementParticipant: '{ruolo}, {organizzazione}',
    statementMinuteTaker: 'Verbalizzante, {ruolo}',
    movementArrivalRoom: 'Arriva alle ore {ora} {chi}{#if motivo} ({motivo}){/if}.',
    movementArrivalRemote: 'Alle ore {ora} si collega da remoto {chi}{#if motivo} ({motivo}){/if}.',
    movementDeparture: 'Alle ore {ora} lascia la seduta {chi}{#if motivo} ({motivo}){/if}.',
    movementDepartureRemote: 'Alle ore {ora} lascia la seduta, interrompendo il collegamento da remoto, {chi}{#if motivo} ({motivo}){/if}.',
    movementTemporaryExit: 'Alle ore {ora} esce temporaneamente dalla seduta {chi}{#if motivo} ({motivo}){/if}.',
    movementTemporaryExitRemote: 'Alle ore {ora} esce temporaneamente dalla seduta, interrompendo il collegamento da remoto, {chi}{#if motivo} ({motivo}){/if}.',
    movementReturnRoom: 'Alle ore {ora} rientra in seduta {chi}{#if motivo} ({motivo}){/if}.',
    movementReturnRemote: 'Alle ore {ora} rientra in seduta, in collegamento da remoto, {chi}{#if motivo} ({motivo}){/if}.',
    decisionLabel: 'DECISIONE:',
    voteApproved: '{organo_soggetto} approva {oggetto} con {voti}{#if non_votanti} ({non_votanti}){/if}.',
    voteRejected: '{organo_soggetto} respinge {oggetto} con {voti}{#if non_votanti} ({non_votanti}){/if}.',
    voteUndetermined: "Posta in votazione l'approvazione {di_oggetto}, si registrano {voti}{#if non_votanti} ({non_votanti}){/if}.",
    voteTie: "Posta in votazione l'approvazione {di_oggetto}, la proposta è respinta per parità di voti ({parita}).{#if contrari_nominati} {contrari_nominati}.{/if}{#if astenuti_nominati} {astenuti_nominati}.{/if}{#if non_votanti_nominati} {non_votanti_nominati}.{/if}",
    notedWithVoteApproved: '{organo_soggetto} prende atto {di_oggetto} con {voti}{#if non_votanti} ({non_votanti}){/if}.',
    notedWithVoteRejected: "{organo_soggetto} respinge la presa d'atto {di_oggetto} con {voti}{#if non_votanti} ({non_votanti}){/if}.",
    notedWithVoteUndetermined: "Posta in votazione la presa d'atto {di_oggetto}, si registrano {voti}{#if non_votanti} ({non_votanti}){/if}.",
    notedWithVoteTie: "Posta in votazione la presa d'atto {di_oggetto}, la proposta è respinta per parità di voti ({parita}).{#if contrari_nominati} {contrari_nominati}.{/if}{#if astenuti_nominati} {astenuti_nominati}.{/if}{#if non_votanti_nominati} {non_votanti_nominati}.{/if}",
    immediateApproved: '{organo_soggetto} dichiara la deliberazione immediatamente eseguibile con {voti}{#if non_votanti} ({non_votanti}){/if}.',
    immediateRejected: "{organo_soggetto} respinge la proposta di immediata eseguibilità della deliberazione con {voti}{#if non_votanti} ({non_votanti}){/if}.",
    immediateUndetermined: "Posta in votazione l'immediata eseguibilità della deliberazione, si registrano {voti}{#if non_votanti} ({non_votanti}){/if}.",
    immediateTie: "Posta in votazione l'immediata eseguibilità della deliberazione, la proposta è respinta per parità di voti ({parita}).{#if contrari_nominati} {contrari_nominati}.{/if}{#if astenuti_nominati} {astenuti_nominati}.{/if}{#if non_votanti_nominati} {non_votanti_nominati}.{/if}",
    noted: '{organo_soggetto} prende atto {di_oggetto}.',
    noVote: 'Il punto non è oggetto di votazione.',
    votesUnanimousPresent: "il voto favorevole dell'unanimità dei presenti",
    votesUnanimousVoting: "il voto favorevole dell'unanimità dei votanti",
    votesFavourable: '{voti_favorevoli}',
    votesAgainst: '{contrari}{#if nomi} ({nomi}){/if}',
    votesAbstained: '{astenuti}{#if nomi} ({nomi}){/if}',
    votesNotVoting: '{non_partecipano}: {chi}',
    closing: "Non essendoci altri punti all'ordine del giorno {organo_breve} si chiude alle ore {ora}.",
    signaturePresidentLabel: '{etichetta}',
    signaturePresidentName: '{nome}',
    signaturePresidentRole: '{ruolo}',
    signatureMinuteTakerLabel: '{etichetta}',
    signatureMinuteTakerName: '{nome}',
    signatureMinuteTakerRole: '{ruolo}',
    ...TAVOLO_TEMPLATES,
  },
};

/**
 * An office that writes short minutes: the passive vote «… viene approvato dai presenti con …», «DECISIONE:» only on
 * the first decision of an item, brackets with the entity only, «Punto 1 –» headings, names as announced.
 */
export const SINTETICO_STYLE: VerbaleStyle = {
  ...STANDARD_STYLE,
  name: 'Sintetico',
  decisionLabel: 'firstOfItem',
  namedOrder: 'announced',
  lateArrivals: 'narrative',
  revisionOnPage: false,
  templates: {
    ...STANDARD_STYLE.templates,
    opening: 'In data {data}{#if ora}, alle ore {ora}{/if}{#if luogo}, {luogo}{/if}, si è {riunito}{#if convocazione} {convocazione}{/if} {organo_articolo}.',
    attendanceIntro: 'Risultano presenti {presenti} su {totale}:',
    itemHeading: 'Punto {numero} – {titolo}{#if allegati} ({allegati}){/if}',
    attachments: 'allegati: {elenco}',
    statementMember: '{ente}',
    statementOfficer: '{carica}, {ente}',
    statementParticipant: '{organizzazione}',
    voteApproved: '{oggetto} {viene} {approvato} dai presenti con {voti}{#if non_votanti} ({non_votanti}){/if}.',
    voteRejected: '{oggetto} {viene} {respinto} dai presenti con {voti}{#if non_votanti} ({non_votanti}){/if}.',
    notedWithVoteApproved: 'I presenti prendono atto {di_oggetto} con {voti}{#if non_votanti} ({non_votanti}){/if}.',
    noted: 'I presenti prendono atto {di_oggetto}.',
    movementDepartureRemote: 'Alle ore {ora} lascia il collegamento {chi}{#if motivo} ({motivo}){/if}.',
    movementTemporaryExitRemote: 'Alle ore {ora} si disconnette temporaneamente {chi}{#if motivo} ({motivo}){/if}.',
    noVote: '',
    votesUnanimousPresent: 'voto unanime',
    votesUnanimousVoting: 'voto unanime dei votanti',
    closing: 'La seduta termina alle ore {ora}.',
    signaturePresidentName: '{titolo} {nome}',
    signatureMinuteTakerName: '{titolo} {nome}',
  },
};

/**
 * An office that meets online and never states a start time or a convocation: «In data … si è tenuto online
 * l'incontro …», participants grouped by organisation, the signatory's title and the body under each signature.
 */
export const ONLINE_STYLE: VerbaleStyle = {
  ...STANDARD_STYLE,
  name: 'Online',
  participants: 'byOrganisation',
  revisionOnPage: false,
  templates: {
    ...STANDARD_STYLE.templates,
    subtitle: "Verbale dell'incontro del {data}",
    opening: "In data {data} si è tenuto online l'incontro {dell_organo}.",
    attendanceHeading: 'Partecipanti',
    attendanceRoom: 'presente',
    attendanceRemote: 'presente',
    attendanceAbsent: 'assente',
    participantsHeading: 'Altri partecipanti',
    presidentOpening: "{il_presidente}, {titolo} {nome}, constatato il numero legale{#if cifre} ({cifre}){/if}, apre l'incontro.",
    presidentOpeningQuorumNotMet: "{il_presidente}, {titolo} {nome}, apre l'incontro{#if cifre} ({cifre}){/if}.",
    itemHeading: '{numero}) {titolo}{#if allegati} ({allegati}){/if}',
    movementArrivalRoom: 'Alle ore {ora} si collega {chi}{#if motivo} ({motivo}){/if}.',
    movementArrivalRemote: 'Alle ore {ora} si collega {chi}{#if motivo} ({motivo}){/if}.',
    movementDeparture: 'Alle ore {ora} si scollega {chi}{#if motivo} ({motivo}){/if}.',
    movementDepartureRemote: 'Alle ore {ora} si scollega {chi}{#if motivo} ({motivo}){/if}.',
    movementTemporaryExit: 'Alle ore {ora} si scollega temporaneamente {chi}{#if motivo} ({motivo}){/if}.',
    movementTemporaryExitRemote: 'Alle ore {ora} si scollega temporaneamente {chi}{#if motivo} ({motivo}){/if}.',
    movementReturnRoom: 'Alle ore {ora} si ricollega {chi}{#if motivo} ({motivo}){/if}.',
    movementReturnRemote: 'Alle ore {ora} si ricollega {chi}{#if motivo} ({motivo}){/if}.',
    closing: "Non essendoci altri punti all'ordine del giorno l'incontro termina alle ore {ora}.",
    signaturePresidentName: '{titolo} {nome}',
    signaturePresidentRole: '{ruolo}\n{organo}',
    signatureMinuteTakerName: '{titolo} {nome}',
  },
};

/**
 * A session of a tavolo di co-programmazione (shared/tavolo): an «incontro», not a «seduta», with the topics as
 * «Tema 1 –»; the tavolo's own sentences (TAVOLO_TEMPLATES: organisations, contributions, agreements, next steps) are
 * those every preset carries.
 */
export const TAVOLO_STYLE: VerbaleStyle = {
  ...STANDARD_STYLE,
  name: 'Tavolo di co-programmazione',
  revisionOnPage: false,
  templates: {
    ...STANDARD_STYLE.templates,
    subtitle: "Verbale dell'incontro del {data}",
    opening: "Il giorno {data}{#if ora}, alle ore {ora}{/if}{#if luogo}, {luogo}{/if}, si è svolto l'incontro {dell_organo}.",
    itemHeading: 'Tema {numero} – {titolo}{#if allegati} ({allegati}){/if}',
    closing: "Esauriti i temi in programma, l'incontro termina alle ore {ora}.",
    signaturePresidentName: '{titolo} {nome}',
    signatureMinuteTakerName: '{titolo} {nome}',
  },
};

export const STYLE_PRESETS: readonly VerbaleStyle[] = [STANDARD_STYLE, SINTETICO_STYLE, ONLINE_STYLE, TAVOLO_STYLE];

/** What each preset is, in one line (CLI `styles`, the style editor's choice). */
export const PRESET_SUMMARIES: Readonly<Record<string, string>> = {
  Standard: 'Il testo di sempre: «Il giorno … si è riunita», voto attivo, «DECISIONE:» a ogni decisione, nomi per numero d\'ordine.',
  Sintetico: 'Verbale breve: voto al passivo («viene approvato dai presenti»), «Punto 1 –», solo l\'ente tra parentesi, nomi come annunciati.',
  Online: 'Incontri online: niente ora né convocazione, «si collega / si scollega», partecipanti raggruppati per organizzazione.',
  'Tavolo di co-programmazione': 'Incontri dei tavoli: «si è svolto l\'incontro», «Tema 1 –», organizzazioni per categoria, contributi, punti condivisi, posizioni divergenti e impegni.',
};

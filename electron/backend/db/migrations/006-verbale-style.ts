import type Database from 'better-sqlite3';
import type { Migration } from '../migration';

/**
 * Every body and every meeting's copy of its body gets the verbale's style: the "Standard" one, which reads exactly
 * as the verbale did before styles existed; the honorific stays empty (names keep whatever they were written with).
 * Rewritten: the bodies' profiles, the meetings' body snapshots, the closed revisions kept by a reopening, and the row
 * changes of the journal that undo puts back. Self-contained on purpose: this is the Standard style as released
 * with this migration, and it must not change when the presets do.
 */
const STANDARD_STYLE_AS_RELEASED = {
  "name": "Standard",
  "decisionLabel": "every",
  "namedOrder": "seat",
  "participants": "lines",
  "lateArrivals": "table",
  "revisionOnPage": true,
  "templates": {
    "title": "{organo}",
    "subtitle": "Verbale della seduta del {data}",
    "revision": "Revisione n. {revisione}",
    "opening": "Il giorno {data}{#if ora}, alle ore {ora}{/if}{#if luogo}, {luogo}{/if}, si è {riunito}{#if convocazione} {convocazione}{/if} {organo_articolo}.",
    "attendanceHeading": "Presenze",
    "attendanceIntro": "",
    "attendanceRoom": "sì",
    "attendanceRemote": "sì da remoto",
    "attendanceAbsent": "no",
    "attendancePerson": "{ruolo} {titolo} {nome}{#if delega} ({delega}){/if}",
    "participantsHeading": "Partecipanti senza diritto di voto",
    "participant": "{titolo} {nome}{#if ruolo}, {ruolo}{/if}{#if organizzazione} ({organizzazione}){/if}{#if assente} - {assente}{/if}",
    "participantGroup": "{organizzazione}: {persone}",
    "participantInGroup": "{ruolo}: {titolo} {nome}{#if assente} - {assente}{/if}",
    "presidentOpening": "{il_presidente}, {nome}, constatata la validità della seduta{#if cifre} ({cifre}){/if}, apre {organo_breve}.",
    "presidentOpeningQuorumNotMet": "{il_presidente}, {nome}, apre {organo_breve}{#if cifre} ({cifre}){/if}.",
    "itemHeading": "{numero}. {titolo}{#if allegati} ({allegati}){/if}",
    "attachments": "{elenco}",
    "statementMember": "{ruolo} {dell_ente}",
    "statementOfficer": "{carica} e {ente}",
    "statementParticipant": "{ruolo}, {organizzazione}",
    "statementMinuteTaker": "Verbalizzante, {ruolo}",
    "movementArrivalRoom": "Arriva alle ore {ora} {chi}{#if motivo} ({motivo}){/if}.",
    "movementArrivalRemote": "Alle ore {ora} si collega da remoto {chi}{#if motivo} ({motivo}){/if}.",
    "movementDeparture": "Alle ore {ora} lascia la seduta {chi}{#if motivo} ({motivo}){/if}.",
    "movementTemporaryExit": "Alle ore {ora} esce temporaneamente dalla seduta {chi}{#if motivo} ({motivo}){/if}.",
    "movementReturnRoom": "Alle ore {ora} rientra in seduta {chi}{#if motivo} ({motivo}){/if}.",
    "movementReturnRemote": "Alle ore {ora} rientra in seduta, in collegamento da remoto, {chi}{#if motivo} ({motivo}){/if}.",
    "decisionLabel": "DECISIONE:",
    "voteApproved": "{organo_soggetto} approva {oggetto} con {voti}{#if non_votanti} ({non_votanti}){/if}.",
    "voteRejected": "{organo_soggetto} respinge {oggetto} con {voti}{#if non_votanti} ({non_votanti}){/if}.",
    "voteUndetermined": "Posta in votazione l'approvazione {di_oggetto}, si registrano {voti}{#if non_votanti} ({non_votanti}){/if}.",
    "voteTie": "Posta in votazione l'approvazione {di_oggetto}, la proposta è respinta per parità di voti ({parita}).{#if contrari_nominati} {contrari_nominati}.{/if}{#if astenuti_nominati} {astenuti_nominati}.{/if}{#if non_votanti_nominati} {non_votanti_nominati}.{/if}",
    "notedWithVoteApproved": "{organo_soggetto} prende atto {di_oggetto} con {voti}{#if non_votanti} ({non_votanti}){/if}.",
    "notedWithVoteRejected": "{organo_soggetto} respinge la presa d'atto {di_oggetto} con {voti}{#if non_votanti} ({non_votanti}){/if}.",
    "notedWithVoteUndetermined": "Posta in votazione la presa d'atto {di_oggetto}, si registrano {voti}{#if non_votanti} ({non_votanti}){/if}.",
    "notedWithVoteTie": "Posta in votazione la presa d'atto {di_oggetto}, la proposta è respinta per parità di voti ({parita}).{#if contrari_nominati} {contrari_nominati}.{/if}{#if astenuti_nominati} {astenuti_nominati}.{/if}{#if non_votanti_nominati} {non_votanti_nominati}.{/if}",
    "immediateApproved": "{organo_soggetto} dichiara la deliberazione immediatamente eseguibile con {voti}{#if non_votanti} ({non_votanti}){/if}.",
    "immediateRejected": "{organo_soggetto} respinge la proposta di immediata eseguibilità della deliberazione con {voti}{#if non_votanti} ({non_votanti}){/if}.",
    "immediateUndetermined": "Posta in votazione l'immediata eseguibilità della deliberazione, si registrano {voti}{#if non_votanti} ({non_votanti}){/if}.",
    "immediateTie": "Posta in votazione l'immediata eseguibilità della deliberazione, la proposta è respinta per parità di voti ({parita}).{#if contrari_nominati} {contrari_nominati}.{/if}{#if astenuti_nominati} {astenuti_nominati}.{/if}{#if non_votanti_nominati} {non_votanti_nominati}.{/if}",
    "noted": "{organo_soggetto} prende atto {di_oggetto}.",
    "noVote": "Il punto non è oggetto di votazione.",
    "votesUnanimousPresent": "il voto favorevole dell'unanimità dei presenti",
    "votesUnanimousVoting": "il voto favorevole dell'unanimità dei votanti",
    "votesFavourable": "{voti_favorevoli}",
    "votesAgainst": "{contrari}{#if nomi} ({nomi}){/if}",
    "votesAbstained": "{astenuti}{#if nomi} ({nomi}){/if}",
    "votesNotVoting": "{non_partecipano}: {chi}",
    "closing": "Non essendoci altri punti all'ordine del giorno {organo_breve} si chiude alle ore {ora}.",
    "signaturePresidentLabel": "{etichetta}",
    "signaturePresidentName": "{nome}",
    "signaturePresidentRole": "{ruolo}",
    "signatureMinuteTakerLabel": "{etichetta}",
    "signatureMinuteTakerName": "{nome}",
    "signatureMinuteTakerRole": "{ruolo}"
  }
};

type Json = Record<string, unknown>;

function withStyle(text: string): string {
  const profile = JSON.parse(text) as Json;
  return 'style' in profile ? text : JSON.stringify({ ...profile, style: STANDARD_STYLE_AS_RELEASED });
}

function revisionContent(text: string): string {
  const meeting = JSON.parse(text) as Json;
  const body = meeting.body as Json | undefined;
  if (!body || 'style' in body) return text;
  return JSON.stringify({ ...meeting, body: { ...body, style: STANDARD_STYLE_AS_RELEASED } });
}

interface StoredChange {
  table: string;
  before: Json | null;
  after: Json | null;
}

const COLUMN: Record<string, string> = { bodies: 'profile', meetings: 'body_snapshot' };

function journalChanges(text: string): string {
  const changes = JSON.parse(text) as StoredChange[];
  const columns = (table: string, values: Json | null): Json | null => {
    const column = COLUMN[table];
    if (!column || !values || typeof values[column] !== 'string') return values;
    return { ...values, [column]: withStyle(values[column]) };
  };
  return JSON.stringify(changes.map((change) => ({ ...change, before: columns(change.table, change.before), after: columns(change.table, change.after) })));
}

/** Rewrites the text column of every row `select` gives (as key, text), where the conversion changes it. */
function rewrite(db: Database.Database, select: string, update: string, convert: (text: string) => string): void {
  const write = db.prepare(update);
  for (const row of db.prepare(select).all() as { key: number; text: string }[]) {
    const converted = convert(row.text);
    if (converted !== row.text) write.run(converted, row.key);
  }
}

export const verbaleStyle: Migration = {
  version: 6,
  name: 'stile del verbale Standard per ogni organo e seduta',
  up(db) {
    rewrite(db, 'SELECT rowid AS key, profile AS text FROM bodies', 'UPDATE bodies SET profile = ? WHERE rowid = ?', withStyle);
    rewrite(db, 'SELECT rowid AS key, body_snapshot AS text FROM meetings', 'UPDATE meetings SET body_snapshot = ? WHERE rowid = ?', withStyle);
    rewrite(db, 'SELECT rowid AS key, content AS text FROM meeting_revisions', 'UPDATE meeting_revisions SET content = ? WHERE rowid = ?', revisionContent);
    rewrite(db, 'SELECT seq AS key, changes AS text FROM journal', 'UPDATE journal SET changes = ? WHERE seq = ?', journalChanges);
  },
};

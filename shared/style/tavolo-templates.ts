import type { TavoloSentenceKind } from './vocabulary';

/**
 * The sentences of a tavolo's verbale as it has always printed them. Every preset carries them; a style stored before
 * they were kinds of the style (a body, a meeting's snapshot, a style file) reads each from here, so it says what it said.
 */
export const TAVOLO_TEMPLATES: Readonly<Record<TavoloSentenceKind, string>> = {
  tavoloProcedure: '{avviso}{#if riferimento} ({riferimento}){/if} del {data}',
  tavoloHeading: '{tavolo} – {ambito}',
  tavoloSessionNumber: 'Incontro n. {numero}',
  tavoloPresentHeading: 'Organizzazioni presenti',
  tavoloCategory: '{categoria}',
  tavoloOrganisation: '{organizzazione} ({#if runts}RUNTS {runts}, {/if}ruolo {ruolo}): {persone}',
  tavoloRepresentative: '{titolo} {nome}{#if ruolo}, {ruolo}{/if} ({#if da_remoto}{da_remoto}, {/if}{#if arrivo}dalle ore {arrivo}, {/if}{#if uscita}fino alle ore {uscita}{/if})',
  tavoloNobodyPresent: 'Nessuna organizzazione presente.',
  tavoloAbsentHeading: 'Organizzazioni assenti',
  tavoloAbsentOrganisation: '{organizzazione}',
  tavoloStaffHeading: "Per l'Ufficio di Piano",
  tavoloStaff: '{funzione}: {titolo} {nome}',
  tavoloGuestsHeading: 'Altri partecipanti',
  tavoloTopicsHeading: 'Temi trattati',
  tavoloTopic: '{numero}. {titolo}',
  tavoloContribution: '{organizzazione} ({titolo} {nome}{#if ruolo}, {ruolo}{/if}): {testo}',
  tavoloAgreement: 'Punto condiviso: {testo}',
  tavoloDivergence: 'Posizione divergente ({organizzazioni}): {testo}',
  tavoloWrittenContribution: '{organizzazione} ha trasmesso il contributo scritto «{titolo}»{#if allegato}, allegato al presente verbale ({allegato}){/if}.',
  tavoloNextStepsHeading: 'Prossimi passi e impegni',
  tavoloNextMeeting: 'Il prossimo incontro del tavolo è fissato per {data_settimana}{#if ora} alle ore {ora}{/if}{#if luogo}, presso {luogo}{/if}.',
  tavoloApproval:
    "Il presente verbale è trasmesso alle organizzazioni partecipanti. Eventuali osservazioni possono essere inviate all'Ufficio di Piano entro {giorni} dal ricevimento; trascorso tale termine il verbale si intende approvato.",
  tavoloSignatureResponsabile: '{articolo} Responsabile del procedimento',
  tavoloSignatureMinuteTaker: '{articolo} verbalizzante',
};

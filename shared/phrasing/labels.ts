import type { MovementKind } from '../model';
import type { OutcomeKind } from '../rules/types';

/** What a movement is called: a dialog's title, a journal line ("rientro alle 18:10 di …"). */
export const MOVEMENT_NAME: Record<MovementKind, string> = {
  arrival: 'Arrivo',
  departure: 'Uscita dalla seduta',
  temporaryExit: 'Uscita temporanea',
  return: 'Rientro',
};

/** What the member does, as a timeline line or a choice reads it: "Ore 17:51 Arriva: 7. Comune di Valfonda". */
export const MOVEMENT_ACTION: Record<MovementKind, string> = {
  arrival: 'Arriva',
  departure: 'Lascia la seduta',
  temporaryExit: 'Esce temporaneamente',
  return: 'Rientra',
};

/** The outcome of a decision, as the vote dialog and the command line show it. */
export const OUTCOME_LABEL: Record<OutcomeKind, string> = {
  approved: 'Approvato',
  rejected: 'Respinto',
  tie: 'Respinto per parità di voti',
  noted: "Presa d'atto",
  none: 'Non oggetto di votazione',
};

import type { Convocation, Gender, Modality } from '../model';
import { bodyFullName, byGender } from './articles';
import { formatDateWords, formatTime } from './format';

export interface OpeningInput {
  /** ISO date of the meeting. */
  date: string;
  startTime: string;
  modality: Modality;
  /** Where, without "presso": "la Sala consiliare del Comune di Ponte Nuovo". May be empty. */
  place: string;
  /** null when the body has no convocations to state (bodies that do not vote). */
  convocation: Convocation | null;
  body: { name: string; gender: Gender };
}

/**
 * "Il giorno 5 marzo 2025, alle ore 17:30, presso la Sala consiliare ..., si è riunita in prima convocazione
 * l'Assemblea dei Sindaci ...".
 */
export function openingSentence(input: OpeningInput): string {
  const where = placeClause(input.modality, input.place);
  const participle = byGender(input.body.gender, 'riunito', 'riunita');
  const convocation = input.convocation ? ` ${input.convocation === 'first' ? 'in prima convocazione' : 'in seconda convocazione'}` : '';
  const name = bodyFullName(input.body).replace(/\.$/, '');
  return `Il giorno ${formatDateWords(input.date)}, alle ore ${formatTime(input.startTime)}${where}, si è ${participle}${convocation} ${name}.`;
}

/** ", presso <place>", ", in modalità telematica", ", presso <place> e in collegamento da remoto", or nothing. */
function placeClause(modality: Modality, rawPlace: string): string {
  const place = rawPlace.trim().replace(/^presso\s+/i, '');
  switch (modality) {
    case 'online':
      return ', in modalità telematica';
    case 'mixed':
      return place ? `, presso ${place} e in collegamento da remoto` : ', in presenza e in collegamento da remoto';
    case 'presence':
      return place ? `, presso ${place}` : '';
  }
}

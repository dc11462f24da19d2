import type { Convocation, Gender, Modality } from '../model';
import { STANDARD_STYLE, sentence, type VerbaleStyle } from '../style';
import { byGender } from './articles';
import { bodyValues, type BodyNaming } from './body-values';
import { formatDateWords, formatTime } from './format';

export interface OpeningInput {
  /** ISO date of the meeting. */
  date: string;
  /** null when the meeting's start time is not stated. */
  startTime: string | null;
  modality: Modality;
  /** Where, without "presso": "la Sala consiliare del Comune di Ponte Nuovo". May be empty. */
  place: string;
  /** null when not stated, or when the body has no convocations to state (bodies that do not vote). */
  convocation: Convocation | null;
  body: { name: string; gender: Gender } & BodyNaming;
}

/**
 * "Il giorno 5 marzo 2025, alle ore 17:30, presso la Sala consiliare ..., si è riunita in prima convocazione
 * l'Assemblea dei Sindaci ..." (in the Standard style); a fact not given is left out.
 */
export function openingSentence(input: OpeningInput, style: VerbaleStyle = STANDARD_STYLE): string {
  const place = input.place.trim().replace(/^presso\s+/i, '');
  return sentence(style, 'opening', {
    ...bodyValues(input.body),
    ...dateValues(input.date),
    ora: input.startTime ? formatTime(input.startTime) : '',
    luogo: placeClause(input.modality, place),
    sede: place,
    riunito: byGender(input.body.gender, 'riunito', 'riunita'),
    convocazione: input.convocation ? (input.convocation === 'first' ? 'in prima convocazione' : 'in seconda convocazione') : '',
  });
}

export function dateValues(date: string) {
  return { data: formatDateWords(date), data_settimana: formatDateWords(date, { weekday: true }) };
}

/** "presso <place>", "in modalità telematica", "presso <place> e in collegamento da remoto", or nothing. */
function placeClause(modality: Modality, place: string): string {
  switch (modality) {
    case 'online':
      return 'in modalità telematica';
    case 'mixed':
      return place ? `presso ${place} e in collegamento da remoto` : 'in presenza e in collegamento da remoto';
    case 'presence':
      return place ? `presso ${place}` : '';
  }
}

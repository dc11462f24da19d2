import type { BodyKind, Gender } from '../model';
import { STANDARD_STYLE, sentence, type VerbaleStyle } from '../style';
import { byGender } from './articles';
import { bodyValues, type BodyNaming } from './body-values';
import { formatInteger, formatPercent, formatTime } from './format';
import { dateValues } from './opening';

export interface PresidentOpeningInput {
  presidentName: string;
  presidentGender: Gender;
  presidentHonorific?: string;
  bodyKind: BodyKind;
  body?: BodyNaming;
  /** Whether the quorum holds at the opening: validity is stated only when it does. */
  quorumHolds: boolean;
  /** The figures to print, when the body records the quorum in the minutes; null otherwise. */
  quorumFigures: { present: number; total: number; populationPercent?: number } | null;
}

/**
 * "Il Presidente, Mario Verdi, constatata la validità della seduta (presenti 13 su 19), apre l'Assemblea."
 * Without a valid quorum the sentence does not claim validity: "La Presidente, ..., apre l'Assemblea (presenti 8 su 19)."
 */
export function presidentOpeningSentence(input: PresidentOpeningInput, style: VerbaleStyle = STANDARD_STYLE): string {
  return sentence(style, input.quorumHolds ? 'presidentOpening' : 'presidentOpeningQuorumNotMet', {
    ...bodyValues({ ...input.body, kind: input.bodyKind }),
    il_presidente: presidentLabel(input.presidentGender),
    titolo: input.presidentHonorific ?? '',
    nome: input.presidentName,
    cifre: input.quorumFigures ? quorumFiguresText(input.quorumFigures) : '',
  });
}

/** "presenti 13 su 19"; "presente 1 su 19"; with population: "presenti 13 su 19, che rappresentano il 62,4% della popolazione". */
export function quorumFiguresText(figures: { present: number; total: number; populationPercent?: number }): string {
  const heads = `${figures.present === 1 ? 'presente' : 'presenti'} ${formatInteger(figures.present)} su ${formatInteger(figures.total)}`;
  if (figures.populationPercent === undefined) return heads;
  const verb = figures.present === 1 ? 'rappresenta' : 'rappresentano';
  return `${heads}, che ${verb} il ${formatPercent(figures.populationPercent)} della popolazione`;
}

/** "Non essendoci altri punti all'ordine del giorno l'Assemblea si chiude alle ore 19:47." */
export function closingSentence(
  bodyKind: BodyKind,
  endTime: string,
  style: VerbaleStyle = STANDARD_STYLE,
  context: { body?: BodyNaming; date?: string } = {},
): string {
  return sentence(style, 'closing', {
    ...bodyValues({ ...context.body, kind: bodyKind }),
    ...(context.date ? dateValues(context.date) : {}),
    ora: formatTime(endTime),
  });
}

/** "Il Presidente" / "La Presidente". */
export function presidentLabel(gender: Gender): string {
  return byGender(gender, 'Il Presidente', 'La Presidente');
}

/** "Il Verbalizzante" / "La Verbalizzante". */
export function minuteTakerLabel(gender: Gender): string {
  return byGender(gender, 'Il Verbalizzante', 'La Verbalizzante');
}

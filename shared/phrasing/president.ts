import type { BodyKind, Gender } from '../model';
import { bodyShortName, byGender } from './articles';
import { formatInteger, formatPercent, formatTime } from './format';

export interface PresidentOpeningInput {
  presidentName: string;
  presidentGender: Gender;
  bodyKind: BodyKind;
  /** Whether the quorum holds at the opening: validity is stated only when it does. */
  quorumHolds: boolean;
  /** The figures to print, when the body records the quorum in the minutes; null otherwise. */
  quorumFigures: { present: number; total: number; populationPercent?: number } | null;
}

/**
 * "Il Presidente, Mario Verdi, constatata la validità della seduta (presenti 13 su 19), apre l'Assemblea."
 * Without a valid quorum the sentence does not claim validity: "La Presidente, ..., apre l'Assemblea (presenti 8 su 19)."
 */
export function presidentOpeningSentence(input: PresidentOpeningInput): string {
  const title = byGender(input.presidentGender, 'Il Presidente', 'La Presidente');
  const figures = input.quorumFigures ? ` (${quorumFiguresText(input.quorumFigures)})` : '';
  const body = bodyShortName(input.bodyKind);
  if (input.quorumHolds) {
    return `${title}, ${input.presidentName.trim()}, constatata la validità della seduta${figures}, apre ${body}.`;
  }
  return `${title}, ${input.presidentName.trim()}, apre ${body}${figures}.`;
}

/** "presenti 13 su 19"; "presente 1 su 19"; with population: "presenti 13 su 19, che rappresentano il 62,4% della popolazione". */
export function quorumFiguresText(figures: { present: number; total: number; populationPercent?: number }): string {
  const heads = `${figures.present === 1 ? 'presente' : 'presenti'} ${formatInteger(figures.present)} su ${formatInteger(figures.total)}`;
  if (figures.populationPercent === undefined) return heads;
  const verb = figures.present === 1 ? 'rappresenta' : 'rappresentano';
  return `${heads}, che ${verb} il ${formatPercent(figures.populationPercent)} della popolazione`;
}

/** "Non essendoci altri punti all'ordine del giorno l'Assemblea si chiude alle ore 19:47." */
export function closingSentence(bodyKind: BodyKind, endTime: string): string {
  return `Non essendoci altri punti all'ordine del giorno ${bodyShortName(bodyKind)} si chiude alle ore ${formatTime(endTime)}.`;
}

/** "Il Presidente" / "La Presidente". */
export function presidentLabel(gender: Gender): string {
  return byGender(gender, 'Il Presidente', 'La Presidente');
}

/** "Il Verbalizzante" / "La Verbalizzante". */
export function minuteTakerLabel(gender: Gender): string {
  return byGender(gender, 'Il Verbalizzante', 'La Verbalizzante');
}

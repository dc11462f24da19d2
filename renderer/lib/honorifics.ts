import type { Gender } from '../../shared/model';

/** The titles that change with the person's gender, as the office writes them: [masculine, feminine]. */
const GENDERED_TITLES: readonly (readonly [string, string])[] = [
  ['Dott.', 'Dott.ssa'],
  ['Sig.', 'Sig.ra'],
  ['Prof.', 'Prof.ssa'],
];

/**
 * The title to show once the gender is chosen: «Dott.» becomes «Dott.ssa» for F and back for M; any other title
 * (one the clerk typed herself, or «Avv.», «Ing.», which do not change) stays as it is.
 */
export function honorificForGender(honorific: string, gender: Gender): string {
  const pair = GENDERED_TITLES.find((titles) => titles.includes(honorific.trim()));
  if (!pair) return honorific;
  return gender === 'f' ? pair[1] : pair[0];
}

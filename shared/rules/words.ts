/** Fractions in words for the rules' messages (numbers and plurals: shared/phrasing/format). */

const NUMERATORS = ['', 'un', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'];
const DENOMINATORS_SINGULAR = ['', '', 'mezzo', 'terzo', 'quarto', 'quinto', 'sesto', 'settimo', 'ottavo', 'nono', 'decimo'];
const DENOMINATORS_PLURAL = ['', '', 'mezzi', 'terzi', 'quarti', 'quinti', 'sesti', 'settimi', 'ottavi', 'noni', 'decimi'];

/** 1/3 -> "un terzo", 2/3 -> "due terzi", 1/2 -> "la metà", 7/12 -> "7/12". */
export function fractionWords(numerator: number, denominator: number): string {
  if (numerator * 2 === denominator) return 'la metà';
  if (numerator === denominator) return 'la totalità';
  const num = NUMERATORS[numerator];
  const den = numerator === 1 ? DENOMINATORS_SINGULAR[denominator] : DENOMINATORS_PLURAL[denominator];
  if (!num || !den || numerator > denominator) return `${numerator}/${denominator}`;
  return `${num} ${den}`;
}

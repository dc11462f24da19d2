/**
 * Small Italian wording helpers used by the rules' messages.
 * (The full phrasing of the verbale lives in shared/phrasing; these are only what rule texts need.)
 */

/** 45210 -> "45.210" (Italian thousands separator, no locale data needed). */
export function formatInteger(value: number): string {
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.abs(Math.trunc(value)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** 33.5 -> "33,5"; 50 -> "50": at most `decimals` decimals, trailing zeros dropped, decimal comma. */
export function formatDecimal(value: number, decimals = 2): string {
  const fixed = value.toFixed(decimals);
  const trimmed = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
  return trimmed.replace('.', ',');
}

/** "1 componente" / "2 componenti". */
export function countNoun(count: number, singular: string, pluralForm: string): string {
  return `${formatInteger(count)} ${count === 1 ? singular : pluralForm}`;
}

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

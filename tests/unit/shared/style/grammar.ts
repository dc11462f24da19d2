/** What no verbale may contain, whatever its style: each break found, by name. */
const BREAKS: readonly [string, RegExp][] = [
  ['segnaposto non risolto', /[{}]/],
  ['marcatore interno', /[\uE000-\uE00F]/],
  ['«1» con un plurale', /(?<![\d.,])1 (voti|contrari|astenuti|componenti|favorevoli)\b/],
  ['parentesi vuota', /\(\s*\)/],
  ['spazio prima della punteggiatura', / [,.;:)]/],
  ['virgola sospesa', /,\s*[,.)]|,\s*$/],
  ['doppio spazio', / {2}/],
  ['inizio con punteggiatura', /^[\s,;:.]/],
];

export function grammarBreaks(text: string): string[] {
  return BREAKS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}

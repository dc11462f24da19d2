/**
 * Italian comparison of names: "Città" sorts with "Citta", "Sant'Andrea" after "Santa Maria" as an
 * Italian reader expects, case never decides alone.
 */
const sorter = new Intl.Collator('it', { sensitivity: 'variant', numeric: true, ignorePunctuation: false });
/** Same letters and accents, case ignored: "comunità" and "Comunità" are the same name, "Comunita" is not. */
const matcher = new Intl.Collator('it', { sensitivity: 'accent', usage: 'search' });

export function compareNames(a: string, b: string): number {
  return sorter.compare(a, b);
}

export function sameName(a: string, b: string): boolean {
  return matcher.compare(a.trim(), b.trim()) === 0;
}

/** For search: lowercase without accents, so "citta" finds "Città". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

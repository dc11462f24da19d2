import { foldForSearch } from '../services/collate';

const MAX_WORDS = 12;

/**
 * An Italian word as a prefix: the final vowel dropped from words of five letters or more, so «astenuto» finds
 * «astenuti» and «citta» finds «Città» and «cittadini».
 */
function prefixOf(word: string): string {
  return word.length >= 5 && /[aeiou]$/.test(word) ? word.slice(0, -1) : word;
}

/** Words as FTS5's unicode61 tokenizer with remove_diacritics 2 reads them: letters and digits, folded. */
export function foldedWords(text: string): string[] {
  return foldForSearch(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The prefixes to look for: every word she typed, but single letters left by an elision («l'assemblea») when other
 * words remain.
 */
export function queryPrefixes(text: string): string[] {
  const words = foldedWords(text);
  const meaningful = words.length > 1 ? words.filter((word) => word.length > 1) : words;
  return (meaningful.length > 0 ? meaningful : words).slice(0, MAX_WORDS).map(prefixOf);
}

/**
 * The user's text as an FTS5 query: every word must be found, each as a quoted prefix (so no character she types is
 * read as FTS5 syntax). Null when there is no word to look for.
 */
export function ftsQuery(text: string): string | null {
  const prefixes = queryPrefixes(text);
  return prefixes.length === 0 ? null : prefixes.map((prefix) => `"${prefix}"*`).join(' ');
}

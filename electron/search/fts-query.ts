import { foldForSearch } from '../services/collate';

const MAX_WORDS = 12;

/**
 * An Italian word as a prefix: the final vowel dropped from words of five letters or more, so «astenuto» finds
 * «astenuti» and «citta» finds «Città» and «cittadini».
 */
function prefixOf(word: string): string {
  return word.length >= 5 && /[aeiou]$/.test(word) ? word.slice(0, -1) : word;
}

/**
 * The user's text as an FTS5 query: every word must be found, each as a quoted prefix (so no character she types is
 * read as FTS5 syntax). Single letters left by an elision («l'assemblea») are dropped when other words remain.
 * Null when there is no word to look for.
 */
export function ftsQuery(text: string): string | null {
  const words = foldForSearch(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  const meaningful = words.length > 1 ? words.filter((word) => word.length > 1) : words;
  const chosen = (meaningful.length > 0 ? meaningful : words).slice(0, MAX_WORDS);
  if (chosen.length === 0) return null;
  return chosen.map((word) => `"${prefixOf(word)}"*`).join(' ');
}

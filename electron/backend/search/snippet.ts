import type { SnippetPart } from '../../../shared/api/search';
import { foldForSearch } from '../services/collate';

const WINDOW = 24;

/**
 * The part of a document that shows why it was found: the 24 words with the most of the wanted prefixes, those
 * marked. Made here rather than by FTS5's snippet(), which runs the whole query again for each hit (a prefix of a
 * common word costs about a millisecond each time).
 */
export function snippetOf(text: string, prefixes: readonly string[]): SnippetPart[] {
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((found) => {
    const folded = foldForSearch(found[0]);
    return { start: found.index, end: found.index + found[0].length, match: prefixes.some((prefix) => folded.startsWith(prefix)) };
  });
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    if (tokens[index]!.match) count += 1;
    if (index >= WINDOW && tokens[index - WINDOW]!.match) count -= 1;
    const start = Math.max(0, index - WINDOW + 1);
    if (count > bestCount) {
      bestCount = count;
      best = start;
    }
  }
  // The matches of the best window in its middle, so that the words before them show as well as those after.
  const inWindow = tokens.slice(best, best + WINDOW).flatMap((token, index) => (token.match ? [best + index] : []));
  if (inWindow.length > 0) {
    const middle = Math.floor((inWindow[0]! + inWindow.at(-1)!) / 2);
    best = Math.max(0, Math.min(tokens.length - WINDOW, middle - WINDOW / 2));
  }
  const shown = tokens.slice(best, best + WINDOW);
  const from = best === 0 ? 0 : (shown[0]?.start ?? 0);
  const to = best + WINDOW >= tokens.length ? text.length : (shown.at(-1)?.end ?? text.length);
  const parts: SnippetPart[] = [];
  const plain = (piece: string) => {
    if (!piece) return;
    const last = parts.at(-1);
    if (last && !last.match) last.text += piece;
    else parts.push({ text: piece, match: false });
  };
  if (from > 0) plain('…');
  let at = from;
  for (const token of shown) {
    if (!token.match) continue;
    plain(text.slice(at, token.start));
    parts.push({ text: text.slice(token.start, token.end), match: true });
    at = token.end;
  }
  plain(text.slice(at, to));
  if (to < text.length) plain('…');
  return parts;
}

/**
 * What a text of the model may hold: only characters that XML 1.0 (the DOCX) and PDF can carry, so that every
 * exported file is well-formed whatever was typed, pasted or imported.
 *
 * - Line breaks of every kind (CR LF, CR, vertical tab, form feed, U+0085, U+2028, U+2029) become "\n": their meaning
 *   is obvious, and a vertical tab pasted from Word must not glue two lines together.
 * - In single-line texts (names, roles, titles, labels, place, identifiers) a line break or a tab becomes one space.
 * - Everything else that XML 1.0 cannot hold, or that is not a character at all, is refused, naming the character and
 *   where it is: C0 controls other than tab and line feed, DEL and the C1 controls, noncharacters (U+FDD0–U+FDEF and
 *   the last two code points of every plane, U+FFFE and U+FFFF among them), lone surrogates.
 */

const LINE_BREAKS = /\r\n|[\r\v\f\u0085\u2028\u2029]/g;

/** Spaces around one or more line breaks or tabs: one space in a single-line text. */
const BREAKS_AND_TABS = /[ \t\n]*[\t\n][ \t\n]*/g;

/** The refused code points, as ranges; the last two code points of each of the 17 planes are noncharacters. */
const REFUSED_RANGES: [number, number][] = [
  [0x00, 0x08],
  [0x0e, 0x1f],
  [0x7f, 0x84],
  [0x86, 0x9f],
  [0xd800, 0xdfff],
  [0xfdd0, 0xfdef],
  ...Array.from({ length: 17 }, (_, plane): [number, number] => [plane * 0x10000 + 0xfffe, plane * 0x10000 + 0xffff]),
];

const hex = (code: number) => code.toString(16).toUpperCase().padStart(4, '0');

/** In unicode mode a surrogate range matches only lone surrogates: a valid pair is one code point. */
const REFUSED = new RegExp(`[${REFUSED_RANGES.map(([from, to]) => `\\u{${hex(from)}}-\\u{${hex(to)}}`).join('')}]`, 'gu');

/**
 * The same rule for the JSON Schema, in the portable regex dialect: surrogates and the noncharacters beyond U+FFFF
 * cannot be written there, so the model still checks those itself.
 */
export const ALLOWED_TEXT_PATTERN = `^[^${REFUSED_RANGES.filter(([from]) => from <= 0xffff && (from < 0xd800 || from > 0xdfff))
  .map(([from, to]) => `\\u${hex(from)}-\\u${hex(to)}`)
  .join('')}]*$`;

export interface RefusedCharacter {
  /** "U+0001". */
  code: string;
  /** 1-based, counted in characters (code points) of the text as given. */
  position: number;
  /** How many refused characters the text holds in all. */
  count: number;
}

/** The first character of `value` that no exported format can hold, or null. A lone surrogate counts as one character. */
export function firstRefusedCharacter(value: string): RefusedCharacter | null {
  const matches = [...value.matchAll(REFUSED)];
  const first = matches[0];
  if (!first) return null;
  return {
    code: `U+${hex(first[0].codePointAt(0) as number)}`,
    position: [...value.slice(0, first.index)].length + 1,
    count: matches.length,
  };
}

/** Every refused character replaced by U+FFFD, the visible replacement character. */
export function replaceRefusedCharacters(value: string): string {
  return value.replace(REFUSED, '\uFFFD');
}

/** «Testo dell'intervento: carattere non ammesso U+0001 alla posizione 12». */
export function refusedCharacterMessage(what: string, found: RefusedCharacter): string {
  const others = found.count - 1;
  const more = others === 0 ? '' : others === 1 ? ' (e un altro più avanti)' : ` (e altri ${others} più avanti)`;
  return `${what}: carattere non ammesso ${found.code} alla posizione ${found.position}${more}`;
}

export function normaliseLineBreaks(value: string): string {
  return value.replace(LINE_BREAKS, '\n');
}

export function toSingleLine(value: string): string {
  return normaliseLineBreaks(value).replace(BREAKS_AND_TABS, ' ');
}

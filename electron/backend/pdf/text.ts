import { normaliseLineBreaks, replaceRefusedCharacters } from '../../../shared/model/text';

/** What the embedded font can draw: a glyph it lacks would be the `.notdef` box, which PDF/A forbids. */
export interface GlyphCoverage {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

const REPLACEMENT = 0xfffd;

/**
 * Every string the PDF shows goes through here, like the DOCX's xmlSafe: line breaks of every kind become "\n",
 * tabs a space, characters no format can hold U+FFFD, and a character the font cannot draw U+FFFD as well
 * (or "?" if the font had no U+FFFD), visibly rather than as an empty box.
 */
export function pdfSafe(value: string, font: GlyphCoverage): string {
  const missing = font.hasGlyphForCodePoint(REPLACEMENT) ? '\uFFFD' : '?';
  let out = '';
  for (const char of replaceRefusedCharacters(normaliseLineBreaks(value)).replace(/\t/g, ' ')) {
    const code = char.codePointAt(0) as number;
    out += code === 0x0a || code === 0x20 || font.hasGlyphForCodePoint(code) ? char : missing;
  }
  return out;
}

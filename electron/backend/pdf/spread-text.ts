/**
 * A justified line keeps its space characters. pdfkit's `wordSpacing` spreads words by dropping every space and
 * widening the last glyph of each word, so a reader (copy-paste, screen reader, PDF/A-2a's explicit word boundaries)
 * finds no space between the words. Here the text is drawn with its spaces, and each space glyph is widened by the
 * spread instead: one TJ per segment, `<parola> <spazio> -N <parola>`, as word processors write justified text.
 */

/** A glyph's advance as pdfkit's embedded font gives it, in thousandths of the font size. */
interface Position {
  xAdvance: number;
  /** The glyph's own width, without kerning. */
  advanceWidth: number;
}

/** pdfkit's embedded font, which its types do not declare: `layout` gives the glyphs `encode` turns into codes. */
interface EmbeddedFont {
  layout(text: string, features?: unknown): { glyphs: { codePoints: number[] }[] };
  encode(text: string, features?: unknown): [string[], Position[]];
}

const isSpace = (glyph: { codePoints: number[] } | undefined) => glyph?.codePoints.length === 1 && glyph.codePoints[0] === 0x20;

/** Draws `text` at (x, y) in the current font, every space `spread` points wider than the font's (none when 0). */
export function drawSpread(pdf: PDFKit.PDFDocument, text: string, x: number, y: number, spread: number, size: number): void {
  if (spread === 0) {
    pdf.text(text, x, y, { lineBreak: false });
    return;
  }
  const font = (pdf as unknown as { _font: EmbeddedFont })._font;
  const extra = (spread * 1000) / size;
  font.encode = (value, features) => {
    const [codes, positions] = Object.getPrototypeOf(font).encode.call(font, value, features) as [string[], Position[]];
    const { glyphs } = font.layout(value, features);
    // The positions are the font's layout cache: changed on copies only. The letter before a space loses its kerning
    // with the space, as our line layout measures each word alone: the words land where the layout put them.
    return [
      codes,
      positions.map((position, i) => {
        if (isSpace(glyphs[i])) return { ...position, xAdvance: position.xAdvance + extra };
        return isSpace(glyphs[i + 1]) ? { ...position, xAdvance: position.advanceWidth } : position;
      }),
    ];
  };
  try {
    pdf.text(text, x, y, { lineBreak: false });
  } finally {
    // Back to the font's own encode for every other text.
    delete (font as Partial<EmbeddedFont>).encode;
  }
}

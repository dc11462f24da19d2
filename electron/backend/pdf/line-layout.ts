import type { TextRun } from '../../../shared/verbale/document';
import { useFont, type PdfContext, type RunsLayout } from './context';
import { fontName, type FontName } from './fonts';
import { SPACING } from './page';
import { drawSpread } from './spread-text';

/**
 * Our own line breaking for runs of mixed faces: pdfkit's `continued` text loses the space where two runs meet on a
 * justified line («MORETTI(Legale»). Words break at spaces (a word wider than the line, by characters); a justified
 * line spreads its words, except the last line of a paragraph and a line ending in a hard break.
 */

interface Piece {
  text: string;
  font: FontName;
  width: number;
}

interface Word {
  /** One piece per run the word is made of (no space between runs: «(All.4)», «DECISIONE:»). */
  pieces: Piece[];
  width: number;
  /** Width of the space after the word, in its face (0 when the paragraph or line ends there). */
  space: number;
}

interface Line {
  words: Word[];
  /** The last line of the paragraph or before a hard break: never spread. */
  last: boolean;
}

function piece(ctx: PdfContext, font: FontName, size: number, text: string): Piece {
  useFont(ctx, font, size);
  return { text, font, width: ctx.pdf.widthOfString(text) };
}

/** The words of each hard line of the runs. */
function hardLines(ctx: PdfContext, runs: TextRun[], size: number): Word[][] {
  const lines: Word[][] = [[]];
  let current: Word | null = null;
  for (const run of runs) {
    const font = fontName(run);
    for (const token of ctx.safe(run.text).split(/(\n| +)/)) {
      if (token === '') continue;
      if (token === '\n') {
        lines.push([]);
        current = null;
      } else if (token.startsWith(' ')) {
        if (current) current.space = piece(ctx, font, size, ' ').width;
        current = null;
      } else if (current) {
        const next = piece(ctx, font, size, token);
        current.pieces.push(next);
        current.width += next.width;
      } else {
        const first = piece(ctx, font, size, token);
        current = { pieces: [first], width: first.width, space: 0 };
        (lines.at(-1) as Word[]).push(current);
      }
    }
  }
  return lines;
}

/** A word wider than the line, cut by characters into parts that fit. */
function splitLong(ctx: PdfContext, word: Word, size: number, width: number): Word[] {
  if (word.width <= width) return [word];
  const parts: Word[] = [];
  let part: Word = { pieces: [], width: 0, space: 0 };
  for (const { text, font } of word.pieces) {
    for (const char of text) {
      const glyph = piece(ctx, font, size, char);
      if (part.width + glyph.width > width && part.width > 0) {
        parts.push(part);
        part = { pieces: [], width: 0, space: 0 };
      }
      const last = part.pieces.at(-1);
      if (last && last.font === font) {
        last.text += char;
        last.width += glyph.width;
      } else {
        part.pieces.push(glyph);
      }
      part.width += glyph.width;
    }
  }
  part.space = word.space;
  parts.push(part);
  return parts;
}

function layoutLines(ctx: PdfContext, runs: TextRun[], layout: RunsLayout): Line[] {
  const lines: Line[] = [];
  for (const hardLine of hardLines(ctx, runs, layout.size)) {
    let line: Word[] = [];
    let used = 0;
    for (const word of hardLine.flatMap((w) => splitLong(ctx, w, layout.size, layout.width))) {
      const gap = line.at(-1)?.space ?? 0;
      if (line.length > 0 && used + gap + word.width > layout.width) {
        lines.push({ words: line, last: false });
        line = [];
        used = 0;
      }
      used += (line.length > 0 ? gap : 0) + word.width;
      line.push(word);
    }
    lines.push({ words: line, last: true });
  }
  return lines;
}

function lineHeight(ctx: PdfContext, layout: RunsLayout): number {
  useFont(ctx, 'regular', layout.size);
  return ctx.pdf.currentLineHeight(true) + (layout.lineGap ?? SPACING.lineGap);
}

interface Segment {
  font: FontName;
  text: string;
  x: number;
}

/** A line as few text calls as possible: consecutive pieces in the same face make one segment, spaces included (a justified line's are widened by `drawSpread`). */
function segments(line: Line, x: number, spread: number): Segment[] {
  const list: Segment[] = [];
  line.words.forEach((word, i) => {
    const gap = i > 0 ? (line.words[i - 1] as Word).space : 0;
    word.pieces.forEach((part, p) => {
      const spaceBefore = p === 0 && gap > 0;
      if (spaceBefore) x += gap + spread;
      const last = list.at(-1);
      if (last && last.font === part.font) last.text += spaceBefore ? ` ${part.text}` : part.text;
      else {
        // Where the face changes at a space, the space ends the segment before: a character, not only a gap.
        if (last && spaceBefore) last.text += ' ';
        list.push({ font: part.font, text: part.text, x });
      }
      x += part.width;
    });
  });
  return list;
}

/** Draws the lines from `y`, going on on the next page when the room ends; returns the y under the last line. */
function drawLines(ctx: PdfContext, lines: Line[], layout: RunsLayout, y: number): number {
  const height = lineHeight(ctx, layout);
  for (const line of lines) {
    // A paragraph longer than the room left goes on on the next page, inside the same tagged element.
    if (y + height > ctx.area.bottom && y > ctx.area.top + 1) {
      ctx.pdf.continueOnNewPage();
      y = ctx.area.top;
    }
    const natural = line.words.reduce((sum, word, i) => sum + word.width + (i > 0 ? (line.words[i - 1] as Word).space : 0), 0);
    const gaps = line.words.length - 1;
    const spread = layout.align === 'justify' && !line.last && gaps > 0 ? (layout.width - natural) / gaps : 0;
    const start = layout.x + (layout.align === 'center' ? (layout.width - natural) / 2 : 0);
    for (const segment of segments(line, start, spread)) {
      useFont(ctx, segment.font, layout.size);
      drawSpread(ctx.pdf, segment.text, segment.x, y, spread, layout.size);
    }
    y += height;
  }
  return y;
}

/** Height of the runs laid out as `writeRuns` draws them. */
export function heightOfRuns(ctx: PdfContext, runs: TextRun[], layout: RunsLayout): number {
  if (runs.every((run) => run.text === '')) return 0;
  return layoutLines(ctx, runs, layout).length * lineHeight(ctx, layout);
}

/** The model's runs as they are, each in its face, from `y`; the writer never composes or reorders text. Moves the position under them. */
export function writeRuns(ctx: PdfContext, runs: TextRun[], layout: RunsLayout, y = ctx.pdf.y): void {
  if (runs.every((run) => run.text === '')) return;
  ctx.pdf.y = drawLines(ctx, layoutLines(ctx, runs, layout), layout, y);
  ctx.pdf.x = layout.x;
}

import { FONT_FILES, type FontName } from './fonts';
import type { PdfPage } from './page';

/** The document being written, its structure tree's root, and the text guard bound to the embedded font. */
export interface PdfContext {
  pdf: PDFKit.PDFDocument;
  root: PDFKit.PDFStructureElement;
  /** The page every page of the file has: ours, or the Word letterhead's. */
  page: PdfPage;
  safe(value: string): string;
  /** Where the text of every page starts and ends (y from the top): the margins, or below a letterhead's header. */
  area: { top: number; bottom: number };
}

export function useFont(ctx: PdfContext, name: FontName, size: number): void {
  ctx.pdf.font(FONT_FILES[name]).fontSize(size);
}

/** A structure element of `type` under `parent`, its content drawn by `draw` as marked content. */
export function tagged(
  ctx: PdfContext,
  parent: PDFKit.PDFStructureElement,
  type: string,
  draw: () => void,
  options: PDFKit.Mixins.StructureElementOptions = {},
): void {
  const element = ctx.pdf.struct(type, options);
  parent.add(element);
  element.add(draw);
  element.end();
}

/** Drawing that is not content (rules, borders, page numbers, repeated headers): marked as an artifact. */
export function artifact(ctx: PdfContext, draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
  ctx.pdf.markContent('Artifact', { type });
  draw();
  ctx.pdf.endMarkedContent();
}

/** A new page, its text starting at the top of the text area (below a letterhead's header). */
export function newPage(ctx: PdfContext): void {
  ctx.pdf.addPage();
  ctx.pdf.y = ctx.area.top;
}

/** Starts a new page when `height` does not fit under the current position (never on a page still empty). */
export function keepTogether(ctx: PdfContext, height: number): void {
  if (ctx.pdf.y + height > ctx.area.bottom && ctx.pdf.y > ctx.area.top + 1) newPage(ctx);
}

export interface RunsLayout {
  x: number;
  width: number;
  size: number;
  align: 'left' | 'center' | 'justify';
  lineGap?: number;
}

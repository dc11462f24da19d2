import { FONT_FILES, type FontName } from './fonts';
import { PAGE } from './page';

/** The document being written, its structure tree's root, and the text guard bound to the embedded font. */
export interface PdfContext {
  pdf: PDFKit.PDFDocument;
  root: PDFKit.PDFStructureElement;
  safe(value: string): string;
}

export const bottomOfText = () => PAGE.height - PAGE.margins.bottom;

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

/** Starts a new page when `height` does not fit under the current position (never on a page still empty). */
export function keepTogether(ctx: PdfContext, height: number): void {
  const { pdf } = ctx;
  if (pdf.y + height > bottomOfText() && pdf.y > PAGE.margins.top + 1) pdf.addPage();
}

export interface RunsLayout {
  x: number;
  width: number;
  size: number;
  align: 'left' | 'center' | 'justify';
  lineGap?: number;
}

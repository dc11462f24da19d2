import type { VerbaleDocument } from '../../../shared/verbale/document';
import { artifact, useFont, type PdfContext } from './context';
import { drawLogo, type Logo } from './blocks';
import { SPACING, TYPE } from './page';
import type { Furniture, PdfLetterhead } from './word-letterhead';

/**
 * The letterhead on every page, as in the DOCX (electron/backend/docx/page-furniture.ts): header images and lines centred at
 * the top, footer lines above «Pagina X di Y». The style's lines carry the body's logo above them; an office's Word
 * letterhead (word-letterhead.ts) brings its own headers, footers and images.
 */

/** With header lines the logo is in the header of every page; without, above the title. */
export const logoInHeader = (doc: VerbaleDocument) => !doc.letterhead.word && doc.letterhead.headerLines.length > 0;

/** The style's header and footer lines, the same on every page. */
export function styleLetterhead(doc: VerbaleDocument, logo: Logo | null): PdfLetterhead {
  const header: Furniture = { images: logo && logoInHeader(doc) ? [logo] : [], lines: doc.letterhead.word ? [] : doc.letterhead.headerLines };
  const footer: Furniture = { images: [], lines: doc.letterhead.word ? [] : doc.letterhead.footerLines };
  return { headers: [header], footers: [footer], headerOf: () => header, footerOf: () => footer };
}

function lineHeight(ctx: PdfContext): number {
  useFont(ctx, 'regular', TYPE.footer);
  return ctx.pdf.currentLineHeight(true);
}

const heightOf = (ctx: PdfContext, { images, lines }: Furniture) =>
  images.reduce((sum, image) => sum + image.height + SPACING.after, 0) + lines.length * lineHeight(ctx);

/** The y of the «Pagina X di Y» line. */
const pageNumberY = (ctx: PdfContext) => ctx.page.height - ctx.page.footerDistance - lineHeight(ctx);

/** Where the text goes on every page: below the tallest header and above the tallest footer when they are taller than the margins. */
export function textArea(ctx: PdfContext, letterhead: PdfLetterhead): { top: number; bottom: number } {
  const headerHeight = Math.max(0, ...letterhead.headers.map((header) => heightOf(ctx, header)));
  const footerHeight = Math.max(0, ...letterhead.footers.map((footer) => heightOf(ctx, footer)));
  return {
    top: Math.max(ctx.page.margins.top, headerHeight === 0 ? 0 : ctx.page.headerDistance + headerHeight + SPACING.beforeSection),
    bottom: Math.min(ctx.page.height - ctx.page.margins.bottom, pageNumberY(ctx) - footerHeight - SPACING.after),
  };
}

/** Images then lines, each centred on the text column, from `top` down. */
function drawFurniture(ctx: PdfContext, { images, lines }: Furniture, top: number): void {
  let y = top;
  for (const image of images) {
    drawLogo(ctx, image, y);
    y += image.height + SPACING.after;
  }
  useFont(ctx, 'regular', TYPE.footer);
  const height = lineHeight(ctx);
  lines.forEach((line, i) => {
    ctx.pdf.text(ctx.safe(line), ctx.page.margins.left, y + i * height, { width: ctx.page.textWidth, align: 'center', lineBreak: false });
  });
}

/** Letterhead and «Pagina X di Y» on every page, once all pages exist (pages are buffered): artifacts, not part of the text's structure. */
export function pageFurniture(ctx: PdfContext, letterhead: PdfLetterhead): void {
  const { pdf } = ctx;
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    // Header and footer sit in the margins: without this pdfkit would see them as overflowing the page.
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    const header = letterhead.headerOf(i + 1);
    const footer = letterhead.footerOf(i + 1);
    if (heightOf(ctx, header) > 0) artifact(ctx, () => drawFurniture(ctx, header, ctx.page.headerDistance), 'Pagination');
    if (heightOf(ctx, footer) > 0) artifact(ctx, () => drawFurniture(ctx, footer, pageNumberY(ctx) - heightOf(ctx, footer)), 'Pagination');
    useFont(ctx, 'regular', TYPE.footer);
    const y = pageNumberY(ctx);
    artifact(ctx, () => pdf.text(`Pagina ${i + 1} di ${range.count}`, ctx.page.margins.left, y, { width: ctx.page.textWidth, align: 'center', lineBreak: false }), 'Pagination');
    pdf.page.margins.bottom = bottom;
  }
}

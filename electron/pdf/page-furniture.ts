import type { VerbaleDocument } from '../../shared/verbale/document';
import { artifact, useFont, type PdfContext } from './context';
import { drawLogo, type Logo } from './blocks';
import { PAGE, SPACING, TYPE } from './page';

/**
 * The letterhead's lines on every page, as in the DOCX (electron/docx/page-furniture.ts): header lines centred at the
 * top with the logo above them, footer lines above «Pagina X di Y». An office's Word letterhead is the DOCX's page
 * only: the PDF cannot reuse its Word headers, so it prints no lines for it (docs/PDFA.md).
 */

const linesOf = (doc: VerbaleDocument) => (doc.letterhead.word ? { header: [], footer: [] } : { header: doc.letterhead.headerLines, footer: doc.letterhead.footerLines });

/** With header lines the logo is in the header of every page; without, above the title. */
export const logoInHeader = (doc: VerbaleDocument) => linesOf(doc).header.length > 0;

function lineHeight(ctx: PdfContext): number {
  useFont(ctx, 'regular', TYPE.footer);
  return ctx.pdf.currentLineHeight(true);
}

/** The y of the «Pagina X di Y» line. */
export const pageNumberY = (ctx: PdfContext) => PAGE.height - PAGE.footerDistance - lineHeight(ctx);

/** Where the text goes on every page: below the header and above the footer lines when they are taller than the margins. */
export function textArea(ctx: PdfContext, doc: VerbaleDocument, logo: Logo | null): { top: number; bottom: number } {
  const { header, footer } = linesOf(doc);
  const headerHeight = header.length === 0 ? 0 : (logo ? logo.height + SPACING.after : 0) + header.length * lineHeight(ctx);
  const footerTop = pageNumberY(ctx) - footer.length * lineHeight(ctx);
  return {
    top: Math.max(PAGE.margins.top, PAGE.footerDistance + headerHeight + SPACING.beforeSection),
    bottom: Math.min(PAGE.height - PAGE.margins.bottom, footerTop - SPACING.after),
  };
}

function centredLines(ctx: PdfContext, lines: readonly string[], top: number): void {
  const height = lineHeight(ctx);
  lines.forEach((line, i) => {
    ctx.pdf.text(ctx.safe(line), PAGE.margins.left, top + i * height, { width: PAGE.textWidth, align: 'center', lineBreak: false });
  });
}

/** The letterhead of the current page: artifacts (page furniture, like the page number), not part of the text's structure. */
function drawLetterhead(ctx: PdfContext, doc: VerbaleDocument, logo: Logo | null): void {
  const { header, footer } = linesOf(doc);
  if (header.length > 0) {
    artifact(ctx, () => {
      let y = PAGE.footerDistance;
      if (logo) {
        drawLogo(ctx, logo, y);
        y += logo.height + SPACING.after;
      }
      useFont(ctx, 'regular', TYPE.footer);
      centredLines(ctx, header, y);
    }, 'Pagination');
  }
  if (footer.length > 0) {
    artifact(ctx, () => {
      useFont(ctx, 'regular', TYPE.footer);
      centredLines(ctx, footer, pageNumberY(ctx) - footer.length * lineHeight(ctx));
    }, 'Pagination');
  }
}

/** Letterhead and «Pagina X di Y» on every page, once all pages exist (pages are buffered). */
export function pageFurniture(ctx: PdfContext, doc: VerbaleDocument, logo: Logo | null): void {
  const { pdf } = ctx;
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    // Header and footer sit in the margins: without this pdfkit would see them as overflowing the page.
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    drawLetterhead(ctx, doc, logo);
    useFont(ctx, 'regular', TYPE.footer);
    const y = pageNumberY(ctx);
    artifact(ctx, () => pdf.text(`Pagina ${i + 1} di ${range.count}`, PAGE.margins.left, y, { width: PAGE.textWidth, align: 'center', lineBreak: false }), 'Pagination');
    pdf.page.margins.bottom = bottom;
  }
}

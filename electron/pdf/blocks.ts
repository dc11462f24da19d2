import type { ItemHeading, SectionHeading, SignatureBlock, VerbaleDocument, VerbaleParagraph } from '../../shared/verbale/document';
import { fitInside, imageSize } from '../docx/image-size';
import { artifact, keepTogether, tagged, useFont, type PdfContext, type RunsLayout } from './context';
import { heightOfRuns, writeRuns } from './line-layout';
import { opaquePng } from './flatten-png';
import { LOGO_BOX, PAGE, SPACING, TYPE } from './page';

const left = PAGE.margins.left;

const paragraphLayout: Record<VerbaleParagraph['style'], RunsLayout> = {
  normal: { x: left, width: PAGE.textWidth, size: TYPE.normal, align: 'justify' },
  centered: { x: left, width: PAGE.textWidth, size: TYPE.normal, align: 'center' },
  listItem: { x: left + SPACING.listIndent, width: PAGE.textWidth - SPACING.listIndent, size: TYPE.normal, align: 'left' },
};

export function paragraphHeight(ctx: PdfContext, block: VerbaleParagraph): number {
  return heightOfRuns(ctx, block.runs, paragraphLayout[block.style]);
}

/** `spaceAfter` is false between two lines of one list (like Word's contextual spacing). */
export function paragraph(ctx: PdfContext, block: VerbaleParagraph, spaceAfter: boolean): void {
  tagged(ctx, ctx.root, 'P', () => writeRuns(ctx, block.runs, paragraphLayout[block.style]));
  if (spaceAfter) ctx.pdf.y += SPACING.after;
}

const headingLayout = { x: left, width: PAGE.textWidth, size: TYPE.normal, align: 'left' } as const;

export function headingHeight(ctx: PdfContext, block: ItemHeading | SectionHeading): number {
  const before = block.kind === 'itemHeading' ? SPACING.beforeItem : SPACING.beforeSection;
  return before + heightOfRuns(ctx, [{ text: block.text, bold: true }], headingLayout) + SPACING.after;
}

/** An item is H1 with a bookmark; a section (Presenze, Ordine del giorno …) is H2. `keepWith` is the room the next block's first lines need. */
export function heading(ctx: PdfContext, block: ItemHeading | SectionHeading, keepWith: number): void {
  keepTogether(ctx, headingHeight(ctx, block) + keepWith);
  const isItem = block.kind === 'itemHeading';
  ctx.pdf.y += isItem ? SPACING.beforeItem : SPACING.beforeSection;
  if (isItem) ctx.pdf.outline.addItem(ctx.safe(block.text));
  tagged(ctx, ctx.root, isItem ? 'H1' : 'H2', () => writeRuns(ctx, [{ text: block.text, bold: true, italic: !isItem }], headingLayout));
  ctx.pdf.y += SPACING.after;
}

/** Logo (when the body has one), the body's full name and the subject under it. */
export function titleBlock(ctx: PdfContext, doc: VerbaleDocument): void {
  if (doc.logo) logo(ctx, doc.logo);
  const centered = (size: number) => ({ x: left, width: PAGE.textWidth, size, align: 'center' }) as const;
  ctx.pdf.y += SPACING.after;
  tagged(ctx, ctx.root, 'H1', () => writeRuns(ctx, [{ text: doc.title, bold: true }], centered(TYPE.title)));
  ctx.pdf.y += SPACING.after;
  tagged(ctx, ctx.root, 'P', () => writeRuns(ctx, [{ text: doc.subject }], centered(TYPE.subtitle)));
  ctx.pdf.y += 3 * SPACING.after;
}

function logo(ctx: PdfContext, image: NonNullable<VerbaleDocument['logo']>): void {
  const bytes = Buffer.from(image.base64, 'base64');
  const size = imageSize(bytes, image.mimeType);
  // An unreadable logo is left out rather than drawn broken, as in the DOCX.
  if (!size) return;
  const pixels = fitInside(size, LOGO_BOX.width / 0.75, LOGO_BOX.height / 0.75);
  const width = pixels.width * 0.75;
  const height = pixels.height * 0.75;
  const data = image.mimeType === 'image/png' ? opaquePng(bytes) : bytes;
  const y = ctx.pdf.y;
  tagged(ctx, ctx.root, 'Figure', () => ctx.pdf.image(data, left + (PAGE.textWidth - width) / 2, y, { width, height }), { alt: 'Logo dell\'ente' });
  ctx.pdf.y = y + height + SPACING.after;
}

/** Blank space above each signing line, and the space before the block (480 twips). */
const SIGNING_SPACE = 1.6 * PAGE.cm;
const BEFORE_SIGNATURES = 24;
const LINE_INSET = 0.8 * PAGE.cm;

type Signer = SignatureBlock['left'];

function signerLines(signer: Signer) {
  return [
    { text: signer.label, bold: true },
    { text: signer.name },
    { text: signer.role, italic: true },
  ];
}

function columnLayout(x: number): RunsLayout {
  return { x, width: PAGE.textWidth / 2, size: TYPE.normal, align: 'center', lineGap: 0 };
}

function signerHeight(ctx: PdfContext, signer: Signer): number {
  return signerLines(signer).reduce((sum, line) => sum + heightOfRuns(ctx, [line], columnLayout(left)), 0);
}

export function signaturesHeight(ctx: PdfContext, block: SignatureBlock): number {
  return BEFORE_SIGNATURES + Math.max(signerHeight(ctx, block.left), signerHeight(ctx, block.right)) + SIGNING_SPACE + 2;
}

/** Two columns, Il Presidente on the left and the minute-taker on the right, never split across pages. */
export function signatures(ctx: PdfContext, block: SignatureBlock): void {
  keepTogether(ctx, signaturesHeight(ctx, block));
  const top = ctx.pdf.y + BEFORE_SIGNATURES;
  const lineY = top + Math.max(signerHeight(ctx, block.left), signerHeight(ctx, block.right)) + SIGNING_SPACE;
  const container = ctx.pdf.struct('Div');
  ctx.root.add(container);
  for (const [signer, x] of [[block.left, left], [block.right, left + PAGE.textWidth / 2]] as const) {
    let y = top;
    for (const line of signerLines(signer)) {
      tagged(ctx, container, 'P', () => writeRuns(ctx, [line], columnLayout(x), y));
      y += heightOfRuns(ctx, [line], columnLayout(x));
    }
    artifact(ctx, () => {
      ctx.pdf.lineWidth(0.75).moveTo(x + LINE_INSET, lineY).lineTo(x + PAGE.textWidth / 2 - LINE_INSET, lineY).stroke('black');
    });
  }
  container.end();
  ctx.pdf.x = left;
  ctx.pdf.y = lineY + SPACING.after;
}

/** "Pagina X di Y" on every page, once all pages exist (pages are buffered). */
export function pageFooters(ctx: PdfContext): void {
  const { pdf } = ctx;
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    // The footer sits in the bottom margin: without this pdfkit would see it as overflowing the page.
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    useFont(ctx, 'regular', TYPE.footer);
    const y = PAGE.height - PAGE.footerDistance - pdf.currentLineHeight(true);
    artifact(ctx, () => pdf.text(`Pagina ${i + 1} di ${range.count}`, left, y, { width: PAGE.textWidth, align: 'center', lineBreak: false }), 'Pagination');
    pdf.page.margins.bottom = bottom;
  }
}

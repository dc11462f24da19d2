import type { ItemHeading, SectionHeading, SignatureBlock, VerbaleDocument, VerbaleParagraph } from '../../../shared/verbale/document';
import { fitInside, imageSize } from '../docx/image-size';
import { artifact, keepTogether, tagged, type PdfContext, type RunsLayout } from './context';
import { heightOfRuns, writeRuns } from './line-layout';
import { pdfaLogo } from './logo-image';
import { CM, LOGO_BOX, SPACING, TYPE } from './page';

const left = (ctx: PdfContext) => ctx.page.margins.left;

function paragraphLayout(ctx: PdfContext, style: VerbaleParagraph['style']): RunsLayout {
  const { textWidth } = ctx.page;
  if (style === 'listItem') return { x: left(ctx) + SPACING.listIndent, width: textWidth - SPACING.listIndent, size: TYPE.normal, align: 'left' };
  return { x: left(ctx), width: textWidth, size: TYPE.normal, align: style === 'normal' ? 'justify' : 'center' };
}

export function paragraphHeight(ctx: PdfContext, block: VerbaleParagraph): number {
  return heightOfRuns(ctx, block.runs, paragraphLayout(ctx, block.style));
}

export function paragraph(ctx: PdfContext, block: VerbaleParagraph): void {
  tagged(ctx, ctx.root, 'P', () => writeRuns(ctx, block.runs, paragraphLayout(ctx, block.style)));
  ctx.pdf.y += SPACING.after;
}

/**
 * A line of a list as LI › LBody in the list's L. Its number or dash, when it has one, is the model's own text (the
 * style's sentence), not a label we draw, so there is no Lbl. `spaceAfter` only after the last line of the list (like
 * Word's contextual spacing).
 */
export function listItem(ctx: PdfContext, list: PDFKit.PDFStructureElement, block: VerbaleParagraph, spaceAfter: boolean): void {
  const item = ctx.pdf.struct('LI');
  list.add(item);
  tagged(ctx, item, 'LBody', () => writeRuns(ctx, block.runs, paragraphLayout(ctx, block.style)));
  item.end();
  if (spaceAfter) ctx.pdf.y += SPACING.after;
}

const headingLayout = (ctx: PdfContext) => ({ x: left(ctx), width: ctx.page.textWidth, size: TYPE.normal, align: 'left' }) as const;

function headingHeight(ctx: PdfContext, block: ItemHeading | SectionHeading): number {
  const before = block.kind === 'itemHeading' ? SPACING.beforeItem : SPACING.beforeSection;
  return before + heightOfRuns(ctx, [{ text: block.text, bold: true }], headingLayout(ctx)) + SPACING.after;
}

/** An item is H1 with a bookmark; a section (Presenze, Ordine del giorno …) is H2. `keepWith` is the room the next block's first lines need. */
export function heading(ctx: PdfContext, block: ItemHeading | SectionHeading, keepWith: number): void {
  keepTogether(ctx, headingHeight(ctx, block) + keepWith);
  const isItem = block.kind === 'itemHeading';
  ctx.pdf.y += isItem ? SPACING.beforeItem : SPACING.beforeSection;
  if (isItem) ctx.pdf.outline.addItem(ctx.safe(block.text));
  tagged(ctx, ctx.root, isItem ? 'H1' : 'H2', () => writeRuns(ctx, [{ text: block.text, bold: true, italic: !isItem }], headingLayout(ctx)));
  ctx.pdf.y += SPACING.after;
}

/** Logo (when the body has one and no letterhead header carries it), the body's full name and the subject under it. */
export function titleBlock(ctx: PdfContext, doc: VerbaleDocument, logo: Logo | null): void {
  if (logo) {
    const y = ctx.pdf.y;
    tagged(ctx, ctx.root, 'Figure', () => drawLogo(ctx, logo, y), { alt: 'Logo dell\'ente' });
    ctx.pdf.y = y + logo.height + SPACING.after;
  }
  const centered = (size: number) => ({ x: left(ctx), width: ctx.page.textWidth, size, align: 'center' }) as const;
  ctx.pdf.y += SPACING.after;
  tagged(ctx, ctx.root, 'H1', () => writeRuns(ctx, [{ text: doc.title, bold: true }], centered(TYPE.title)));
  ctx.pdf.y += SPACING.after;
  tagged(ctx, ctx.root, 'P', () => writeRuns(ctx, [{ text: doc.subject }], centered(TYPE.subtitle)));
  ctx.pdf.y += 3 * SPACING.after;
}

/** The body's logo, opened once (drawn on every page when the letterhead's header carries it), and its printed size. */
export interface Logo {
  /** pdfkit's opened image: embedded once however many pages draw it. */
  image: object;
  width: number;
  height: number;
}

/** pdfkit's openImage, which its types do not declare. */
export const openImage = (pdf: PDFKit.PDFDocument, bytes: Buffer): object => (pdf as unknown as { openImage(src: Buffer): object }).openImage(bytes);

export function openLogo(ctx: PdfContext, logo: VerbaleDocument['logo']): Logo | null {
  if (!logo) return null;
  const bytes = Buffer.from(logo.base64, 'base64');
  const size = imageSize(bytes, logo.mimeType);
  // An unreadable logo is left out rather than drawn broken, as in the DOCX.
  if (!size) return null;
  const pixels = fitInside(size, LOGO_BOX.width / 0.75, LOGO_BOX.height / 0.75);
  return { image: openImage(ctx.pdf, pdfaLogo(bytes, logo.mimeType)), width: pixels.width * 0.75, height: pixels.height * 0.75 };
}

/** Centred on the text column, its top at `y`. */
export function drawLogo(ctx: PdfContext, logo: Logo, y: number): void {
  // pdfkit takes an image it opened in place of the bytes (its types do not say so).
  ctx.pdf.image(logo.image as unknown as Buffer, left(ctx) + (ctx.page.textWidth - logo.width) / 2, y, { width: logo.width, height: logo.height });
}

/** Blank space above each signing line, and the space before the block (480 twips). */
const SIGNING_SPACE = 1.6 * CM;
const BEFORE_SIGNATURES = 24;
const LINE_INSET = 0.8 * CM;

type Signer = SignatureBlock['left'];

function signerLines(signer: Signer) {
  return [
    { text: signer.label, bold: true },
    { text: signer.name },
    { text: signer.role, italic: true },
  ];
}

function columnLayout(ctx: PdfContext, x: number): RunsLayout {
  return { x, width: ctx.page.textWidth / 2, size: TYPE.normal, align: 'center', lineGap: 0 };
}

function signerHeight(ctx: PdfContext, signer: Signer): number {
  return signerLines(signer).reduce((sum, line) => sum + heightOfRuns(ctx, [line], columnLayout(ctx, left(ctx))), 0);
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
  for (const [signer, x] of [[block.left, left(ctx)], [block.right, left(ctx) + ctx.page.textWidth / 2]] as const) {
    let y = top;
    for (const line of signerLines(signer)) {
      tagged(ctx, container, 'P', () => writeRuns(ctx, [line], columnLayout(ctx, x), y));
      y += heightOfRuns(ctx, [line], columnLayout(ctx, x));
    }
    artifact(ctx, () => {
      ctx.pdf.lineWidth(0.75).moveTo(x + LINE_INSET, lineY).lineTo(x + ctx.page.textWidth / 2 - LINE_INSET, lineY).stroke('black');
    });
  }
  container.end();
  ctx.pdf.x = left(ctx);
  ctx.pdf.y = lineY + SPACING.after;
}

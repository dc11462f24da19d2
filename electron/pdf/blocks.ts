import type { ItemHeading, SectionHeading, SignatureBlock, VerbaleDocument, VerbaleParagraph } from '../../shared/verbale/document';
import { fitInside, imageSize } from '../docx/image-size';
import { artifact, keepTogether, tagged, type PdfContext, type RunsLayout } from './context';
import { heightOfRuns, writeRuns } from './line-layout';
import { pdfaLogo } from './logo-image';
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

/** Logo (when the body has one and no letterhead header carries it), the body's full name and the subject under it. */
export function titleBlock(ctx: PdfContext, doc: VerbaleDocument, logo: Logo | null): void {
  if (logo) {
    const y = ctx.pdf.y;
    tagged(ctx, ctx.root, 'Figure', () => drawLogo(ctx, logo, y), { alt: 'Logo dell\'ente' });
    ctx.pdf.y = y + logo.height + SPACING.after;
  }
  const centered = (size: number) => ({ x: left, width: PAGE.textWidth, size, align: 'center' }) as const;
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
const openImage = (pdf: PDFKit.PDFDocument, bytes: Buffer): object => (pdf as unknown as { openImage(src: Buffer): object }).openImage(bytes);

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
  ctx.pdf.image(logo.image as unknown as Buffer, left + (PAGE.textWidth - logo.width) / 2, y, { width: logo.width, height: logo.height });
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

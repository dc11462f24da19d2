import PDFDocument from 'pdfkit';
import type { VerbaleBlock, VerbaleDocument, VerbaleParagraph } from '../../../shared/verbale/document';
import { attendanceTable, tableStartHeight } from './attendance-table';
import { heading, listItem, openLogo, paragraph, paragraphHeight, signatures, signaturesHeight, titleBlock } from './blocks';
import { keepTogether, type PdfContext } from './context';
import { FONT_FILES } from './fonts';
import { documentInfo, xmpDescriptions } from './metadata';
import { STANDARD_PAGE } from '../docx/layout';
import { readWordLetterhead } from '../docx/word-letterhead';
import { pdfPage, SPACING } from './page';
import { logoInHeader, pageFurniture, styleLetterhead, textArea } from './page-furniture';
import { pdfSafe, type GlyphCoverage } from './text';
import { textTable, textTableStartHeight } from './text-table';
import { wordLetterhead } from './word-letterhead';

/** The room the first lines of `block` need on the page of the heading before it. */
function startHeight(ctx: PdfContext, block: VerbaleBlock | undefined): number {
  if (!block) return 0;
  switch (block.kind) {
    case 'paragraph':
      return Math.min(paragraphHeight(ctx, block), 2 * (ctx.pdf.currentLineHeight(true) + SPACING.lineGap));
    case 'attendanceTable':
      return tableStartHeight(ctx, block);
    case 'table':
      return textTableStartHeight(ctx, block);
    case 'itemHeading':
    case 'sectionHeading':
    case 'signatures':
      return 0;
  }
}

function renderBlock(ctx: PdfContext, block: VerbaleBlock, next: VerbaleBlock | undefined): void {
  switch (block.kind) {
    case 'paragraph':
      // The closing stays on the page of the signatures that follow it.
      if (block.role === 'closing' && next?.kind === 'signatures') {
        keepTogether(ctx, paragraphHeight(ctx, block) + SPACING.after + signaturesHeight(ctx, next));
      }
      return paragraph(ctx, block);
    case 'itemHeading':
    case 'sectionHeading':
      return heading(ctx, block, startHeight(ctx, next));
    case 'attendanceTable':
      return attendanceTable(ctx, block);
    case 'signatures':
      return signatures(ctx, block);
    case 'table':
      return textTable(ctx, block);
    default:
      return unhandled(block);
  }
}

const isListItem = (block: VerbaleBlock | undefined): block is VerbaleParagraph => block?.kind === 'paragraph' && block.style === 'listItem';

/** The blocks in order; consecutive list lines (participants, topics, attachments …) make one tagged list, L › LI. */
function renderBlocks(ctx: PdfContext, blocks: VerbaleBlock[]): void {
  let list: PDFKit.PDFStructureElement | null = null;
  blocks.forEach((block, i) => {
    const next = blocks[i + 1];
    if (!isListItem(block)) return renderBlock(ctx, block, next);
    if (!list) {
      list = ctx.pdf.struct('L');
      ctx.root.add(list);
    }
    listItem(ctx, list, block, !isListItem(next));
    if (!isListItem(next)) {
      list.end();
      list = null;
    }
  });
}

/** A new block kind in the document model stops the build here until the PDF writer draws it. */
function unhandled(block: never): never {
  throw new Error(`Blocco del verbale non previsto nel PDF: ${JSON.stringify(block)}`);
}

/** pdfkit's current font object; its fontkit font says which characters it can draw. */
function coverage(pdf: PDFKit.PDFDocument): GlyphCoverage {
  return (pdf as unknown as { _font: { font: GlyphCoverage } })._font.font;
}

/**
 * Writes a verbale as PDF/A-2a: every font embedded (Liberation Serif), sRGB output intent and PDF/A identification
 * (pdfkit's PDF/A subset), our XMP (metadata.ts), tagged structure (H1/H2/P/L/Table/Figure), a bookmark per item,
 * "Pagina X di Y", on the page of the office's Word letterhead when it has one. No JavaScript, encryption, forms or transparency. The same model always gives the same bytes:
 * the dates are the meeting's, and the file id derives from them.
 */
export async function writeVerbalePdf(doc: VerbaleDocument): Promise<Uint8Array> {
  const created = new Date(`${doc.meetingDate}T00:00:00Z`);
  const word = doc.letterhead.word ? readWordLetterhead(doc.letterhead.word, STANDARD_PAGE) : null;
  const page = pdfPage(word?.page ?? STANDARD_PAGE);
  const pdf = new PDFDocument({
    size: [page.width, page.height],
    margins: page.margins,
    pdfVersion: '1.7',
    subset: 'PDF/A-2a',
    tagged: true,
    lang: 'it-IT',
    displayTitle: true,
    bufferPages: true,
    font: FONT_FILES.regular,
    info: documentInfo(doc, created),
  });
  (pdf as unknown as { _addInfo(): void })._addInfo = () => pdf.appendXML(xmpDescriptions(doc, created));
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    pdf.on('error', reject);
  });
  const font = coverage(pdf);
  const root = pdf.struct('Document');
  pdf.addStructure(root);
  const ctx: PdfContext = { pdf, root, page, safe: (value) => pdfSafe(value, font), area: { top: page.margins.top, bottom: page.height - page.margins.bottom } };
  // With a Word letterhead its own images take the logo's place, as in the DOCX.
  const logo = word ? null : openLogo(ctx, doc.logo);
  const letterhead = word ? wordLetterhead(ctx, word) : styleLetterhead(doc, logo);
  ctx.area = textArea(ctx, letterhead);
  pdf.y = ctx.area.top;
  titleBlock(ctx, doc, logoInHeader(doc) ? null : logo);
  renderBlocks(ctx, doc.blocks);
  root.end();
  pageFurniture(ctx, letterhead);
  pdf.end();
  return done;
}

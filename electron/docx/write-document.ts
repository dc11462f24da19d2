import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, type Table, TextRun } from 'docx';
import type { VerbaleBlock, VerbaleDocument } from '../../shared/verbale/document';
import { contentSha256 } from './content-hash';
import {
  FOOTER_DISTANCE,
  MARGIN_BOTTOM,
  MARGIN_LEFT,
  MARGIN_RIGHT,
  MARGIN_TOP,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  SIZE_FOOTER,
} from './layout';
import { itemHeading, sectionHeading, titleBlock, verbaleParagraph } from './paragraphs';
import { coreXml, documentProperties } from './properties';
import { STYLE, verbaleStyles } from './styles';
import { attendanceTable, signatureTable } from './tables';

function renderBlock(block: VerbaleBlock): Paragraph | Table {
  switch (block.kind) {
    case 'paragraph':
      return verbaleParagraph(block);
    case 'itemHeading':
      return itemHeading(block);
    case 'sectionHeading':
      return sectionHeading(block);
    case 'attendanceTable':
      return attendanceTable(block);
    case 'signatures':
      return signatureTable(block);
  }
}

/** "Pagina X di Y": the page fields are the only fields in the document. */
function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ size: SIZE_FOOTER, children: ['Pagina ', PageNumber.CURRENT, ' di ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}

/** Builds the DOCX package of a verbale. */
export async function writeVerbaleDocx(doc: VerbaleDocument): Promise<Uint8Array> {
  const contentHash = contentSha256(doc);
  const document = new Document({
    ...documentProperties(doc, contentHash),
    styles: verbaleStyles,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_WIDTH, height: PAGE_HEIGHT },
            margin: { top: MARGIN_TOP, bottom: MARGIN_BOTTOM, left: MARGIN_LEFT, right: MARGIN_RIGHT, footer: FOOTER_DISTANCE },
          },
        },
        footers: { default: pageFooter() },
        children: [...titleBlock(doc), ...doc.blocks.map(renderBlock)],
      },
    ],
  });
  const overrides = [{ path: 'docProps/core.xml', data: coreXml(doc, contentHash) }];
  return new Uint8Array(await Packer.toBuffer(document, false, overrides));
}

import { Document, Packer, type Paragraph, type Table } from 'docx';
import type { VerbaleBlock, VerbaleDocument } from '../../../shared/verbale/document';
import { contentSha256 } from './content-hash';
import { graftLetterhead } from './graft-letterhead';
import { type PageGeometry, STANDARD_PAGE, textWidthOf } from './layout';
import { letterheadHeader, logoInHeader, pageFooter } from './page-furniture';
import { itemHeading, sectionHeading, titleBlock, verbaleParagraph } from './paragraphs';
import { coreXml, documentProperties } from './properties';
import { verbaleStyles } from './styles';
import { attendanceTable, signatureTable } from './tables';
import { textTable } from './text-table';
import { type ParsedLetterhead, readWordLetterhead } from './word-letterhead';

function renderBlock(block: VerbaleBlock, textWidth: number): Paragraph | Table {
  switch (block.kind) {
    case 'paragraph':
      return verbaleParagraph(block);
    case 'itemHeading':
      return itemHeading(block);
    case 'sectionHeading':
      return sectionHeading(block);
    case 'attendanceTable':
      return attendanceTable(block, textWidth);
    case 'signatures':
      return signatureTable(block, textWidth);
    case 'table':
      return textTable(block, textWidth);
  }
}

const pageProperties = (page: PageGeometry) => ({ page: { size: { width: page.width, height: page.height }, margin: page.margin } });

/**
 * Our header and footer. On the office's Word letterhead (grafted after packing) its own are used, and ours is only
 * «Pagina X di Y» when it has no footer for every page.
 */
function furniture(doc: VerbaleDocument, word: ParsedLetterhead | null) {
  if (word) {
    const hasFooter = word.parts.some((part) => part.element === 'footerReference' && part.type === 'default');
    return hasFooter ? {} : { footers: { default: pageFooter([]) } };
  }
  const header = letterheadHeader(doc);
  return { ...(header && { headers: { default: header } }), footers: { default: pageFooter(doc.letterhead.footerLines) } };
}

/** Builds the DOCX package of a verbale, on the page of the office's Word letterhead when there is one. */
export async function writeVerbaleDocx(doc: VerbaleDocument): Promise<Uint8Array> {
  const contentHash = contentSha256(doc);
  const word = doc.letterhead.word ? readWordLetterhead(doc.letterhead.word, STANDARD_PAGE) : null;
  const page = word?.page ?? STANDARD_PAGE;
  const textWidth = textWidthOf(page);
  const document = new Document({
    ...documentProperties(doc, contentHash),
    styles: verbaleStyles,
    evenAndOddHeaderAndFooters: word?.evenAndOddHeaders,
    sections: [
      {
        properties: pageProperties(page),
        ...furniture(doc, word),
        children: [...titleBlock(doc, { logo: !word && !logoInHeader(doc) }), ...doc.blocks.map((block) => renderBlock(block, textWidth))],
      },
    ],
  });
  const overrides = [{ path: 'docProps/core.xml', data: coreXml(doc, contentHash) }];
  const bytes = new Uint8Array(await Packer.toBuffer(document, false, overrides));
  return word ? graftLetterhead(bytes, word) : bytes;
}

import { AlignmentType, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import type { VerbaleDocument } from '../../../shared/verbale/document';
import { SIZE_FOOTER } from './layout';
import { logoParagraph } from './paragraphs';
import { STYLE } from './styles';
import { runsOf } from './xml-text';

const line = (style: string) => (text: string) => new Paragraph({ style, children: runsOf(text) });

/** Whether the logo goes in the header of every page (with the header lines) rather than above the title. */
export const logoInHeader = (doc: VerbaleDocument) => doc.letterhead.headerLines.length > 0;

/** The header of every page: the logo and the header lines, centred; none without header lines. */
export function letterheadHeader(doc: VerbaleDocument): Header | null {
  if (!logoInHeader(doc)) return null;
  const logo = doc.logo ? logoParagraph(doc.logo) : null;
  return new Header({ children: [...(logo ? [logo] : []), ...doc.letterhead.headerLines.map(line(STYLE.header))] });
}

/** The footer lines (address, PEC, codice fiscale), then «Pagina X di Y»: the page fields are the only fields in the document. */
export function pageFooter(footerLines: readonly string[]): Footer {
  return new Footer({
    children: [
      ...footerLines.map(line(STYLE.footer)),
      new Paragraph({
        style: STYLE.footer,
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ size: SIZE_FOOTER, children: ['Pagina ', PageNumber.CURRENT, ' di ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}

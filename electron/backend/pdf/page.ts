/**
 * The PDF's page, in points (1/72 inch), from the DOCX's own geometry (electron/backend/docx/layout.ts, in twips and
 * half-points) so that the two files have the same page, margins and type sizes.
 */
import * as docx from '../docx/layout';

const points = (twips: number) => twips / 20;
const size = (halfPoints: number) => halfPoints / 2;

/** A page of the PDF in points: ours (A4), or the one of an office's Word letterhead. */
export interface PdfPage {
  width: number;
  height: number;
  margins: { top: number; bottom: number; left: number; right: number };
  /** From the top edge of the page to the header, and from the bottom edge to the footer. */
  headerDistance: number;
  footerDistance: number;
  textWidth: number;
  /** The text column in twips, for the table column widths the DOCX computes. */
  textWidthTwips: number;
}

export function pdfPage(page: docx.PageGeometry): PdfPage {
  const { margin } = page;
  return {
    width: points(page.width),
    height: points(page.height),
    margins: { top: points(margin.top), bottom: points(margin.bottom), left: points(margin.left), right: points(margin.right) },
    headerDistance: points(margin.header),
    footerDistance: points(margin.footer),
    textWidth: points(docx.textWidthOf(page)),
    textWidthTwips: docx.textWidthOf(page),
  };
}

export const CM = points(docx.CM);

export const TYPE = {
  normal: size(docx.SIZE_NORMAL),
  table: size(docx.SIZE_TABLE),
  title: size(docx.SIZE_TITLE),
  subtitle: size(docx.SIZE_SUBTITLE),
  footer: size(docx.SIZE_FOOTER),
} as const;

/** Spacing of the DOCX styles (electron/backend/docx/styles.ts), in points. */
export const SPACING = {
  /** After a paragraph (120 twips). */
  after: 6,
  /** Before an item heading (360 twips) and a section heading (240 twips). */
  beforeItem: 18,
  beforeSection: 12,
  /** Line spacing 1.15 (276/240): the extra gap between two lines of normal text. */
  lineGap: TYPE.normal * 0.15,
  /** Indent of a list line (0,75 cm). */
  listIndent: 0.75 * (docx.CM / 20),
} as const;

export const LOGO_BOX = { width: docx.LOGO_MAX_WIDTH_PX * 0.75, height: docx.LOGO_MAX_HEIGHT_PX * 0.75 } as const;

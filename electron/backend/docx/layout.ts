/** Page geometry and type sizes of the verbale. Lengths in twips (1/20 pt; 567 twips = 1 cm). */

export const CM = 567;

/** A4 portrait. */
export const PAGE_WIDTH = 11_906;
export const PAGE_HEIGHT = 16_838;

export const MARGIN_TOP = Math.round(2.5 * CM);
export const MARGIN_BOTTOM = Math.round(2.5 * CM);
export const MARGIN_LEFT = Math.round(2.5 * CM);
export const MARGIN_RIGHT = Math.round(2 * CM);
export const FOOTER_DISTANCE = Math.round(1.2 * CM);

/** A page's size and margins, in twips: ours, or the one of an office's Word letterhead. */
export interface PageGeometry {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number; header: number; footer: number };
}

export const STANDARD_PAGE: PageGeometry = {
  width: PAGE_WIDTH,
  height: PAGE_HEIGHT,
  margin: { top: MARGIN_TOP, right: MARGIN_RIGHT, bottom: MARGIN_BOTTOM, left: MARGIN_LEFT, header: FOOTER_DISTANCE, footer: FOOTER_DISTANCE },
};

/** Width of a page's text column: every table is exactly this wide. */
export const textWidthOf = (page: PageGeometry) => page.width - page.margin.left - page.margin.right;

/** Column widths (twips) of one column-group of the attendance table: N., entity and person, presence. */
export function attendanceColumnWidths(total: number): [number, number, number] {
  const seat = Math.round(0.9 * CM);
  const presence = Math.round(total * 0.22);
  return [seat, total - seat - presence, presence];
}

/** A font every office has; LibreOffice substitutes the metric-compatible Liberation Serif. */
export const FONT = 'Times New Roman';
export const LANGUAGE = 'it-IT';

/** Sizes in half-points. */
export const SIZE_NORMAL = 24;
export const SIZE_TABLE = 22;
export const SIZE_TITLE = 30;
export const SIZE_SUBTITLE = 26;
export const SIZE_FOOTER = 20;

/** Largest logo box, in pixels at 96 dpi (docx sizes images in pixels). */
export const LOGO_MAX_WIDTH_PX = 240;
export const LOGO_MAX_HEIGHT_PX = 96;

import type { AttendanceRow, AttendanceTable } from '../../../shared/verbale/document';
import { attendanceColumnWidths } from '../docx/layout';
import type { PdfContext } from './context';
import { columnsOf, drawTable, rowHeight, type Cell, type Column } from './table-rows';

function columns(ctx: PdfContext, twoColumns: boolean): Column[] {
  const leftWidth = Math.floor(ctx.page.textWidthTwips / 2);
  const widths = twoColumns ? [...attendanceColumnWidths(leftWidth), ...attendanceColumnWidths(ctx.page.textWidthTwips - leftWidth)] : attendanceColumnWidths(ctx.page.textWidthTwips);
  return columnsOf(ctx, widths, 3);
}

/** Entity on the first line, the person sitting for it on the second; an empty cell where the right group has no row. */
function rowCells(row: AttendanceRow | undefined): Cell[] {
  if (!row) return [{ lines: [{ text: '' }], align: 'left' }, { lines: [{ text: '' }], align: 'left' }, { lines: [{ text: '' }], align: 'left' }];
  return [
    { lines: [{ text: String(row.seat) }], align: 'center' },
    { lines: row.person ? [{ text: row.entity }, { text: row.person }] : [{ text: row.entity }], align: 'left' },
    { lines: [{ text: row.presence }], align: 'center' },
  ];
}

function headerCells(block: AttendanceTable, groups: number): Cell[] {
  const one = block.headers.map((text): Cell => ({ lines: [{ text, bold: true }], align: 'center' }));
  return groups === 2 ? [...one, ...one] : one;
}

/** Height of the header row and the first row: what a heading before the table keeps with it. */
export function tableStartHeight(ctx: PdfContext, block: AttendanceTable): number {
  const cols = columns(ctx, block.twoColumns);
  return rowHeight(ctx, headerCells(block, cols.length / 3), cols) + rowHeight(ctx, rowCells(block.rows[0]), cols);
}

/**
 * The attendance table, like the DOCX's: with `twoColumns` the first half of the roll on the left, the second half on
 * the right, a heavier rule between the groups. Rows never split; the header repeats on every page (as an artifact).
 */
export function attendanceTable(ctx: PdfContext, block: AttendanceTable): void {
  const cols = columns(ctx, block.twoColumns);
  const groups = cols.length / 3;
  const half = Math.ceil(block.rows.length / groups);
  const leftRows = block.rows.slice(0, half);
  const rightRows = groups === 2 ? block.rows.slice(half) : [];
  const header = headerCells(block, groups);
  drawTable(ctx, {
    cols,
    header,
    rows: leftRows.map((row, i) => (groups === 2 ? [...rowCells(row), ...rowCells(rightRows[i])] : rowCells(row))),
    startHeight: rowHeight(ctx, header, cols) * 2,
    centred: true,
  });
}

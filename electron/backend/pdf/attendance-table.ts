import type { AttendanceRow, AttendanceTable } from '../../../shared/verbale/document';
import { attendanceColumnWidths } from '../docx/layout';
import { artifact, newPage, tagged, type PdfContext, type RunsLayout } from './context';
import { heightOfRuns, writeRuns } from './line-layout';
import { SPACING, TYPE } from './page';

/** Cell padding (80 and 20 twips) and the 20-twip paragraph spacing of the DOCX table styles, in points. */
const PAD_X = 4;
const PAD_Y = 1;
const PARAGRAPH_GAP = 2;
const THIN = 0.5;
const THICK = 1.5;

interface Cell {
  lines: { text: string; bold?: boolean }[];
  align: RunsLayout['align'];
}

interface Column {
  x: number;
  width: number;
  /** The first column of the right-hand group has the heavier rule on its left. */
  thickLeft: boolean;
}

function columns(ctx: PdfContext, twoColumns: boolean): Column[] {
  const leftWidth = Math.floor(ctx.page.textWidthTwips / 2);
  const widths = twoColumns ? [...attendanceColumnWidths(leftWidth), ...attendanceColumnWidths(ctx.page.textWidthTwips - leftWidth)] : attendanceColumnWidths(ctx.page.textWidthTwips);
  let x = ctx.page.margins.left;
  return widths.map((twips, i) => {
    const column = { x, width: twips / 20, thickLeft: i === 3 };
    x += twips / 20;
    return column;
  });
}

const layout = (column: Column, align: RunsLayout['align']): RunsLayout => ({
  x: column.x + PAD_X,
  width: column.width - 2 * PAD_X,
  size: TYPE.table,
  align,
  lineGap: 0,
});

function lineHeight(ctx: PdfContext, line: Cell['lines'][number], column: Column, align: RunsLayout['align']): number {
  return (line.text === '' ? heightOfRuns(ctx, [{ text: ' ' }], layout(column, align)) : heightOfRuns(ctx, [line], layout(column, align))) + PARAGRAPH_GAP;
}

function cellHeight(ctx: PdfContext, cell: Cell, column: Column): number {
  return cell.lines.reduce((sum, line) => sum + lineHeight(ctx, line, column, cell.align), 2 * PAD_Y);
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

/** Draws one row at the current position: text tagged TH/TD (or an artifact for a repeated header), borders as artifacts. */
function drawRow(ctx: PdfContext, cells: Cell[], cols: Column[], row: PDFKit.PDFStructureElement | null, cellType: 'TH' | 'TD'): void {
  const top = ctx.pdf.y;
  const height = Math.max(...cells.map((cell, i) => cellHeight(ctx, cell, cols[i] as Column)));
  cells.forEach((cell, i) => {
    const column = cols[i] as Column;
    // Vertically centred, as the DOCX cells are.
    let y = top + (height - cellHeight(ctx, cell, column)) / 2 + PAD_Y + PARAGRAPH_GAP / 2;
    const draw = () => {
      for (const line of cell.lines) {
        if (line.text !== '') writeRuns(ctx, [line], layout(column, cell.align), y);
        y += lineHeight(ctx, line, column, cell.align);
      }
    };
    if (row) tagged(ctx, row, cellType, draw);
    else artifact(ctx, draw);
  });
  artifact(ctx, () => {
    const { pdf } = ctx;
    for (const column of cols) pdf.lineWidth(THIN).rect(column.x, top, column.width, height).stroke('black');
    const group = cols.find((column) => column.thickLeft);
    if (group) pdf.lineWidth(THICK).moveTo(group.x, top).lineTo(group.x, top + height).stroke('black');
  });
  ctx.pdf.x = ctx.page.margins.left;
  ctx.pdf.y = top + height;
}

function headerCells(block: AttendanceTable, groups: number): Cell[] {
  const one = block.headers.map((text): Cell => ({ lines: [{ text, bold: true }], align: 'center' }));
  return groups === 2 ? [...one, ...one] : one;
}

/** Height of the header row and the first row: what a heading before the table keeps with it. */
export function tableStartHeight(ctx: PdfContext, block: AttendanceTable): number {
  const cols = columns(ctx, block.twoColumns);
  const rowHeight = (cells: Cell[]) => Math.max(...cells.map((cell, i) => cellHeight(ctx, cell, cols[i] as Column)));
  return rowHeight(headerCells(block, cols.length / 3)) + rowHeight(rowCells(block.rows[0]));
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
  const headerHeight = Math.max(...header.map((cell, i) => cellHeight(ctx, cell, cols[i] as Column)));

  const table = ctx.pdf.struct('Table');
  ctx.root.add(table);
  const newRow = () => {
    const row = ctx.pdf.struct('TR');
    table.add(row);
    return row;
  };
  if (ctx.pdf.y + headerHeight * 2 > ctx.area.bottom) newPage(ctx);
  const headerRow = newRow();
  drawRow(ctx, header, cols, headerRow, 'TH');
  headerRow.end();
  leftRows.forEach((row, i) => {
    const cells = groups === 2 ? [...rowCells(row), ...rowCells(rightRows[i])] : rowCells(row);
    const height = Math.max(...cells.map((cell, c) => cellHeight(ctx, cell, cols[c] as Column)));
    if (ctx.pdf.y + height > ctx.area.bottom) {
      newPage(ctx);
      drawRow(ctx, header, cols, null, 'TH');
    }
    const tr = newRow();
    drawRow(ctx, cells, cols, tr, 'TD');
    tr.end();
  });
  table.end();
  ctx.pdf.y += SPACING.after;
}

import { artifact, newPage, tagged, type PdfContext, type RunsLayout } from './context';
import { heightOfRuns, writeRuns } from './line-layout';
import { SPACING, TYPE } from './page';

/** The DOCX table styles' cell padding (80 and 20 twips) and 20-twip paragraph spacing, in points. */
const PAD_X = 4;
const PAD_Y = 1;
const PARAGRAPH_GAP = 2;
const THIN = 0.5;
const THICK = 1.5;

export interface Cell {
  lines: { text: string; bold?: boolean }[];
  align: RunsLayout['align'];
}

export interface Column {
  x: number;
  width: number;
  /** The first column of a right-hand group has the heavier rule on its left. */
  thickLeft?: boolean;
}

/** Columns side by side from the left margin, from their widths in twips (as the DOCX has them). */
export function columnsOf(ctx: PdfContext, widthsTwips: number[], thickLeftAt?: number): Column[] {
  let x = ctx.page.margins.left;
  return widthsTwips.map((twips, i) => {
    const column = { x, width: twips / 20, thickLeft: i === thickLeftAt };
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

/** An empty line keeps the height of a line of text, as an empty paragraph does in Word. */
function lineHeight(ctx: PdfContext, line: Cell['lines'][number], column: Column, align: RunsLayout['align']): number {
  return heightOfRuns(ctx, [line.text === '' ? { ...line, text: ' ' } : line], layout(column, align)) + PARAGRAPH_GAP;
}

function cellHeight(ctx: PdfContext, cell: Cell, column: Column): number {
  return cell.lines.reduce((sum, line) => sum + lineHeight(ctx, line, column, cell.align), 2 * PAD_Y);
}

export function rowHeight(ctx: PdfContext, cells: Cell[], cols: Column[]): number {
  return Math.max(...cells.map((cell, i) => cellHeight(ctx, cell, cols[i] as Column)));
}

/** One row at the current position: text tagged TH/TD (or an artifact for a repeated header), borders as artifacts. */
function drawRow(ctx: PdfContext, cells: Cell[], cols: Column[], row: PDFKit.PDFStructureElement | null, cellType: 'TH' | 'TD', centred: boolean): void {
  const top = ctx.pdf.y;
  const height = rowHeight(ctx, cells, cols);
  cells.forEach((cell, i) => {
    const column = cols[i] as Column;
    let y = top + (centred ? (height - cellHeight(ctx, cell, column)) / 2 : 0) + PAD_Y + PARAGRAPH_GAP / 2;
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

export interface TableRows {
  cols: Column[];
  header: Cell[];
  rows: Cell[][];
  /** What must fit below the current position for the table to start on this page. */
  startHeight: number;
  /** Text vertically centred in its cell (the attendance table), else at the top. */
  centred: boolean;
}

/** A tagged table: its header row, then rows that never split, the header repeated (as an artifact) on each new page. */
export function drawTable(ctx: PdfContext, { cols, header, rows, startHeight, centred }: TableRows): void {
  const table = ctx.pdf.struct('Table');
  ctx.root.add(table);
  const newRow = () => {
    const row = ctx.pdf.struct('TR');
    table.add(row);
    return row;
  };
  if (ctx.pdf.y + startHeight > ctx.area.bottom) newPage(ctx);
  const headerRow = newRow();
  drawRow(ctx, header, cols, headerRow, 'TH', centred);
  headerRow.end();
  for (const cells of rows) {
    if (ctx.pdf.y + rowHeight(ctx, cells, cols) > ctx.area.bottom) {
      newPage(ctx);
      drawRow(ctx, header, cols, null, 'TH', centred);
    }
    const tr = newRow();
    drawRow(ctx, cells, cols, tr, 'TD', centred);
    tr.end();
  }
  table.end();
  ctx.pdf.y += SPACING.after;
}

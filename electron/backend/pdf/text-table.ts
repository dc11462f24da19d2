import type { TextTable } from '../../../shared/verbale/document';
import { textTableWidths } from '../docx/text-table';
import { artifact, newPage, tagged, type PdfContext, type RunsLayout } from './context';
import { heightOfRuns, writeRuns } from './line-layout';
import { SPACING, TYPE } from './page';

/** The DOCX table's cell padding (80 and 20 twips) and paragraph gap, in points, as in the attendance table. */
const PAD_X = 4;
const PAD_Y = 1;
const PARAGRAPH_GAP = 2;

interface Column {
  x: number;
  width: number;
}

function columns(ctx: PdfContext, block: TextTable): Column[] {
  let x = ctx.page.margins.left;
  return textTableWidths(block, ctx.page.textWidthTwips).map((twips) => {
    const column = { x, width: twips / 20 };
    x += twips / 20;
    return column;
  });
}

const layout = (column: Column): RunsLayout => ({ x: column.x + PAD_X, width: column.width - 2 * PAD_X, size: TYPE.table, align: 'left', lineGap: 0 });
const linesOf = (value: string) => value.split(/\r?\n/);

function cellHeight(ctx: PdfContext, value: string, column: Column, bold: boolean): number {
  return linesOf(value).reduce((sum, line) => sum + heightOfRuns(ctx, [{ text: line || ' ', bold }], layout(column)) + PARAGRAPH_GAP, 2 * PAD_Y);
}

function rowHeight(ctx: PdfContext, values: string[], cols: Column[], bold: boolean): number {
  return Math.max(...values.map((value, i) => cellHeight(ctx, value, cols[i] as Column, bold)));
}

/** One row at the current position, text top-aligned and tagged (or an artifact for a repeated header), borders as artifacts. */
function drawRow(ctx: PdfContext, values: string[], cols: Column[], row: PDFKit.PDFStructureElement | null, bold: boolean): void {
  const top = ctx.pdf.y;
  const height = rowHeight(ctx, values, cols, bold);
  values.forEach((value, i) => {
    const column = cols[i] as Column;
    const draw = () => {
      let y = top + PAD_Y + PARAGRAPH_GAP / 2;
      for (const line of linesOf(value)) {
        if (line) writeRuns(ctx, [{ text: line, bold }], layout(column), y);
        y += heightOfRuns(ctx, [{ text: line || ' ', bold }], layout(column)) + PARAGRAPH_GAP;
      }
    };
    if (row) tagged(ctx, row, bold ? 'TH' : 'TD', draw);
    else artifact(ctx, draw);
  });
  artifact(ctx, () => {
    for (const column of cols) ctx.pdf.lineWidth(0.5).rect(column.x, top, column.width, height).stroke('black');
  });
  ctx.pdf.x = ctx.page.margins.left;
  ctx.pdf.y = top + height;
}

/** Height of the header and the first row: what a heading before the table keeps with it. */
export function textTableStartHeight(ctx: PdfContext, block: TextTable): number {
  const cols = columns(ctx, block);
  return rowHeight(ctx, block.headers, cols, true) + (block.rows[0] ? rowHeight(ctx, block.rows[0], cols, false) : 0);
}

/** The table as the DOCX has it: header row in bold, repeated on each new page; rows never split. */
export function textTable(ctx: PdfContext, block: TextTable): void {
  const cols = columns(ctx, block);
  const table = ctx.pdf.struct('Table');
  ctx.root.add(table);
  const newRow = () => {
    const row = ctx.pdf.struct('TR');
    table.add(row);
    return row;
  };
  if (ctx.pdf.y + textTableStartHeight(ctx, block) > ctx.area.bottom) newPage(ctx);
  const header = newRow();
  drawRow(ctx, block.headers, cols, header, true);
  header.end();
  for (const values of block.rows) {
    if (ctx.pdf.y + rowHeight(ctx, values, cols, false) > ctx.area.bottom) {
      newPage(ctx);
      drawRow(ctx, block.headers, cols, null, true);
    }
    const row = newRow();
    drawRow(ctx, values, cols, row, false);
    row.end();
  }
  table.end();
  ctx.pdf.y += SPACING.after;
}

import type { TextTable } from '../../../shared/verbale/document';
import { textTableWidths } from '../docx/text-table';
import type { PdfContext } from './context';
import { columnsOf, drawTable, rowHeight, type Cell } from './table-rows';

/** A cell of the table: one line a line break of its text, top-aligned on the left, bold in the header. */
const cellsOf = (values: string[], bold: boolean): Cell[] => values.map((value) => ({ lines: value.split(/\r?\n/).map((text) => ({ text, bold })), align: 'left' }));

const columns = (ctx: PdfContext, block: TextTable) => columnsOf(ctx, textTableWidths(block, ctx.page.textWidthTwips));

/** Height of the header and the first row: what a heading before the table keeps with it. */
export function textTableStartHeight(ctx: PdfContext, block: TextTable): number {
  const cols = columns(ctx, block);
  return rowHeight(ctx, cellsOf(block.headers, true), cols) + (block.rows[0] ? rowHeight(ctx, cellsOf(block.rows[0], false), cols) : 0);
}

/** The table as the DOCX has it: header row in bold, repeated on each new page; rows never split. */
export function textTable(ctx: PdfContext, block: TextTable): void {
  drawTable(ctx, {
    cols: columns(ctx, block),
    header: cellsOf(block.headers, true),
    rows: block.rows.map((values) => cellsOf(values, false)),
    startHeight: textTableStartHeight(ctx, block),
    centred: false,
  });
}

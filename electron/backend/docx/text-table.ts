import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { TextTable } from '../../../shared/verbale/document';
import { STYLE } from './styles';
import { runsOf } from './xml-text';

const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/** Column widths in twips from the block's shares; the last column takes what rounding leaves. */
export function textTableWidths(block: TextTable, textWidth: number): number[] {
  const widths = block.widths.map((share) => Math.floor(share * textWidth));
  widths[widths.length - 1] = textWidth - widths.slice(0, -1).reduce((sum, width) => sum + width, 0);
  return widths;
}

function cell(value: string, width: number, style: string): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: 80, right: 80, top: 20, bottom: 20 },
    borders: { top: thin, bottom: thin, left: thin, right: thin },
    // A cell of several lines keeps them as paragraphs.
    children: value.split(/\r?\n/).map((line) => new Paragraph({ style, children: runsOf(line) })),
  });
}

/** A table with a header row repeated on every page; rows never split across pages. */
export function textTable(block: TextTable, textWidth: number): Table {
  const widths = textTableWidths(block, textWidth);
  const row = (values: string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: values.map((value, i) => cell(value, widths[i] as number, header ? STYLE.tableHeader : STYLE.tableText)),
    });
  return new Table({
    rows: [row(block.headers, true), ...block.rows.map((values) => row(values, false))],
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
  });
}

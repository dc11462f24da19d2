import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { AttendanceRow, AttendanceTable, SignatureBlock } from '../../../shared/verbale/document';
import { attendanceColumnWidths, CM } from './layout';
import { STYLE } from './styles';
import { runsOf } from './xml-text';

const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const thick = { style: BorderStyle.SINGLE, size: 12, color: '000000' };
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function cell(paragraphs: Paragraph[], width: number, leftBorder = thin): TableCell {
  return new TableCell({
    children: paragraphs,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 80, right: 80, top: 20, bottom: 20 },
    borders: { top: thin, bottom: thin, left: leftBorder, right: thin },
  });
}

const text = (value: string, style: string = STYLE.tableText, alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
  new Paragraph({ style, alignment, children: runsOf(value) });

function headerCells(headers: AttendanceTable['headers'], widths: number[], groupBorder: typeof thin): TableCell[] {
  return headers.map((header, i) => cell([text(header, STYLE.tableHeader)], widths[i] as number, i === 0 ? groupBorder : thin));
}

/** Entity on the first line, the person sitting for it on the second. */
function rowCells(row: AttendanceRow | undefined, widths: number[], groupBorder: typeof thin): TableCell[] {
  if (!row) return widths.map((width, i) => cell([text('')], width, i === 0 ? groupBorder : thin));
  const who = [text(row.entity)];
  if (row.person) who.push(text(row.person));
  return [
    cell([text(String(row.seat), STYLE.tableText, AlignmentType.CENTER)], widths[0] as number, groupBorder),
    cell(who, widths[1] as number),
    cell([text(row.presence, STYLE.tableText, AlignmentType.CENTER)], widths[2] as number),
  ];
}

/**
 * The attendance table. With `twoColumns` it is a 6-column table: the first half of the roll on the left,
 * the second half on the right, a heavier rule between the two groups. The header row repeats on every page.
 */
export function attendanceTable(block: AttendanceTable, textWidth: number): Table {
  const groups = block.twoColumns ? 2 : 1;
  const leftWidth = Math.floor(textWidth / 2);
  const widths = groups === 2 ? [...attendanceColumnWidths(leftWidth), ...attendanceColumnWidths(textWidth - leftWidth)] : attendanceColumnWidths(textWidth);
  const half = Math.ceil(block.rows.length / groups);
  const left = block.rows.slice(0, half);
  const right = groups === 2 ? block.rows.slice(half) : [];

  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: groups === 2
      ? [...headerCells(block.headers, widths.slice(0, 3), thin), ...headerCells(block.headers, widths.slice(3), thick)]
      : headerCells(block.headers, widths, thin),
  });
  const body = left.map(
    (row, i) =>
      new TableRow({
        cantSplit: true,
        children: groups === 2
          ? [...rowCells(row, widths.slice(0, 3), thin), ...rowCells(right[i], widths.slice(3), thick)]
          : rowCells(row, widths, thin),
      }),
  );
  return new Table({
    rows: [header, ...body],
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
  });
}

/** Room to sign: blank space above the line. */
const SIGNING_SPACE = Math.round(1.6 * CM);

function signatureCell(person: SignatureBlock['left'], width: number): TableCell {
  const border = { top: none, bottom: none, left: none, right: none };
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: border,
    children: [
      new Paragraph({ style: STYLE.signature, spacing: { before: 480 }, children: runsOf(person.label, { bold: true }) }),
      new Paragraph({ style: STYLE.signature, children: runsOf(person.name) }),
      new Paragraph({ style: STYLE.signature, children: runsOf(person.role, { italics: true }) }),
      new Paragraph({
        style: STYLE.signature,
        spacing: { before: SIGNING_SPACE },
        indent: { left: Math.round(0.8 * CM), right: Math.round(0.8 * CM) },
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
        children: [],
      }),
    ],
  });
}

/** Two borderless columns, Il Presidente on the left and the minute-taker on the right; one row that cannot split. */
export function signatureTable(block: SignatureBlock, textWidth: number): Table {
  const half = Math.floor(textWidth / 2);
  const noBorder = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
  return new Table({
    rows: [
      new TableRow({
        cantSplit: true,
        children: [signatureCell(block.left, half), signatureCell(block.right, textWidth - half)],
      }),
    ],
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [half, textWidth - half],
    layout: TableLayoutType.FIXED,
    borders: noBorder,
  });
}

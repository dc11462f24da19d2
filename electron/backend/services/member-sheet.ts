import Papa from 'papaparse';
// The universal build (fflate only): the Node build pulls in graceful-fs, which an ESM bundle of the CLI cannot load.
import { readSheet } from 'read-excel-file/universal';
import { DomainError } from '../../../shared/api/errors';
import type { MembersFile } from '../../../shared/api/members-import';

/** A member list as rows of text: the header and each row with its 1-based line in the file or sheet. */
export interface MemberSheet {
  headers: string[];
  rows: { line: number; cells: string[] }[];
}

/** Reads CSV (";" or ","), TSV (pasted from a spreadsheet) or the first sheet of an .xlsx into rows of text. */
export async function readMemberSheet(file: MembersFile): Promise<MemberSheet> {
  return file.format === 'text' ? textSheet(file.text) : toSheet(await xlsxCells(file.base64));
}

function textSheet(text: string): MemberSheet {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: '', delimitersToGuess: ['\t', ';', ','], skipEmptyLines: false });
  return toSheet(parsed.data);
}

async function xlsxCells(base64: string): Promise<unknown[][]> {
  try {
    const bytes = Buffer.from(base64, 'base64');
    return await readSheet(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  } catch {
    throw new DomainError('MEMBERS_FILE_UNREADABLE', 'Il file non è un foglio Excel (.xlsx) leggibile: salvalo di nuovo come .xlsx o come CSV.');
  }
}

function toSheet(lines: unknown[][]): MemberSheet {
  const rows = lines
    .map((cells, index) => ({ line: index + 1, cells: cells.map(cellText) }))
    .filter((row) => row.cells.some((cell) => cell !== ''));
  const [header, ...data] = rows;
  return { headers: header?.cells ?? [], rows: data };
}

/** A cell as the clerk reads it: dates as GG/MM/AAAA, numbers without grouping, text trimmed. */
function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    const [y, m, d] = cell.toISOString().slice(0, 10).split('-');
    return `${d}/${m}/${y}`;
  }
  return String(cell).trim();
}

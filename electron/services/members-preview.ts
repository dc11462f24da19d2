import Papa from 'papaparse';
import type { CsvPreview, CsvPreviewRow } from '../../shared/api/contract';
import { MemberSchema, type Gender, type Member } from '../../shared/model';
import { foldForSearch, sameName } from './collate';

type Column = 'seat' | 'entity' | 'population' | 'populationDate' | 'name' | 'role' | 'gender' | 'entityGender';

const HEADERS: Record<string, Column> = {
  'n': 'seat',
  'n.': 'seat',
  'numero': 'seat',
  'ente': 'entity',
  'popolazione': 'population',
  'data popolazione': 'populationDate',
  'rappresentante': 'name',
  'ruolo': 'role',
  'genere': 'gender',
  'genere ente': 'entityGender',
};

const REQUIRED: [Column, string][] = [
  ['seat', 'N.'],
  ['entity', 'Ente'],
  ['population', 'Popolazione'],
  ['populationDate', 'Data popolazione'],
  ['name', 'Rappresentante'],
  ['role', 'Ruolo'],
  ['gender', 'Genere'],
];

/** Entity names whose first word is feminine: "della Comunità Montana", "dell'Unione dei Comuni". */
const FEMININE_FIRST_WORDS = new Set(['comunita', 'unione', 'provincia', 'citta', 'regione', 'azienda', 'fondazione', 'societa', 'associazione', 'cooperativa', 'asst', 'ats', 'asl']);

function normaliseHeader(header: string): string {
  return foldForSearch(header).replace(/\s+/g, ' ').trim();
}

function guessEntityGender(entity: string): Gender {
  const first = foldForSearch(entity.trim().split(/\s+/)[0] ?? '');
  return FEMININE_FIRST_WORDS.has(first) ? 'f' : 'm';
}

function parsePopulation(text: string): number | null {
  const value = text.trim().replace(/\s/g, '');
  if (/^\d+$/.test(value)) return Number(value);
  if (/^\d{1,3}(\.\d{3})+$/.test(value)) return Number(value.replace(/\./g, ''));
  return null;
}

function parseDate(text: string): string | null {
  const value = text.trim();
  const italian = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const iso = italian ? `${italian[3]}-${italian[2]?.padStart(2, '0')}-${italian[1]?.padStart(2, '0')}` : value;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? iso : null;
}

function parseGender(text: string): Gender | null {
  const value = text.trim().toLowerCase();
  return value === 'm' ? 'm' : value === 'f' ? 'f' : null;
}

/** Reads a members CSV (";" or "," separated, UTF-8 with or without BOM) and reports every problem by line. */
export function previewMembersCsv(csv: string): CsvPreview {
  const text = csv.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { delimiter: '', delimitersToGuess: [';', ','], skipEmptyLines: 'greedy' });
  const lines = parsed.data;
  const header = lines[0];
  if (!header || header.every((cell) => cell.trim() === '')) {
    return { ok: false, rows: [], errors: ['Il file è vuoto: serve una riga di intestazione e almeno un componente.'] };
  }
  const columns = new Map<Column, number>();
  const errors: string[] = [];
  header.forEach((cell, index) => {
    const column = HEADERS[normaliseHeader(cell)];
    if (column && !columns.has(column)) columns.set(column, index);
  });
  for (const [column, label] of REQUIRED) {
    if (!columns.has(column)) errors.push(`Colonna mancante: «${label}»`);
  }
  if (errors.length > 0) return { ok: false, rows: [], errors };
  if (lines.length < 2) return { ok: false, rows: [], errors: ['Il file non contiene componenti.'] };

  const rows: CsvPreviewRow[] = lines.slice(1).map((cells, index) => parseRow(cells, index + 2, columns));
  errors.push(...duplicateErrors(rows));
  const ok = errors.length === 0 && rows.every((row) => row.errors.length === 0);
  return { ok, rows, errors };
}

function parseRow(cells: string[], line: number, columns: Map<Column, number>): CsvPreviewRow {
  const cell = (column: Column) => {
    const index = columns.get(column);
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const errors: string[] = [];
  const prefix = `Riga ${line}`;
  const seatText = cell('seat');
  const seat = /^\d+$/.test(seatText) ? Number(seatText) : null;
  if (seat === null) errors.push(`${prefix}: numero d'ordine non valido «${seatText}»`);
  const population = parsePopulation(cell('population'));
  if (population === null) errors.push(`${prefix}: popolazione non valida «${cell('population')}»`);
  const populationDate = parseDate(cell('populationDate'));
  if (populationDate === null) errors.push(`${prefix}: data della popolazione non valida «${cell('populationDate')}» (usare GG/MM/AAAA)`);
  const gender = parseGender(cell('gender'));
  if (gender === null) errors.push(`${prefix}: genere non valido «${cell('gender')}» (M o F)`);
  const entityGenderText = cell('entityGender');
  const entityGender = entityGenderText === '' ? guessEntityGender(cell('entity')) : parseGender(entityGenderText);
  if (entityGender === null) errors.push(`${prefix}: genere dell'ente non valido «${entityGenderText}» (M o F)`);
  if (errors.length > 0) return { line, member: null, errors };

  const candidate = {
    id: 'anteprima',
    seat,
    entity: cell('entity'),
    entityGender,
    population,
    populationDate,
    representative: { name: cell('name'), role: cell('role'), gender, delegation: '' },
  };
  const result = MemberSchema.safeParse(candidate);
  if (!result.success) {
    return { line, member: null, errors: result.error.issues.map((issue) => `${prefix}: ${issue.message}`) };
  }
  const { id: _id, ...member } = result.data;
  return { line, member, errors: [] };
}

function duplicateErrors(rows: CsvPreviewRow[]): string[] {
  const errors: string[] = [];
  const valid = rows.filter((row): row is CsvPreviewRow & { member: Omit<Member, 'id'> } => row.member !== null);
  const bySeat = new Map<number, number[]>();
  for (const row of valid) bySeat.set(row.member.seat, [...(bySeat.get(row.member.seat) ?? []), row.line]);
  for (const [seat, lines] of bySeat) {
    if (lines.length > 1) errors.push(`Il numero d'ordine ${seat} compare più volte (righe ${lines.join(', ')})`);
  }
  valid.forEach((row, index) => {
    const earlier = valid.slice(0, index).find((other) => sameName(other.member.entity, row.member.entity));
    if (earlier) errors.push(`L'ente «${row.member.entity}» compare più volte (righe ${earlier.line} e ${row.line})`);
  });
  return errors;
}

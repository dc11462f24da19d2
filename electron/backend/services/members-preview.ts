import type { MemberColumns, MemberField, MembersPreview, MembersPreviewRow } from '../../../shared/api/members-import';
import { MEMBER_FIELD_LABEL, neededMemberFields } from '../../../shared/api/members-import';
import { MemberSchema, type Gender, type Member } from '../../../shared/model';
import { foldForSearch, sameName } from './collate';
import type { MemberSheet } from './member-sheet';

export interface PreviewOptions {
  /** The body's rules weigh population: population and its date must be read from the file. */
  populationRequired: boolean;
  /** The population date given to members when the rules do not weigh population and the file has none (ISO). */
  today: string;
}

/** Entity names whose first word is feminine: "della Comunità Montana", "dell'Unione dei Comuni". */
const FEMININE_FIRST_WORDS = new Set(['comunita', 'unione', 'provincia', 'citta', 'regione', 'azienda', 'fondazione', 'societa', 'associazione', 'cooperativa', 'asst', 'ats', 'asl']);

function guessEntityGender(entity: string): Gender {
  const first = foldForSearch(entity.trim().split(/\s+/)[0] ?? '');
  return FEMININE_FIRST_WORDS.has(first) ? 'f' : 'm';
}

/** "Sindaca", "Assessora", "Consigliera", "Delegata": a feminine role. */
export function genderOfRole(role: string): Gender {
  return /a$/.test(foldForSearch(role.trim().split(/\s+/)[0] ?? '')) ? 'f' : 'm';
}

function parsePopulation(text: string): number | null {
  const value = text.replace(/\s/g, '');
  if (/^\d+$/.test(value)) return Number(value);
  if (/^\d{1,3}(\.\d{3})+$/.test(value)) return Number(value.replace(/\./g, ''));
  return null;
}

export function parseDate(text: string): string | null {
  const italian = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = italian ? `${italian[3]}-${italian[2]?.padStart(2, '0')}-${italian[1]?.padStart(2, '0')}` : text;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? iso : null;
}

export function parseGender(text: string): Gender | null {
  const value = foldForSearch(text);
  if (['m', 'maschio', 'maschile', 'uomo'].includes(value)) return 'm';
  if (['f', 'femmina', 'femminile', 'donna'].includes(value)) return 'f';
  return null;
}

/**
 * Reads the rows of a member list through a column mapping, reporting every problem by row with what was read there.
 * Nothing here writes: the import runs the same preview and refuses unless it is clean.
 */
export function previewMembers(sheet: MemberSheet, columns: MemberColumns, options: PreviewOptions): MembersPreview {
  const base = { headers: sheet.headers, columns, populationRequired: options.populationRequired };
  if (sheet.headers.length === 0) {
    return { ...base, ok: false, rows: [], notes: [], errors: ['Il file è vuoto: serve una riga di intestazione e almeno un componente.'] };
  }
  const errors: string[] = [];
  const present = new Set(sheet.headers);
  for (const [field, header] of Object.entries(columns) as [MemberField, string][]) {
    if (!present.has(header)) errors.push(`La colonna «${header}» scelta per «${MEMBER_FIELD_LABEL[field]}» non è nel file.`);
  }
  for (const field of neededMemberFields(options.populationRequired)) {
    if (columns[field] === undefined) errors.push(`Scegli la colonna di «${MEMBER_FIELD_LABEL[field]}»${field.startsWith('population') ? ': le regole dell’organo pesano la popolazione' : ''}.`);
  }
  if (errors.length > 0) return { ...base, ok: false, rows: [], notes: [], errors };
  if (sheet.rows.length === 0) return { ...base, ok: false, rows: [], notes: [], errors: ['Il file non contiene componenti.'] };

  const index = new Map((Object.entries(columns) as [MemberField, string][]).map(([field, header]) => [field, sheet.headers.indexOf(header)]));
  const rows = sheet.rows.map((row) => parseRow(row.line, readCells(row.cells, index), options));
  errors.push(...duplicateErrors(rows));
  const ok = errors.length === 0 && rows.every((row) => row.errors.length === 0);
  return { ...base, ok, rows, errors, notes: notesFor(columns) };
}

function readCells(cells: string[], index: Map<MemberField, number>): Partial<Record<MemberField, string>> {
  const read: Partial<Record<MemberField, string>> = {};
  for (const [field, i] of index) read[field] = cells[i] ?? '';
  return read;
}

function notesFor(columns: MemberColumns): string[] {
  if (columns.gender !== undefined) return [];
  return columns.role !== undefined
    ? ['Il file non indica il genere: è ricavato dal ruolo («Sindaca» → F). Controllalo nella tabella.']
    : ['Il file non indica ruolo né genere: ogni rappresentante è registrato come «Sindaco» (M). Correggi nella tabella chi non lo è.'];
}

function parseRow(line: number, read: Partial<Record<MemberField, string>>, options: PreviewOptions): MembersPreviewRow {
  const errors: string[] = [];
  const problem = (text: string) => errors.push(`Riga ${line}: ${text}`);
  const seatText = read.seat ?? '';
  const seat = /^\d+$/.test(seatText) ? Number(seatText) : null;
  if (seat === null) problem(`numero d'ordine «${seatText}» non è un numero intero`);

  const populationText = read.population ?? '';
  const population = populationText === '' && !options.populationRequired ? 0 : parsePopulation(populationText);
  if (population === null) problem(populationText === '' ? 'popolazione mancante' : `popolazione «${populationText}» non è un numero`);
  const dateText = read.populationDate ?? '';
  const populationDate = dateText === '' && !options.populationRequired ? options.today : parseDate(dateText);
  if (populationDate === null) problem(dateText === '' ? 'data della popolazione mancante' : `data della popolazione «${dateText}» non è una data (GG/MM/AAAA)`);

  const genderText = read.gender ?? '';
  const roleText = read.role ?? '';
  const gender = genderText !== '' ? parseGender(genderText) : genderOfRole(roleText || 'Sindaco');
  if (gender === null) problem(`genere «${genderText}» non è M o F`);
  const role = roleText || (gender === 'f' ? 'Sindaca' : 'Sindaco');
  const entity = read.entity ?? '';
  const entityGenderText = read.entityGender ?? '';
  const entityGender = entityGenderText === '' ? guessEntityGender(entity) : parseGender(entityGenderText);
  if (entityGender === null) problem(`genere dell'ente «${entityGenderText}» non è M o F`);
  if (errors.length > 0) return { line, read, member: null, errors };

  const candidate = {
    id: 'anteprima',
    seat,
    entity,
    entityGender,
    population,
    populationDate,
    representative: { name: read.name ?? '', role, gender, delegation: read.delegation ?? '' },
  };
  const result = MemberSchema.safeParse(candidate);
  if (!result.success) return { line, read, member: null, errors: result.error.issues.map((issue) => `Riga ${line}: ${issue.message}`) };
  const { id: _id, ...member } = result.data;
  return { line, read, member, errors: [] };
}

function duplicateErrors(rows: MembersPreviewRow[]): string[] {
  const errors: string[] = [];
  const valid = rows.filter((row): row is MembersPreviewRow & { member: Omit<Member, 'id'> } => row.member !== null);
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

import type { OrganisationColumns, OrganisationField, OrganisationsPreview, OrganisationsPreviewRow } from '../../../shared/api/organisations-import';
import { NEEDED_ORGANISATION_FIELDS, ORGANISATION_FIELD_LABEL } from '../../../shared/api/organisations-import';
import { OrganisationSchema, type Organisation, type OrganisationCategory } from '../../../shared/model/tavolo';
import { foldForSearch, sameName } from './collate';
import { guessColumns, hasAny } from './member-columns';
import type { MemberSheet } from './member-sheet';
import { genderOfRole, parseDate, parseGender } from './members-preview';

/** The more specific first: «Ruolo del rappresentante» before «Rappresentante», «Data di adesione» before all. */
const GUESSES: [OrganisationField, (words: Set<string>) => boolean][] = [
  ['joinedOn', (w) => hasAny(w, 'adesione', 'aderito', 'ingresso', 'data')],
  ['runts', (w) => hasAny(w, 'runts', 'registro', 'iscrizione')],
  ['category', (w) => hasAny(w, 'categoria', 'tipologia', 'tipo', 'natura')],
  ['representativeRole', (w) => hasAny(w, 'ruolo', 'carica', 'qualifica', 'funzione')],
  ['gender', (w) => hasAny(w, 'genere', 'sesso', 'm/f')],
  ['representative', (w) => hasAny(w, 'rappresentante', 'referente', 'delegato', 'delegata', 'nominativo', 'nome', 'cognome')],
  ['name', (w) => hasAny(w, 'organizzazione', 'ente', 'enti', 'denominazione', 'soggetto', 'associazione', 'ragione')],
];

export function guessOrganisationColumns(headers: string[]): OrganisationColumns {
  return guessColumns(headers, GUESSES);
}

/** The words a list uses for each category, folded («Ente del Terzo settore», «ETS», «ASST», «Sindacato»). */
const CATEGORY_WORDS: [OrganisationCategory, string[]][] = [
  ['ets', ['ets', 'terzo settore', 'ente del terzo settore', 'odv', 'aps', 'associazione', 'fondazione']],
  ['comune', ['comune', 'comuni', 'ente locale']],
  ['asstAts', ['asst', 'ats', 'asst/ats', 'asst e ats', 'azienda sanitaria']],
  ['sindacato', ['sindacato', 'sindacati', 'organizzazione sindacale']],
  ['scuola', ['scuola', 'istituto scolastico', 'istituzione scolastica']],
  ['cooperativa', ['cooperativa', 'cooperativa sociale', 'coop']],
  ['altro', ['altro', 'altri', 'altro soggetto']],
];

function parseCategory(text: string): OrganisationCategory | null {
  const folded = foldForSearch(text).trim();
  return CATEGORY_WORDS.find(([, words]) => words.includes(folded))?.[0] ?? null;
}

/**
 * Reads a tavolo's list of organisations (one row per representative; rows naming the same organisation become its
 * representatives), reporting every problem by row. Nothing here writes: the import runs this and refuses unless clean.
 */
export function previewOrganisations(sheet: MemberSheet, columns: OrganisationColumns): OrganisationsPreview {
  const base = { headers: sheet.headers, columns, organisations: [], notes: [] };
  if (sheet.headers.length === 0) return { ...base, ok: false, rows: [], errors: ['Il file è vuoto: serve una riga di intestazione e almeno un\'organizzazione.'] };
  const errors: string[] = [];
  const present = new Set(sheet.headers);
  for (const [field, header] of Object.entries(columns) as [OrganisationField, string][]) {
    if (!present.has(header)) errors.push(`La colonna «${header}» scelta per «${ORGANISATION_FIELD_LABEL[field]}» non è nel file.`);
  }
  for (const field of NEEDED_ORGANISATION_FIELDS) {
    if (columns[field] === undefined) errors.push(`Scegli la colonna di «${ORGANISATION_FIELD_LABEL[field]}».`);
  }
  if (errors.length > 0) return { ...base, ok: false, rows: [], errors };
  if (sheet.rows.length === 0) return { ...base, ok: false, rows: [], errors: ['Il file non contiene organizzazioni.'] };

  const index = (Object.entries(columns) as [OrganisationField, string][]).map(([field, header]) => [field, sheet.headers.indexOf(header)] as const);
  const organisations: Omit<Organisation, 'id'>[] = [];
  const rows = sheet.rows.map((row): OrganisationsPreviewRow => {
    const read: Partial<Record<OrganisationField, string>> = {};
    for (const [field, i] of index) read[field] = row.cells[i] ?? '';
    return { line: row.line, read, errors: addRow(organisations, row.line, read) };
  });
  const ok = rows.every((row) => row.errors.length === 0);
  const notes = columns.gender === undefined ? ['Il file non indica il genere dei rappresentanti: è ricavato dal ruolo («Presidentessa», «Coordinatrice» → F, altrimenti M). Controllalo.'] : [];
  return { ...base, ok, rows, errors, notes, organisations: ok ? organisations : [] };
}

/** Adds the row's representative to its organisation (new or met in an earlier row); returns the row's problems. */
function addRow(organisations: Omit<Organisation, 'id'>[], line: number, read: Partial<Record<OrganisationField, string>>): string[] {
  const errors: string[] = [];
  const problem = (text: string) => errors.push(`Riga ${line}: ${text}`);
  const category = parseCategory(read.category ?? '');
  if (category === null) problem(`categoria «${read.category ?? ''}» non riconosciuta (ETS, Comune, ASST/ATS, Sindacato, Scuola, Cooperativa, Altro)`);
  const joinedOn = parseDate(read.joinedOn ?? '');
  if (joinedOn === null) problem(read.joinedOn ? `data di adesione «${read.joinedOn}» non è una data (GG/MM/AAAA)` : 'data di adesione mancante');
  const role = read.representativeRole ?? '';
  const gender = read.gender ? parseGender(read.gender) : genderOfRole(role || 'Rappresentante');
  if (gender === null) problem(`genere «${read.gender ?? ''}» non è M o F`);
  if (read.runts && category !== null && category !== 'ets') problem(`il numero RUNTS spetta solo a un ente del Terzo settore, non a «${read.category ?? ''}»`);
  if (errors.length > 0 || category === null || joinedOn === null || gender === null) return errors;

  const name = read.name ?? '';
  const existing = organisations.find((organisation) => sameName(organisation.name, name));
  const representative = { id: `r${line}`, honorific: '', name: read.representative ?? '', role, gender };
  const candidate = existing
    ? { ...existing, representatives: [...existing.representatives, representative] }
    : { name, category, runts: read.runts ?? '', representatives: [representative], joinedOn };
  if (existing && (existing.category !== category || existing.joinedOn !== joinedOn)) {
    problem(`«${name}» compare già con un'altra categoria o data di adesione`);
    return errors;
  }
  const result = OrganisationSchema.safeParse({ ...candidate, id: 'anteprima' });
  if (!result.success) return result.error.issues.map((issue) => `Riga ${line}: ${issue.message}`);
  const { id: _id, ...organisation } = result.data;
  if (existing) organisations[organisations.indexOf(existing)] = organisation;
  else organisations.push(organisation);
  return errors;
}

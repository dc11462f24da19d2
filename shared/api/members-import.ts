import { z } from 'zod';
import type { Member } from '../model';

/** What a column of a member list can hold; `population`/`populationDate` are needed only when the rules weigh population. */
export const MEMBER_FIELDS = ['seat', 'entity', 'name', 'role', 'gender', 'population', 'populationDate', 'entityGender', 'delegation'] as const;
export type MemberField = (typeof MEMBER_FIELDS)[number];

export const MEMBER_FIELD_LABEL: Record<MemberField, string> = {
  seat: 'N. d’ordine',
  entity: 'Ente',
  name: 'Rappresentante',
  role: 'Ruolo',
  gender: 'Genere (M/F)',
  population: 'Popolazione',
  populationDate: 'Data popolazione',
  entityGender: 'Genere dell’ente',
  delegation: 'Delega',
};

/** The fields a list must have: who sits for which seat, and population with its date when the rules weigh it. */
export function neededMemberFields(populationRequired: boolean): MemberField[] {
  return populationRequired ? ['seat', 'entity', 'name', 'population', 'populationDate'] : ['seat', 'entity', 'name'];
}

/** Which column of the file (by its header, as written there) holds each field; a field left out is not in the file. */
export const MemberColumnsSchema = z.partialRecord(z.enum(MEMBER_FIELDS), z.string().max(200, 'Intestazione troppo lunga'));
export type MemberColumns = z.infer<typeof MemberColumnsSchema>;

/** A member list as the office has it: text (CSV, or TSV pasted from a spreadsheet) or an .xlsx workbook. */
export const MembersFileSchema = z.discriminatedUnion('format', [
  z.object({ format: z.literal('text'), text: z.string().max(2_000_000, 'File troppo grande: massimo 2 MB') }),
  z.object({ format: z.literal('xlsx'), base64: z.string().max(2_800_000, 'File troppo grande: massimo 2 MB') }),
]);
export type MembersFile = z.infer<typeof MembersFileSchema>;

export interface MembersPreviewRow {
  /** 1-based row in the file or sheet (the header is row 1). */
  line: number;
  /** What was read in the mapped columns, as written in the file. */
  read: Partial<Record<MemberField, string>>;
  member: Omit<Member, 'id'> | null;
  errors: string[];
}

export interface MembersPreview {
  /** The file's headers, in order. */
  headers: string[];
  /** The mapping used: the one asked for, else the one remembered for this body, else guessed from the headers. */
  columns: MemberColumns;
  /** Whether the body's rules weigh population, so population and its date must be in the file. */
  populationRequired: boolean;
  ok: boolean;
  rows: MembersPreviewRow[];
  /** Problems with the file as a whole (no header, a needed field not mapped, duplicate seats). */
  errors: string[];
  /** Things read in a way the clerk should check (a gender taken from the role). */
  notes: string[];
}

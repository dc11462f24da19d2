import { z } from 'zod';
import type { Organisation } from '../model/tavolo';

/** What a column of a tavolo's list of organisations can hold: one row per representative. */
export const ORGANISATION_FIELDS = ['name', 'category', 'runts', 'representative', 'representativeRole', 'gender', 'joinedOn'] as const;
export type OrganisationField = (typeof ORGANISATION_FIELDS)[number];

export const ORGANISATION_FIELD_LABEL: Record<OrganisationField, string> = {
  name: 'Organizzazione',
  category: 'Categoria',
  runts: 'N. RUNTS',
  representative: 'Rappresentante',
  representativeRole: 'Ruolo del rappresentante',
  gender: 'Genere (M/F)',
  joinedOn: 'Data di adesione',
};

/** Without these a row cannot become an organisation of the tavolo. */
export const NEEDED_ORGANISATION_FIELDS: OrganisationField[] = ['name', 'category', 'representative', 'joinedOn'];

export const OrganisationColumnsSchema = z.partialRecord(z.enum(ORGANISATION_FIELDS), z.string().max(200, 'Intestazione troppo lunga'));
export type OrganisationColumns = z.infer<typeof OrganisationColumnsSchema>;

export interface OrganisationsPreviewRow {
  /** 1-based row in the file or sheet (the header is row 1). */
  line: number;
  read: Partial<Record<OrganisationField, string>>;
  errors: string[];
}

export interface OrganisationsPreview {
  headers: string[];
  /** The mapping used: the one asked for, else guessed from the headers. */
  columns: OrganisationColumns;
  ok: boolean;
  rows: OrganisationsPreviewRow[];
  /** The organisations the rows make (rows of the same organisation merged into its representatives). */
  organisations: Omit<Organisation, 'id'>[];
  errors: string[];
  notes: string[];
}

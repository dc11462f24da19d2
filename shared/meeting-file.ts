import { z } from 'zod';
import { MeetingSchema } from './model';

/**
 * The versioned JSON format of one meeting with its body snapshot.
 * Version 1 is the current one; a reader refuses versions it does not know.
 */
export const MEETING_FILE_FORMAT = 'verbalizza.meeting';
export const MEETING_FILE_VERSION = 1;
/** The largest meeting file any path reads (import over the API, CLI check, export-docx and import). */
export const MEETING_FILE_MAX_BYTES = 50_000_000;

const ExportedAtSchema = z
  .string()
  .max(40, 'Data di esportazione non valida: troppo lunga')
  .pipe(z.iso.datetime({ offset: true, error: 'Data di esportazione non valida: attesa data e ora ISO (es. 2025-03-06T09:00:00.000Z)' }));

export const MeetingFileSchema = z.object({
  format: z.literal(MEETING_FILE_FORMAT, { error: 'Non è un file di seduta di Verbalizza' }),
  version: z.literal(MEETING_FILE_VERSION, { error: `Versione del file non supportata: questa versione legge la ${MEETING_FILE_VERSION}` }),
  exportedAt: ExportedAtSchema,
  meeting: MeetingSchema,
});

export type MeetingFile = z.infer<typeof MeetingFileSchema>;

import { z } from 'zod';
import { MeetingSchema } from './model';

/**
 * The versioned JSON format of one meeting with its body snapshot.
 * Version 1 is the current one; a reader refuses versions it does not know.
 */
export const MEETING_FILE_FORMAT = 'verbalizza.meeting';
export const MEETING_FILE_VERSION = 1;

export const MeetingFileSchema = z.object({
  format: z.literal(MEETING_FILE_FORMAT, { error: 'Non è un file di seduta di Verbalizza' }),
  version: z.literal(MEETING_FILE_VERSION, { error: `Versione del file non supportata: questa versione legge la ${MEETING_FILE_VERSION}` }),
  exportedAt: z.string(),
  meeting: MeetingSchema,
});

export type MeetingFile = z.infer<typeof MeetingFileSchema>;

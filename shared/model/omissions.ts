import { z } from 'zod';
import type { DeepReadonly } from './readonly';
import { IdSchema } from './primitives';

/**
 * What the public copy (copia per la pubblicazione) leaves out. Stored once per meeting, over the stored texts:
 * - spans: words of one text field of an entry or item, as UTF-16 offsets [start, end) of that field's text, with the
 *   words themselves (so an edit cannot silently move the mark onto other words and print the marked ones);
 * - entryIds: whole statements or notes («Ometti tutto l'intervento»);
 * - personIds: participants or guests who are private persons: their name goes from every sentence that prints it
 *   (attendance, the bracket of their statements, and the texts that write it).
 * Officers and members' representatives act in a public office: their names are never omitted.
 */
export const OmittedFieldSchema = z.enum(['text', 'subject', 'reason', 'title']);

export const OmittedSpanSchema = z.object({
  /** The entry (text, subject, reason) or agenda item (title) whose text is marked. */
  targetId: IdSchema,
  field: OmittedFieldSchema,
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  /** The words as they were marked: an edit that changes or moves them is refused until the mark is taken off. */
  text: z.string().min(1).max(50_000),
});

export const OmissionsSchema = z.object({
  spans: z.array(OmittedSpanSchema).max(10_000).default([]),
  entryIds: z.array(IdSchema).max(10_000).default([]),
  personIds: z.array(IdSchema).max(1_000).default([]),
});

export const NO_OMISSIONS: Omissions = { spans: [], entryIds: [], personIds: [] };

export type OmittedField = DeepReadonly<z.infer<typeof OmittedFieldSchema>>;
export type OmittedSpan = DeepReadonly<z.infer<typeof OmittedSpanSchema>>;
export type Omissions = DeepReadonly<z.infer<typeof OmissionsSchema>>;

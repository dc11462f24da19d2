import { z } from 'zod';
import type { DeepReadonly } from './readonly';
import { shortText } from './primitives';
import { isWordPackage } from './word-package';

export const WORD_LETTERHEAD_MAX_BYTES = 5 * 1024 * 1024;

/** The office's own letterhead, a Word document or template whose headers, footers and page the verbale takes. */
export const WordLetterheadSchema = z.object({
  /** As uploaded: "carta-intestata.dotx". */
  fileName: shortText('Nome del file della carta intestata', 200),
  /** Base64 of the .docx or .dotx bytes. */
  base64: z
    .string()
    .min(1, 'Carta intestata vuota')
    .max(Math.ceil(WORD_LETTERHEAD_MAX_BYTES / 3) * 4, 'Carta intestata troppo grande: massimo 5 MB')
    .refine(isWordPackage, 'La carta intestata non è un documento Word valido (.docx o .dotx)'),
});

const lines = (what: string) =>
  z
    .array(shortText(what, 200))
    .max(6, `${what}: al massimo 6 righe`)
    .default([]);

/**
 * What the verbale's pages carry besides the text. With header lines, the body's logo is printed in the header of
 * every page beside them; without, above the title. A Word letterhead, when given, is the page: its headers,
 * footers, page size and margins are used, and the lines here are not printed.
 */
export const LetterheadSchema = z.object({
  /** Printed at the top of every page: "Ufficio di Piano dell'Ambito di Ponte Nuovo", "Via Roma 1, 20100 Ponte Nuovo". */
  headerLines: lines('Riga dell\'intestazione'),
  /** Printed at the foot of every page above «Pagina X di Y»: address, PEC, codice fiscale. */
  footerLines: lines('Riga del piè di pagina'),
  word: WordLetterheadSchema.nullable().default(null),
});

export const NO_LETTERHEAD: Letterhead = { headerLines: [], footerLines: [], word: null };

export type WordLetterhead = DeepReadonly<z.infer<typeof WordLetterheadSchema>>;
export type Letterhead = DeepReadonly<z.infer<typeof LetterheadSchema>>;

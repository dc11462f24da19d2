import { z } from 'zod';
import { ALLOWED_TEXT_PATTERN, firstRefusedCharacter, normaliseLineBreaks, refusedCharacterMessage, toSingleLine } from './text';

/**
 * Every text of the model, identifiers included, goes through here: characters no exported format can hold are
 * refused with the field's name, line breaks are normalised (the rule is in ./text.ts). Each helper ends with
 * `.meta(inJsonSchema)` so that the published JSON Schema states the rule too.
 */
const text = (what: string, lines: 'single' | 'multi') =>
  z
    .string()
    .check((ctx) => {
      const found = firstRefusedCharacter(ctx.value);
      if (found) ctx.issues.push({ code: 'custom', message: refusedCharacterMessage(what, found), input: ctx.value, continue: false });
    })
    .overwrite(lines === 'single' ? toSingleLine : normaliseLineBreaks);

const inJsonSchema = { pattern: ALLOWED_TEXT_PATTERN };

/** Identifiers are opaque non-empty strings (UUIDs when the app creates them). */
export const IdSchema = text('Identificativo', 'single').trim().min(1, 'Identificativo mancante').max(100, 'Identificativo troppo lungo').meta(inJsonSchema);

export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Data non valida: usare il formato AAAA-MM-GG', abort: true })
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'Data inesistente');

/** A time of day as the minutes print it: "17:51". */
export const TimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Orario non valido: usare il formato HH:MM (es. 17:51)');

export const GenderSchema = z.enum(['m', 'f']);

/** One line: names, roles, titles, labels. */
export const shortText = (what: string, max = 300) =>
  text(what, 'single').trim().min(1, `${what}: campo obbligatorio`).max(max, `${what}: massimo ${max} caratteri`).meta(inJsonSchema);

export const optionalText = (what: string, max = 300) =>
  text(what, 'single').trim().max(max, `${what}: massimo ${max} caratteri`).meta(inJsonSchema);

/** Several lines: statements, notes, decision subjects. */
export const longText = (what: string, max = 100_000) =>
  text(what, 'multi').max(max, `${what}: massimo ${max} caratteri`).meta(inJsonSchema);

/** Several lines that must say something: what a tavolo agrees on, a contribution, a commitment. */
export const requiredLongText = (what: string, max = 100_000) =>
  text(what, 'multi')
    .max(max, `${what}: massimo ${max} caratteri`)
    .refine((value) => value.trim().length > 0, `${what}: campo obbligatorio`)
    .meta(inJsonSchema);

export type Gender = z.infer<typeof GenderSchema>;
export type IsoDate = z.infer<typeof IsoDateSchema>;
export type Time = z.infer<typeof TimeSchema>;

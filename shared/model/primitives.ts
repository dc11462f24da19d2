import { z } from 'zod';

/** Identifiers are opaque non-empty strings (UUIDs when the app creates them). */
export const IdSchema = z.string().trim().min(1, 'Identificativo mancante').max(100, 'Identificativo troppo lungo');

export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Data non valida: usare il formato AAAA-MM-GG')
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

export const shortText = (what: string, max = 300) =>
  z.string().trim().min(1, `${what}: campo obbligatorio`).max(max, `${what}: massimo ${max} caratteri`);

export const optionalText = (what: string, max = 300) =>
  z.string().trim().max(max, `${what}: massimo ${max} caratteri`);

export const longText = (what: string, max = 100_000) =>
  z.string().max(max, `${what}: massimo ${max} caratteri`);

export type Gender = z.infer<typeof GenderSchema>;
export type IsoDate = z.infer<typeof IsoDateSchema>;
export type Time = z.infer<typeof TimeSchema>;

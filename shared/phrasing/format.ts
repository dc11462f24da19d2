import { format } from 'date-fns';
import { it } from 'date-fns/locale/it';

/** "2025-03-05" (or a Date) -> "5 marzo 2025"; with `weekday`: "mercoledì 5 marzo 2025". */
export function formatDateWords(date: string | Date, options: { weekday?: boolean } = {}): string {
  const pattern = options.weekday ? 'EEEE d MMMM yyyy' : 'd MMMM yyyy';
  return format(toLocalDate(date), pattern, { locale: it });
}

/** An ISO day as a local Date at midnight, so the day never shifts with the time zone. */
function toLocalDate(date: string | Date): Date {
  if (date instanceof Date) return date;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`Data non valida: «${date}» (formato atteso AAAA-MM-GG)`);
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** "17:51" stays "17:51"; "9:05" -> "09:05"; a Date -> its local "HH:MM". */
export function formatTime(time: string | Date): string {
  if (time instanceof Date) return format(time, 'HH:mm');
  const match = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!match) throw new Error(`Orario non valido: «${time}» (formato atteso HH:MM)`);
  return `${match[1]!.padStart(2, '0')}:${match[2]}`;
}

const integerFormat = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 0, useGrouping: 'always' });
const euroFormat = new Intl.NumberFormat('it-IT', { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: 'always' });

/** 45210 -> "45.210" (grouping also for four digits: "1.000"). */
export function formatInteger(value: number): string {
  return integerFormat.format(value);
}

/** 415000 -> "€ 415.000,00" (symbol first, then a normal space, as Italian deeds write it). */
export function formatEuro(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  return `${sign}€ ${euroFormat.format(Math.abs(amount))}`;
}

/** 3.4 -> "3,4%"; 50 -> "50%"; at most `decimals` decimals, trailing zeros dropped. */
export function formatPercent(value: number, decimals = 1): string {
  const formatter = new Intl.NumberFormat('it-IT', { maximumFractionDigits: decimals, useGrouping: 'always' });
  return `${formatter.format(value)}%`;
}

/** ["A"] -> "A"; ["A", "B"] -> "A e B"; ["A", "B", "C"] -> "A, B e C"; before an «e» the euphonic «ed»: "UIL ed Emporio". */
export function joinItalian(items: readonly string[], conjunction = 'e'): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1] as string;
  const euphonic = conjunction === 'e' && /^[eèéEÈÉ]/u.test(last.trimStart()) ? 'ed' : conjunction;
  return `${items.slice(0, -1).join(', ')} ${euphonic} ${last}`;
}

/** plural(1, 'astenuto', 'astenuti') -> "1 astenuto"; plural(0, ...) -> "0 astenuti" (Italian uses the plural for zero). */
export function plural(count: number, singular: string, pluralForm: string): string {
  return `${formatInteger(count)} ${count === 1 ? singular : pluralForm}`;
}

export const favourableVotes = (count: number) => plural(count, 'voto favorevole', 'voti favorevoli');
export const againstVotes = (count: number) => plural(count, 'voto contrario', 'voti contrari');
export const againstCount = (count: number) => plural(count, 'contrario', 'contrari');
export const abstainedCount = (count: number) => plural(count, 'astenuto', 'astenuti');
export const membersCount = (count: number) => plural(count, 'componente', 'componenti');

/** "consigliere" -> "Consigliere". */
export function capitalizeFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('it-IT') + text.slice(1);
}

/** "Mario Verdi" -> "MARIO VERDI". */
export function upperItalian(text: string): string {
  return text.toLocaleUpperCase('it-IT');
}

import { format, parseISO } from 'date-fns';
import { it } from 'date-fns/locale';
import type { MeetingStatus, Modality } from '../../shared/model';

export function displayDate(iso: string): string {
  try {
    return format(parseISO(iso), 'd MMMM yyyy', { locale: it });
  } catch {
    return iso;
  }
}

export const STATUS_LABEL: Record<MeetingStatus, string> = { draft: 'Bozza', live: 'In corso', closed: 'Chiusa' };
export const MODALITY_LABEL: Record<Modality, string> = { presence: 'In presenza', online: 'Telematica', mixed: 'Mista' };

/** The current time as the minutes print it: "17:51". */
export function nowTime(date = new Date()): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

export function todayIso(date = new Date()): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

export function formatInt(n: number): string {
  return new Intl.NumberFormat('it-IT', { useGrouping: 'always' }).format(n);
}

export function formatPercent(n: number): string {
  return `${new Intl.NumberFormat('it-IT', { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(n)}%`;
}

import { format, parseISO } from 'date-fns';
import { it } from 'date-fns/locale';
import type { MeetingStatus } from '../../shared/model';
import { formatTime } from '../../shared/phrasing';

export function displayDate(iso: string): string {
  try {
    return format(parseISO(iso), 'd MMMM yyyy', { locale: it });
  } catch {
    return iso;
  }
}

export const STATUS_LABEL: Record<MeetingStatus, string> = { draft: 'Bozza', live: 'In corso', closed: 'Chiusa' };

/** The current time as the minutes print it: "17:51". */
export function nowTime(date = new Date()): string {
  return formatTime(date);
}

export function todayIso(date = new Date()): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

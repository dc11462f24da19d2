import type { Meeting, Tavolo, TavoloAttendance, TavoloKind } from '../model';
import { formatDateWords } from '../phrasing';

export const PROCEDURE_KIND_NAMES: Record<TavoloKind, string> = {
  coProgrammazione: 'Tavolo di co-programmazione',
  tecnico: 'Tavolo tecnico',
  tematico: 'Tavolo tematico',
};

/** «Avviso pubblico … (Determinazione n. 112) del 10 febbraio 2026». */
export function procedureLine(tavolo: Tavolo): string {
  const { title, reference, date } = tavolo.procedure;
  return `${title}${reference ? ` (${reference})` : ''} del ${formatDateWords(date)}`;
}

/** Who of each organisation was at the session, by organisation id; an organisation not in it was absent. */
export function attendanceOf(meeting: Meeting): Map<string, TavoloAttendance[]> {
  const byOrganisation = new Map<string, TavoloAttendance[]>();
  for (const line of meeting.tavoloSession?.attendance ?? []) {
    byOrganisation.set(line.organisationId, [...(byOrganisation.get(line.organisationId) ?? []), line]);
  }
  return byOrganisation;
}

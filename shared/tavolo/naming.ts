import type { Meeting, OrganisationCategory, StaffMember, Tavolo, TavoloAttendance, TavoloKind } from '../model';
import { formatDateWords } from '../phrasing';
import { sentence, type VerbaleStyle } from '../style';

export const PROCEDURE_KIND_NAMES: Record<TavoloKind, string> = {
  coProgrammazione: 'Tavolo di co-programmazione',
  tecnico: 'Tavolo tecnico',
  tematico: 'Tavolo tematico',
};

/** What a person of the Ufficio di Piano does at the tavolo, as the verbale and the profile form name it. */
export const STAFF_FUNCTION_NAMES: Record<StaffMember['function'], string> = {
  responsabile: 'Responsabile del procedimento',
  facilitatore: 'Facilitatore',
  verbalizzante: 'Verbalizzante',
};

/** One organisation's category, in the words of the office's lists (the verbale's plural headings are CATEGORY_NAMES). */
export const CATEGORY_LABELS: Record<OrganisationCategory, string> = {
  ets: 'ETS',
  comune: 'Comune',
  asstAts: 'ASST/ATS',
  sindacato: 'Sindacato',
  scuola: 'Scuola',
  cooperativa: 'Cooperativa',
  altro: 'Altro',
};

/**
 * The two lines a tavolo's documents open with, in the body's style: «Avviso pubblico … (Determinazione n. 112) del
 * 10 febbraio 2026» and «Tavolo di co-programmazione – Ambito …».
 */
export function tavoloHeadingLines(tavolo: Tavolo, style: VerbaleStyle): string[] {
  const { title, reference, date } = tavolo.procedure;
  return [
    sentence(style, 'tavoloProcedure', { avviso: title, riferimento: reference, data: formatDateWords(date) }),
    sentence(style, 'tavoloHeading', { tavolo: PROCEDURE_KIND_NAMES[tavolo.kind], ambito: tavolo.ambito }),
  ].filter((line) => line !== '');
}

/** Who of each organisation was at the session, by organisation id; an organisation not in it was absent. */
export function attendanceOf(meeting: Meeting): Map<string, TavoloAttendance[]> {
  const byOrganisation = new Map<string, TavoloAttendance[]>();
  for (const line of meeting.tavoloSession?.attendance ?? []) {
    byOrganisation.set(line.organisationId, [...(byOrganisation.get(line.organisationId) ?? []), line]);
  }
  return byOrganisation;
}

/** What the live screen shows of a session instead of a quorum: organisations and people there, and who is missing. */
export function attendanceSummary(meeting: Meeting): { organisationsPresent: number; organisationsTotal: number; people: number; remote: number; absent: string[] } {
  const present = attendanceOf(meeting);
  const organisations = meeting.body.tavolo?.organisations ?? [];
  const lines = meeting.tavoloSession?.attendance ?? [];
  return {
    organisationsPresent: organisations.filter((organisation) => present.has(organisation.id)).length,
    organisationsTotal: organisations.length,
    people: lines.length,
    remote: lines.filter((line) => line.mode === 'remote').length,
    absent: organisations.filter((organisation) => !present.has(organisation.id)).map((organisation) => organisation.name),
  };
}

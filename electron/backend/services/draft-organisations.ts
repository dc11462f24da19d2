import { DomainError } from '../../../shared/api/errors';
import { isTavoloEntry, type Meeting, type Organisation } from '../../../shared/model';
import { organisationRefs } from '../../../shared/model/tavolo-integrity';
import { formatDateWords } from '../../../shared/phrasing';

/**
 * A tavolo session still in draft with the tavolo's current organisations: its attendance lines of an organisation or
 * a person no longer there are dropped. Refused, naming them, when its recorded entries speak of one of them: what
 * she wrote must keep its author.
 */
export function withOrganisations(meeting: Meeting, organisations: readonly Organisation[]): Meeting {
  const tavolo = meeting.body.tavolo;
  if (!tavolo) return meeting;
  const lost = namedButGone(meeting, organisations);
  if (lost.length > 0) {
    throw new DomainError(
      'DRAFT_NAMES_ORGANISATION',
      `Organizzazioni del tavolo: l'incontro del ${formatDateWords(meeting.date)}, preparato e non ancora aperto, registra voci di ${lost.join(', ')}: togliere prima quelle voci dall'incontro.`,
      lost.map((name) => `Nominata in una voce dell'incontro del ${formatDateWords(meeting.date)}: ${name}`),
    );
  }
  const session = meeting.tavoloSession;
  const stillThere = (line: { organisationId: string; representativeId: string }) =>
    organisations.some((organisation) => organisation.id === line.organisationId && organisation.representatives.some((person) => person.id === line.representativeId));
  return {
    ...meeting,
    body: { ...meeting.body, tavolo: { ...tavolo, organisations } },
    ...(session && { tavoloSession: { ...session, attendance: session.attendance.filter(stillThere) } }),
  };
}

/** The organisations (and speakers) the draft's entries name that the new list lacks, by the names the draft knew. */
function namedButGone(meeting: Meeting, organisations: readonly Organisation[]): string[] {
  const before = meeting.body.tavolo?.organisations ?? [];
  const find = (list: readonly Organisation[], id: string) => list.find((organisation) => organisation.id === id);
  const names = new Set<string>();
  for (const entry of meeting.items.flatMap((item) => item.entries)) {
    if (!isTavoloEntry(entry)) continue;
    for (const [, id] of organisationRefs(entry)) {
      if (!find(organisations, id)) names.add(find(before, id)?.name ?? id);
    }
    if (entry.type !== 'contribution') continue;
    const now = find(organisations, entry.organisationId);
    if (now && !now.representatives.some((person) => person.id === entry.representativeId)) {
      const person = find(before, entry.organisationId)?.representatives.find((candidate) => candidate.id === entry.representativeId);
      names.add(`${person?.name ?? entry.representativeId} (${now.name})`);
    }
  }
  return [...names];
}

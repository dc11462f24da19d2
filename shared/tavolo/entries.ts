import type { Meeting, Organisation, OrganisationRepresentative, StaffMember, Tavolo, TavoloEntry } from '../model';

/** The tavolo of a meeting's body snapshot; callers have checked that the body is a tavolo. */
export function tavoloOf(meeting: Meeting): Tavolo {
  if (!meeting.body.tavolo) throw new Error(`La seduta ${meeting.id} non è di un tavolo`);
  return meeting.body.tavolo;
}

export function organisationById(tavolo: Tavolo | undefined, id: string): Organisation | undefined {
  return tavolo?.organisations.find((organisation) => organisation.id === id);
}

export function representativeById(organisation: Organisation | undefined, id: string): OrganisationRepresentative | undefined {
  return organisation?.representatives.find((person) => person.id === id);
}

export function staffById(tavolo: Tavolo | undefined, id: string): StaffMember | undefined {
  return tavolo?.staff.find((person) => person.id === id);
}

export const personName = (person: { honorific: string; name: string }) => [person.honorific, person.name].filter(Boolean).join(' ');

const organisationName = (meeting: Meeting, id: string) => organisationById(meeting.body.tavolo, id)?.name ?? id;

/** Who a commitment is on: the organisation's name, or the staff member's with «Ufficio di Piano». */
export function commitmentOwnerName(meeting: Meeting, entry: Extract<TavoloEntry, { type: 'commitment' }>): string {
  const { owner } = entry;
  if (owner.kind === 'organisation') return organisationName(meeting, owner.organisationId);
  const person = staffById(meeting.body.tavolo, owner.staffId);
  return person ? `${personName(person)} (Ufficio di Piano)` : owner.staffId;
}

/** The entry as one line a person reads in the archive search and the journal: what it is, whose, and its text. */
export function tavoloEntryLine(meeting: Meeting, entry: TavoloEntry): { kind: string; who: string; text: string } {
  switch (entry.type) {
    case 'contribution': {
      const organisation = organisationById(meeting.body.tavolo, entry.organisationId);
      const person = representativeById(organisation, entry.representativeId);
      return { kind: 'contributo', who: [person && personName(person), organisation?.name ?? entry.organisationId].filter(Boolean).join(', '), text: entry.text };
    }
    case 'agreement':
      return { kind: 'punto condiviso', who: '', text: entry.text };
    case 'divergence':
      return { kind: 'posizione divergente', who: entry.organisationIds.map((id) => organisationName(meeting, id)).join(', '), text: entry.text };
    case 'commitment':
      return { kind: 'impegno', who: commitmentOwnerName(meeting, entry), text: entry.what };
    case 'writtenContribution':
      return { kind: 'contributo scritto', who: organisationName(meeting, entry.organisationId), text: entry.title };
  }
}

import type { IntegrityIssue } from './integrity';
import type { Meeting } from './meeting';
import { isTavoloEntry, type Tavolo, type TavoloEntry } from './tavolo';

/** What a tavolo's body, session and entries must agree on: every reference names someone of this tavolo. */
export function tavoloIssues(meeting: Meeting): IntegrityIssue[] {
  const { body } = meeting;
  const tavolo = body.tavolo;
  if (body.kind !== 'tavolo' && tavolo) return [{ path: ['body', 'tavolo'], message: 'Dati del tavolo in un organo che non è un tavolo' }];
  // A tavolo stored before tavoli had organisations (kind 'tavolo' without its data) reads as it always did.
  if (!tavolo) {
    const where = body.kind === 'tavolo' ? 'in un tavolo senza avviso né organizzazioni' : 'in una seduta di un organo che non è un tavolo';
    const issues: IntegrityIssue[] = [];
    if (meeting.tavoloSession) issues.push({ path: ['tavoloSession'], message: `Presenze delle organizzazioni ${where}` });
    meeting.items.forEach((item, itemIndex) => item.entries.forEach((entry, entryIndex) => {
      if (isTavoloEntry(entry)) issues.push({ path: ['items', itemIndex, 'entries', entryIndex, 'type'], message: `Punto ${itemIndex + 1}, voce ${entryIndex + 1}: voce di un tavolo ${where}` });
    }));
    return issues;
  }
  return [...organisationIssues(tavolo), ...sessionIssues(meeting, tavolo), ...entryIssues(meeting, tavolo)];
}

/** Exported for the body service: an organisation edited alone must pass the rules a session file would. */
export function organisationIssues(tavolo: Tavolo): IntegrityIssue[] {
  const issues: IntegrityIssue[] = [];
  const seen = new Set<string>();
  tavolo.organisations.forEach((organisation, index) => {
    const path = ['body', 'tavolo', 'organisations', index];
    if (seen.has(organisation.id)) issues.push({ path: [...path, 'id'], message: `Organizzazione «${organisation.name}»: identificativo «${organisation.id}» già usato` });
    seen.add(organisation.id);
    if (organisation.runts && organisation.category !== 'ets') {
      issues.push({ path: [...path, 'runts'], message: `Organizzazione «${organisation.name}»: il numero RUNTS spetta solo a un ente del Terzo settore` });
    }
    const people = new Set<string>();
    organisation.representatives.forEach((person, personIndex) => {
      if (people.has(person.id)) issues.push({ path: [...path, 'representatives', personIndex, 'id'], message: `Organizzazione «${organisation.name}»: rappresentante «${person.id}» indicato due volte` });
      people.add(person.id);
    });
  });
  const staffIds = new Set<string>();
  tavolo.staff.forEach((person, index) => {
    if (staffIds.has(person.id)) issues.push({ path: ['body', 'tavolo', 'staff', index, 'id'], message: `Ufficio di Piano: identificativo «${person.id}» già usato` });
    staffIds.add(person.id);
  });
  return issues;
}

function sessionIssues(meeting: Meeting, tavolo: Tavolo): IntegrityIssue[] {
  const session = meeting.tavoloSession;
  if (!session) return [];
  const issues: IntegrityIssue[] = [];
  const seen = new Set<string>();
  session.attendance.forEach((line, index) => {
    const path = ['tavoloSession', 'attendance', index];
    const organisation = tavolo.organisations.find((candidate) => candidate.id === line.organisationId);
    if (!organisation) {
      issues.push({ path: [...path, 'organisationId'], message: `Presenze: «${line.organisationId}» non è un'organizzazione del tavolo` });
      return;
    }
    const person = organisation.representatives.find((candidate) => candidate.id === line.representativeId);
    if (!person) {
      issues.push({ path: [...path, 'representativeId'], message: `Presenze: «${line.representativeId}» non è un rappresentante di ${organisation.name}` });
      return;
    }
    const key = `${line.organisationId}/${line.representativeId}`;
    if (seen.has(key)) issues.push({ path, message: `Presenze: ${person.name} (${organisation.name}) compare più volte` });
    seen.add(key);
    if (line.arrivedAt && line.leftAt && line.leftAt <= line.arrivedAt) {
      issues.push({ path: [...path, 'leftAt'], message: `Presenze: ${person.name} esce alle ${line.leftAt}, non dopo l'arrivo alle ${line.arrivedAt}` });
    }
  });
  if (session.nextMeeting && session.nextMeeting.date <= meeting.date) {
    issues.push({ path: ['tavoloSession', 'nextMeeting', 'date'], message: 'Prossimo incontro: la data deve seguire quella della seduta' });
  }
  return issues;
}

function entryIssues(meeting: Meeting, tavolo: Tavolo): IntegrityIssue[] {
  const issues: IntegrityIssue[] = [];
  const organisationName = (id: string) => tavolo.organisations.find((organisation) => organisation.id === id)?.name;
  meeting.items.forEach((item, itemIndex) => item.entries.forEach((entry, entryIndex) => {
    const path = ['items', itemIndex, 'entries', entryIndex];
    const where = `Punto ${itemIndex + 1}, voce ${entryIndex + 1}`;
    if (entry.type === 'decision' && entry.kind !== 'noted' && entry.kind !== 'noVote') {
      issues.push({ path: [...path, 'kind'], message: `${where}: un tavolo di co-programmazione non vota; registrare un punto condiviso o una posizione divergente` });
    }
    if (entry.type === 'movement') {
      issues.push({ path: [...path, 'type'], message: `${where}: a un tavolo arrivi e uscite si registrano nelle presenze delle organizzazioni` });
    }
    if (!isTavoloEntry(entry)) return;
    for (const [field, id] of organisationRefs(entry)) {
      if (!organisationName(id)) issues.push({ path: [...path, ...field], message: `${where}: «${id}» non è un'organizzazione del tavolo` });
    }
    if (entry.type === 'contribution') {
      const organisation = tavolo.organisations.find((candidate) => candidate.id === entry.organisationId);
      if (organisation && !organisation.representatives.some((person) => person.id === entry.representativeId)) {
        issues.push({ path: [...path, 'representativeId'], message: `${where}: «${entry.representativeId}» non è un rappresentante di ${organisation.name}` });
      }
    }
    if (entry.type === 'commitment' && entry.owner.kind === 'staff') {
      const { staffId } = entry.owner;
      if (!tavolo.staff.some((person) => person.id === staffId)) issues.push({ path: [...path, 'owner', 'staffId'], message: `${where}: «${staffId}» non è tra il personale dell'Ufficio di Piano` });
    }
    if (entry.type === 'writtenContribution' && entry.attachmentId !== null && !item.attachments.some((attachment) => attachment.id === entry.attachmentId)) {
      issues.push({ path: [...path, 'attachmentId'], message: `${where}: l'allegato «${entry.attachmentId}» non è tra gli allegati del punto` });
    }
  }));
  return issues;
}

/** Each organisation an entry names, with the field that names it (also for the draft refresh of the meeting service). */
export function organisationRefs(entry: TavoloEntry): [(string | number)[], string][] {
  switch (entry.type) {
    case 'contribution':
    case 'writtenContribution':
      return [[['organisationId'], entry.organisationId]];
    case 'divergence':
      return entry.organisationIds.map((id, index) => [['organisationIds', index], id]);
    case 'commitment':
      return entry.owner.kind === 'organisation' ? [[['owner', 'organisationId'], entry.owner.organisationId]] : [];
    case 'agreement':
      return [];
  }
}

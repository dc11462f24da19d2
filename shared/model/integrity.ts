import type { Decision, Meeting } from './meeting';
import { omissionIssues } from './omission-integrity';
import { tavoloIssues } from './tavolo-integrity';
import { MAX_MEETING_MINUTES, minutesSinceStart } from './time';

/** One thing structurally wrong with a meeting: where (path in the meeting) and why, in Italian. */
export interface IntegrityIssue {
  path: (string | number)[];
  message: string;
}

/** Finds the second and later values of `key` in `list`, each with the index of the first one. */
function duplicates<T>(list: readonly T[], key: (value: T) => string | number): { index: number; firstIndex: number; value: T }[] {
  const first = new Map<string | number, number>();
  const found: { index: number; firstIndex: number; value: T }[] = [];
  list.forEach((value, index) => {
    const k = key(value);
    const firstIndex = first.get(k);
    if (firstIndex === undefined) first.set(k, index);
    else found.push({ index, firstIndex, value });
  });
  return found;
}

/** Entity names are the same when they differ only by case or surrounding spaces. */
const entityKey = (entity: string) => entity.trim().normalize('NFC').toLocaleLowerCase('it-IT');

function bodyIssues(meeting: Meeting): IntegrityIssue[] {
  const { members, participants } = meeting.body;
  const issues: IntegrityIssue[] = [];
  for (const { index, firstIndex, value } of duplicates(members, (m) => m.id)) {
    issues.push({ path: ['body', 'members', index, 'id'], message: `Componente «${value.entity}»: identificativo «${value.id}» già usato da ${members[firstIndex]?.entity}` });
  }
  for (const { index, firstIndex, value } of duplicates(members, (m) => m.seat)) {
    issues.push({ path: ['body', 'members', index, 'seat'], message: `Il numero d'ordine ${value.seat} è assegnato sia a ${members[firstIndex]?.entity} sia a ${value.entity}` });
  }
  for (const { index, value } of duplicates(members, (m) => entityKey(m.entity))) {
    issues.push({ path: ['body', 'members', index, 'entity'], message: `L'ente «${value.entity}» compare più volte tra i componenti` });
  }
  for (const { index, value } of duplicates(participants, (p) => p.id)) {
    issues.push({ path: ['body', 'participants', index, 'id'], message: `Partecipante «${value.name}»: identificativo «${value.id}» già usato da un altro partecipante` });
  }
  return issues;
}

function attendanceIssues(meeting: Meeting): IntegrityIssue[] {
  const issues: IntegrityIssue[] = [];
  const entityOf = new Map(meeting.body.members.map((member) => [member.id, member.entity]));
  for (const { index, value } of duplicates(meeting.rollCall, (line) => line.memberId)) {
    issues.push({ path: ['rollCall', index, 'memberId'], message: `Appello: ${entityOf.get(value.memberId) ?? `«${value.memberId}»`} compare più volte` });
  }
  const bodyParticipantIds = new Set(meeting.body.participants.map((participant) => participant.id));
  meeting.guests.forEach((guest, index) => {
    if (bodyParticipantIds.has(guest.id)) {
      issues.push({ path: ['guests', index, 'id'], message: `Ospite «${guest.name}»: identificativo «${guest.id}» già usato da un partecipante dell'organo` });
    }
  });
  for (const { index, value } of duplicates(meeting.guests, (guest) => guest.id)) {
    issues.push({ path: ['guests', index, 'id'], message: `Ospite «${value.name}»: identificativo «${value.id}» già usato da un altro ospite` });
  }
  for (const { index, value } of duplicates(meeting.participantAttendance, (line) => line.participantId)) {
    issues.push({ path: ['participantAttendance', index, 'participantId'], message: `Presenze dei partecipanti: «${value.participantId}» compare più volte` });
  }
  return issues;
}

function officerIssues(meeting: Meeting): IntegrityIssue[] {
  const memberIds = new Set(meeting.body.members.map((member) => member.id));
  const issues: IntegrityIssue[] = [];
  const officers = [['president', 'Presidente'], ['minuteTaker', 'Verbalizzante']] as const;
  for (const [field, title] of officers) {
    const { memberId } = meeting[field];
    if (memberId !== null && !memberIds.has(memberId)) {
      issues.push({ path: [field, 'memberId'], message: `${title}: «${memberId}» non è tra i componenti dell'organo` });
    }
  }
  const { participantId } = meeting.minuteTaker;
  if (participantId !== undefined && !meeting.body.participants.some((participant) => participant.id === participantId)) {
    issues.push({ path: ['minuteTaker', 'participantId'], message: `Verbalizzante: «${participantId}» non è tra i partecipanti dell'organo` });
  }
  return issues;
}

function itemIssues(meeting: Meeting): IntegrityIssue[] {
  const issues: IntegrityIssue[] = [];
  for (const { index, firstIndex, value } of duplicates(meeting.items, (item) => item.id)) {
    issues.push({ path: ['items', index, 'id'], message: `Punto ${index + 1}: identificativo «${value.id}» già usato dal punto ${firstIndex + 1}` });
  }
  const entryAt = new Map<string, { itemIndex: number; entryIndex: number }>();
  meeting.items.forEach((item, itemIndex) => {
    let previousDecision: Decision | null = null;
    item.entries.forEach((entry, entryIndex) => {
      const path = ['items', itemIndex, 'entries', entryIndex];
      const first = entryAt.get(entry.id);
      if (first) {
        issues.push({
          path: [...path, 'id'],
          message: `Punto ${itemIndex + 1}, voce ${entryIndex + 1}: identificativo «${entry.id}» già usato dalla voce ${first.entryIndex + 1} del punto ${first.itemIndex + 1}`,
        });
      } else {
        entryAt.set(entry.id, { itemIndex, entryIndex });
      }
      if (entry.type !== 'decision') return;
      if (entry.immediateEffect) {
        const follows = previousDecision?.kind === 'vote' && !previousDecision.immediateEffect;
        if (entry.kind !== 'vote') {
          issues.push({ path: [...path, 'immediateEffect'], message: `Punto ${itemIndex + 1}: l'immediata eseguibilità è una votazione, non una presa d'atto` });
        } else if (!follows) {
          issues.push({ path: [...path, 'immediateEffect'], message: `Punto ${itemIndex + 1}: l'immediata eseguibilità non segue alcuna deliberazione votata in questo punto` });
        }
      }
      previousDecision = entry;
    });
  });
  if (meeting.currentItemId !== null && !meeting.items.some((item) => item.id === meeting.currentItemId)) {
    issues.push({ path: ['currentItemId'], message: `Il punto corrente «${meeting.currentItemId}» non è all'ordine del giorno` });
  }
  return issues;
}

function endTimeIssues(meeting: Meeting): IntegrityIssue[] {
  if (meeting.endTime === null) {
    return meeting.status === 'closed' ? [{ path: ['endTime'], message: 'Seduta chiusa senza ora di chiusura' }] : [];
  }
  // Without a stated start there is nothing the closing time can contradict.
  if (meeting.startTime === null || minutesSinceStart(meeting.startTime, meeting.endTime) <= MAX_MEETING_MINUTES) return [];
  return [{
    path: ['endTime'],
    message: `Ora di chiusura ${meeting.endTime} impossibile per una seduta iniziata alle ${meeting.startTime}: la chiusura segue l'inizio (anche dopo la mezzanotte, ma entro ${MAX_MEETING_MINUTES / 60} ore)`,
  }];
}

/**
 * What makes a meeting impossible whatever the rules of the body: two things with one id, references to nothing,
 * an end before the start, a vote of immediata eseguibilità that follows no vote. MeetingSchema refuses these, and
 * the services refuse any action whose result has one, so no path can store such a meeting.
 */
export function meetingIntegrityIssues(meeting: Meeting): IntegrityIssue[] {
  return [...bodyIssues(meeting), ...attendanceIssues(meeting), ...officerIssues(meeting), ...itemIssues(meeting), ...endTimeIssues(meeting), ...omissionIssues(meeting), ...tavoloIssues(meeting)];
}

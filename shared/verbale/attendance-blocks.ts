import type { Meeting, Participant, Presence, Representative } from '../model';
import { attendancePersonText, participantGroupLine, participantLine, presenceLabel } from '../phrasing';
import { attendanceSummary, membersInSeatOrder, type AttendanceMark } from '../rules';
import type { AttendanceTable, VerbaleParagraph } from './document';

/** Rolls longer than this print in two column-groups side by side. */
const TWO_COLUMNS_ABOVE = 12;

/**
 * The members' table: seat order, the person who sat for each member, present in the room, remotely or absent —
 * over the whole meeting, or at the roll call when the style tells late arrivals only in the narrative.
 */
export function attendanceTable(meeting: Meeting): AttendanceTable {
  const { style } = meeting.body;
  const presenceOf = style.lateArrivals === 'narrative' ? rollCallPresence(meeting) : overallPresence(meeting);
  const members = membersInSeatOrder(meeting);
  return {
    kind: 'attendanceTable',
    headers: ['N.', 'Ente e rappresentante', 'Presente'],
    rows: members.map((member) => ({
      seat: member.seat,
      entity: member.entity,
      person: attendancePersonText(firstRepresentative(meeting, member.id) ?? member.representative, style),
      presence: presenceLabel(presenceOf(member.id), style),
    })),
    twoColumns: members.length > TWO_COLUMNS_ABOVE,
  };
}

function rollCallPresence(meeting: Meeting): (memberId: string) => Presence {
  const rollCall = new Map(meeting.rollCall.map((entry) => [entry.memberId, entry.presence]));
  return (memberId) => rollCall.get(memberId) ?? 'absent';
}

const PRESENCE_OF_MARK: Record<AttendanceMark, Presence> = { sì: 'room', 'sì da remoto': 'remote', no: 'absent' };

/** Replays the timeline only for this style: the roll-call one never needs it. */
function overallPresence(meeting: Meeting): (memberId: string) => Presence {
  const summary = attendanceSummary(meeting);
  return (memberId) => PRESENCE_OF_MARK[summary.get(memberId) ?? 'no'];
}

/** Who first sat for the member: the roll call's person if present then, else whoever arrived first. */
function firstRepresentative(meeting: Meeting, memberId: string): Representative | undefined {
  const called = meeting.rollCall.find((entry) => entry.memberId === memberId);
  if (called && called.presence !== 'absent') return called.representative;
  for (const item of meeting.items) {
    for (const entry of item.entries) {
      if (entry.type === 'movement' && entry.memberId === memberId && entry.movement === 'arrival') {
        return entry.representative ?? called?.representative;
      }
    }
  }
  return called?.representative;
}

/**
 * Participants without a vote: the body's, then the guests, each present or "- ASSENTE"; one per line, or one line
 * per organisation (in the order each organisation first appears; people without one keep their own line).
 */
export function participantParagraphs(meeting: Meeting): VerbaleParagraph[] {
  const { style } = meeting.body;
  const attendance = new Map(meeting.participantAttendance.map((entry) => [entry.participantId, entry.present]));
  // Guests are added during the meeting because they are there; body participants are absent unless marked.
  const people = [
    ...meeting.body.participants.map((participant) => ({ participant, present: attendance.get(participant.id) ?? false })),
    ...meeting.guests.map((participant) => ({ participant, present: attendance.get(participant.id) ?? true })),
  ];
  const line = (text: string): VerbaleParagraph => ({ kind: 'paragraph', style: 'listItem', role: 'participant', runs: [{ text }] });
  if (style.participants === 'lines') return people.map(({ participant, present }) => line(participantLine(participant, present, style)));

  const groups = new Map<string, { participant: Participant; present: boolean }[]>();
  const lines: (string | { organisation: string })[] = [];
  for (const person of people) {
    const organisation = person.participant.organisation.trim();
    if (!organisation) {
      lines.push(participantLine(person.participant, person.present, style));
      continue;
    }
    const key = organisation.toLocaleLowerCase('it-IT');
    if (!groups.has(key)) {
      groups.set(key, []);
      lines.push({ organisation });
    }
    groups.get(key)!.push(person);
  }
  return lines.map((entry) =>
    line(typeof entry === 'string' ? entry : participantGroupLine(entry.organisation, groups.get(entry.organisation.toLocaleLowerCase('it-IT'))!, style)),
  );
}

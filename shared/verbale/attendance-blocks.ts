import type { Meeting, Participant, Representative } from '../model';
import { attendancePersonText, participantLine } from '../phrasing';
import { attendanceSummary, membersInSeatOrder } from '../rules';
import type { AttendanceTable, VerbaleParagraph } from './document';

/** Rolls longer than this print in two column-groups side by side. */
const TWO_COLUMNS_ABOVE = 12;

/** The members' table: seat order, the person who sat for each member, sì / no / sì da remoto. */
export function attendanceTable(meeting: Meeting): AttendanceTable {
  const summary = attendanceSummary(meeting);
  const members = membersInSeatOrder(meeting);
  return {
    kind: 'attendanceTable',
    headers: ['N.', 'Ente e rappresentante', 'Presente'],
    rows: members.map((member) => ({
      seat: member.seat,
      entity: member.entity,
      person: attendancePersonText(firstRepresentative(meeting, member.id) ?? member.representative),
      presence: summary.get(member.id) ?? 'no',
    })),
    twoColumns: members.length > TWO_COLUMNS_ABOVE,
  };
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

/** Participants without a vote: the body's, then the guests, each present or "- ASSENTE". */
export function participantParagraphs(meeting: Meeting): VerbaleParagraph[] {
  const attendance = new Map(meeting.participantAttendance.map((entry) => [entry.participantId, entry.present]));
  const line = (participant: Participant, presentByDefault: boolean): VerbaleParagraph => ({
    kind: 'paragraph',
    style: 'listItem',
    role: 'participant',
    runs: [{ text: participantLine(participant, attendance.get(participant.id) ?? presentByDefault) }],
  });
  // Guests are added during the meeting because they are there; body participants are absent unless marked.
  return [...meeting.body.participants.map((p) => line(p, false)), ...meeting.guests.map((p) => line(p, true))];
}

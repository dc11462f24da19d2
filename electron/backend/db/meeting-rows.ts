import type { AgendaItem, Meeting, TimelineEntry } from '../../../shared/model';
import { storedBodyJson } from './body-blobs';
import { jsonOf } from './json-memo';
import type { Row } from './rows';

/* A meeting as table rows: one per meeting, item, entry and line of each list (meeting-diff and meeting-load use them). */

/** What the meetings.header column holds. */
export interface StoredHeader {
  startTime: Meeting['startTime'];
  endTime: Meeting['endTime'];
  modality: Meeting['modality'];
  place: Meeting['place'];
  convocation: Meeting['convocation'];
  president: Meeting['president'];
  minuteTaker: Meeting['minuteTaker'];
  /** Absent in headers written before the public copy, and when nothing is omitted. */
  omissions?: Meeting['omissions'];
  /** A tavolo's attendance and next meeting; absent for other bodies (and in headers written before tavoli). */
  tavoloSession?: Meeting['tavoloSession'];
}

export function headerOf(meeting: Meeting): StoredHeader {
  return {
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    modality: meeting.modality,
    place: meeting.place,
    convocation: meeting.convocation,
    president: meeting.president,
    minuteTaker: meeting.minuteTaker,
    ...(meeting.omissions ? { omissions: meeting.omissions } : {}),
    ...(meeting.tavoloSession ? { tavoloSession: meeting.tavoloSession } : {}),
  };
}

export function meetingRow(meeting: Meeting): Row {
  const header = headerOf(meeting);
  return {
    table: 'meetings',
    key: { id: meeting.id },
    values: {
      body_id: meeting.body.id,
      status: meeting.status,
      revision: meeting.revision,
      date: meeting.date,
      header: JSON.stringify(header),
      current_item_id: meeting.currentItemId,
      body_snapshot: storedBodyJson(meeting.body),
    },
  };
}

export function itemRow(meetingId: string, item: AgendaItem, position: number): Row {
  return {
    table: 'items',
    key: { meeting_id: meetingId, id: item.id },
    values: {
      position,
      title: item.title,
      data: JSON.stringify({ attachments: item.attachments, linkedMeetingIds: item.linkedMeetingIds }),
    },
  };
}

export function entryRow(meetingId: string, itemId: string, entry: TimelineEntry, position: number): Row {
  return {
    table: 'entries',
    key: { meeting_id: meetingId, id: entry.id },
    values: { item_id: itemId, position, type: entry.type, data: jsonOf(entry) },
  };
}

export function rollCallRows(meeting: Meeting): Row[] {
  return meeting.rollCall.map((line, position) => ({
    table: 'roll_call',
    key: { meeting_id: meeting.id, member_id: line.memberId },
    values: { position, presence: line.presence, representative: jsonOf(line.representative) },
  }));
}

export function attendanceRows(meeting: Meeting): Row[] {
  return meeting.participantAttendance.map((line, position) => ({
    table: 'participant_attendance',
    key: { meeting_id: meeting.id, participant_id: line.participantId },
    values: { position, present: line.present ? 1 : 0 },
  }));
}

export function guestRows(meeting: Meeting): Row[] {
  return meeting.guests.map((guest, position) => ({
    table: 'guests',
    key: { meeting_id: meeting.id, id: guest.id },
    values: { position, data: jsonOf(guest) },
  }));
}

export function itemAndEntryRows(meetingId: string, item: AgendaItem, position: number): Row[] {
  return [itemRow(meetingId, item, position), ...item.entries.map((entry, index) => entryRow(meetingId, item.id, entry, index))];
}

/** Every row of a meeting. */
export function meetingRows(meeting: Meeting): Row[] {
  return [
    meetingRow(meeting),
    ...meeting.items.flatMap((item, position) => itemAndEntryRows(meeting.id, item, position)),
    ...rollCallRows(meeting),
    ...attendanceRows(meeting),
    ...guestRows(meeting),
  ];
}

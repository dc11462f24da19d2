import type { MethodParsedInput } from '../../../shared/api/contract';
import { DomainError } from '../../../shared/api/errors';
import { formatDateWords } from '../../../shared/phrasing';
import { appendJournal } from '../db/journal';
import { diffMeetings } from '../db/meeting-diff';
import { sql } from '../db/rows';
import type { MeetingService } from './meeting-service';
import type { Storage } from './storage';

/**
 * Deletes a meeting still in preparation (a draft or a test), never a live or closed one: its rows go (items, entries,
 * journal, drafts and search documents by cascade) and one journal row, kept with the body, says what it was and holds
 * every deleted row.
 */
export function deleteDraftMeeting(storage: Storage, meetings: MeetingService, input: MethodParsedInput<'meetings.delete'>): { meetingId: string } {
  return storage.write(() => {
    const meeting = meetings.meeting(input.meetingId);
    const what = `la seduta del ${formatDateWords(meeting.date)} (${meeting.body.name})`;
    if (meeting.status !== 'draft') {
      const state = meeting.status === 'live' ? 'è in corso' : 'è chiusa';
      throw new DomainError('MEETING_NOT_DRAFT', `Non si può eliminare ${what}: ${state}. Si eliminano solo le sedute in preparazione.`);
    }
    appendJournal(storage.db, {
      meetingId: null,
      bodyId: meeting.body.id,
      at: storage.nowIso(),
      operation: 'meetings.delete',
      input,
      summary: `Eliminata ${what}, in preparazione`,
      changes: diffMeetings(meeting, null),
      undoable: false,
    });
    sql(storage.db, 'DELETE FROM meetings WHERE id = ?').run(meeting.id);
    return { meetingId: meeting.id };
  });
}

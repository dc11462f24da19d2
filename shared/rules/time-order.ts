import { MAX_MEETING_MINUTES, minutesSinceStart, type Meeting, type Movement, type MovementKind } from '../model';
import type { MeetingCheckProblem } from './types';

/** The movement as a noun with its article, and the agreement of "registrato/a". */
const MOVEMENT_NOUNS: Record<MovementKind, { noun: string; ending: 'o' | 'a' }> = {
  arrival: { noun: "l'arrivo", ending: 'o' },
  departure: { noun: "l'uscita", ending: 'a' },
  temporaryExit: { noun: "l'uscita temporanea", ending: 'a' },
  return: { noun: 'il rientro', ending: 'o' },
};

interface Placed {
  movement: Movement;
  itemIndex: number;
  /** Minutes since the start of the meeting. */
  at: number;
}

/**
 * Movements at times the meeting cannot have: before its start, after its end, or earlier than a movement recorded
 * before them in the timeline. These are problems, not refusals: while typing, the live UI can get a time wrong, and
 * the meeting shows it at once and cannot be closed until it is put right. Times follow shared/model/time.ts.
 */
export function timeOrderProblems(meeting: Meeting): MeetingCheckProblem[] {
  const entityOf = new Map(meeting.body.members.map((member) => [member.id, member.entity]));
  const who = (movement: Movement) => entityOf.get(movement.memberId) ?? `«${movement.memberId}»`;
  // Without a stated start, times count from the first movement: only the order and the closing can be wrong.
  const origin = meeting.startTime ?? firstMovementTime(meeting) ?? '00:00';
  const end = meeting.endTime === null ? MAX_MEETING_MINUTES : minutesSinceStart(origin, meeting.endTime);
  const problems: MeetingCheckProblem[] = [];
  let latest: Placed | null = null;
  meeting.items.forEach((item, itemIndex) => {
    for (const entry of item.entries) {
      if (entry.type !== 'movement') continue;
      const at = minutesSinceStart(origin, entry.time);
      if (at <= end && (!latest || at >= latest.at)) {
        latest = { movement: entry, itemIndex, at };
        continue;
      }
      const where = `Punto ${itemIndex + 1}: ${MOVEMENT_NOUNS[entry.movement].noun} di ${who(entry)} alle ${entry.time}`;
      const problem = { itemIndex, entryId: entry.id };
      if (at > MAX_MEETING_MINUTES && meeting.startTime !== null) {
        problems.push({ ...problem, code: 'MOVEMENT_BEFORE_START', message: `${where} è prima dell'inizio della seduta (${meeting.startTime}).` });
      } else if (at > end && at <= MAX_MEETING_MINUTES) {
        problems.push({ ...problem, code: 'MOVEMENT_AFTER_END', message: `${where} è dopo la chiusura della seduta (${meeting.endTime}).` });
      } else if (latest) {
        const earlier = MOVEMENT_NOUNS[latest.movement.movement];
        const otherItem = latest.itemIndex === itemIndex ? '' : ` (punto ${latest.itemIndex + 1})`;
        problems.push({
          ...problem,
          code: 'MOVEMENT_OUT_OF_ORDER',
          message: `${where} è registrat${MOVEMENT_NOUNS[entry.movement].ending} dopo ${earlier.noun} delle ${latest.movement.time} di ${who(latest.movement)}${otherItem}.`,
        });
      }
    }
  });
  return problems;
}

function firstMovementTime(meeting: Meeting): string | undefined {
  for (const item of meeting.items) {
    const movement = item.entries.find((entry) => entry.type === 'movement');
    if (movement) return movement.time;
  }
  return undefined;
}

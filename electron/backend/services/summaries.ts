import type { Meeting, TimelineEntry } from '../../../shared/model';
import { MOVEMENT_NAME } from '../../../shared/phrasing';
import { isTavoloEntry } from '../../../shared/model/tavolo';
import { tavoloEntryLine } from '../../../shared/tavolo/entries';

/** Short Italian descriptions of actions, for the journal. */

function memberName(meeting: Meeting, memberId: string): string {
  return meeting.body.members.find((member) => member.id === memberId)?.entity ?? memberId;
}

function speakerName(meeting: Meeting, entry: Extract<TimelineEntry, { type: 'statement' }>): string {
  const { speaker } = entry;
  if (speaker.kind === 'minuteTaker') return meeting.minuteTaker.name.toUpperCase();
  if (speaker.kind === 'member') {
    const line = meeting.rollCall.find((roll) => roll.memberId === speaker.memberId);
    return (line?.representative.name ?? memberName(meeting, speaker.memberId)).toUpperCase();
  }
  const participant = [...meeting.body.participants, ...meeting.guests].find((p) => p.id === speaker.participantId);
  return (participant?.name ?? speaker.participantId).toUpperCase();
}

function shorten(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function describeEntry(meeting: Meeting, entry: TimelineEntry): string {
  if (isTavoloEntry(entry)) {
    const { kind, who, text } = tavoloEntryLine(meeting, entry);
    return `${kind}${who ? ` di ${who}` : ''} «${shorten(text)}»`;
  }
  switch (entry.type) {
    case 'statement':
      return `intervento di ${speakerName(meeting, entry)}`;
    case 'movement':
      return `${MOVEMENT_NAME[entry.movement].toLocaleLowerCase('it-IT')} alle ${entry.time} di ${memberName(meeting, entry.memberId)}`;
    case 'decision':
      return `decisione «${shorten(entry.subject)}»`;
    case 'note':
      return `nota «${shorten(entry.text)}»`;
  }
}

/** How the journal's summary of an added entry starts. */
export const ADDED = 'Aggiunto: ';

/** An action as undo and redo name it: an added entry by what it is («intervento di MARIO VERDI»), others by their summary. */
export function actionLabel(summary: string): string {
  return summary.startsWith(ADDED) ? summary.slice(ADDED.length) : summary;
}

export { memberName, shorten };

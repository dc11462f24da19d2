import type { AgendaItem, Meeting, Speaker, TimelineEntry } from '../../../shared/model';
import { participantLine } from '../../../shared/phrasing';
import { isTavoloEntry } from '../../../shared/model/tavolo';
import { tavoloEntryLine } from '../../../shared/tavolo/entries';

/**
 * What the archive search reads of a meeting, as text a person can read in a snippet: one document for the meeting
 * (body, place), one per item (title, attachments), one per statement (speaker's name, role and entity, text), decision
 * (subject and the entities named against, abstaining, not voting) and note. Movements are not searched.
 */
export interface SearchDocument {
  /** Unique within the meeting: 'meeting', 'item:<id>', 'entry:<id>'. */
  key: string;
  itemId: string | null;
  entryId: string | null;
  text: string;
}

export const MEETING_KEY = 'meeting';
export const itemKey = (itemId: string) => `item:${itemId}`;
export const entryKey = (entryId: string) => `entry:${entryId}`;

export function meetingDocument(meeting: Meeting): SearchDocument {
  const text = [meeting.body.name, meeting.place].filter((part) => part.trim() !== '').join(' — ');
  return { key: MEETING_KEY, itemId: null, entryId: null, text };
}

export function itemDocument(item: AgendaItem): SearchDocument {
  const attachments = item.attachments.map((attachment) => [attachment.label, attachment.title].filter(Boolean).join(' '));
  return { key: itemKey(item.id), itemId: item.id, entryId: null, text: [item.title, ...attachments].join(' — ') };
}

/** Who speaks, as the search shows it: "Sindaco Mario Verdi, Comune di Borgo Alto". */
export function speakerLabel(meeting: Meeting, speaker: Speaker): string {
  if (speaker.kind === 'minuteTaker') return [meeting.minuteTaker.name, meeting.minuteTaker.role].filter(Boolean).join(', ');
  if (speaker.kind === 'member') {
    const member = meeting.body.members.find((m) => m.id === speaker.memberId);
    const representative = meeting.rollCall.find((line) => line.memberId === speaker.memberId)?.representative ?? member?.representative;
    return [representative && `${representative.role} ${representative.name}`, member?.entity].filter(Boolean).join(', ');
  }
  const participant = [...meeting.body.participants, ...meeting.guests].find((p) => p.id === speaker.participantId);
  return participant ? participantLine(participant, true) : '';
}

function entities(meeting: Meeting, memberIds: readonly string[]): string {
  return memberIds.map((id) => meeting.body.members.find((member) => member.id === id)?.entity ?? id).join(', ');
}

/** The entry's document, or null for an entry the search does not read (a movement). */
export function entryDocument(meeting: Meeting, itemId: string, entry: TimelineEntry): SearchDocument | null {
  const document = (text: string): SearchDocument => ({ key: entryKey(entry.id), itemId, entryId: entry.id, text });
  if (isTavoloEntry(entry)) {
    const { who, text } = tavoloEntryLine(meeting, entry);
    return document(who ? `${who}: ${text}` : text);
  }
  switch (entry.type) {
    case 'statement':
      return document(`${speakerLabel(meeting, entry.speaker)}: ${entry.text}`);
    case 'note':
      return document(entry.text);
    case 'decision': {
      const named = [
        ['Contrari', entry.againstMemberIds],
        ['Astenuti', entry.abstainedMemberIds],
        ['Non votanti', entry.notVotingMemberIds],
      ] as const;
      const lists = named.filter(([, ids]) => ids.length > 0).map(([label, ids]) => `${label}: ${entities(meeting, ids)}.`);
      return document([entry.subject, ...lists].join(' '));
    }
    case 'movement':
      return null;
  }
}

/** Every document of a meeting. */
export function meetingDocuments(meeting: Meeting): SearchDocument[] {
  const documents = [meetingDocument(meeting)];
  for (const item of meeting.items) {
    documents.push(itemDocument(item));
    for (const entry of item.entries) {
      const document = entryDocument(meeting, item.id, entry);
      if (document) documents.push(document);
    }
  }
  return documents;
}

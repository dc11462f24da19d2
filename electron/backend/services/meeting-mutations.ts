import { randomUUID } from 'node:crypto';
import { DomainError, NotFoundError } from '../../../shared/api/errors';
import type {
  AgendaItem,
  Attachment,
  Body,
  Meeting,
  Participant,
  Presence,
  Representative,
  TimelineEntry,
  TimelinePosition,
} from '../../../shared/model';
import type { MeetingHeaderSchema, NewEntrySchema } from '../../../shared/api/contract';
import { formatDateWords } from '../../../shared/phrasing';
import { fillUnanimity, presenceAt, type PresenceSnapshot } from '../../../shared/rules';
import { numberAttachments } from '../../../shared/attachments/numbering';
import { assertFilesKept } from './attachment-mutations';
import type { z } from 'zod';

/**
 * Pure meeting mutations: each returns a new meeting and never changes its argument.
 * What does not change keeps its identity, which is how storage knows what to write.
 */

export type NewEntry = z.output<typeof NewEntrySchema>;
export type MeetingHeader = z.output<typeof MeetingHeaderSchema>;
/** Who is present at a position: presenceAt, or a faster equivalent the caller keeps. */
export type PresenceLookup = (meeting: Meeting, position: TimelinePosition) => PresenceSnapshot;

export interface NewMeetingParams {
  id?: string;
  date: string;
  startTime: Meeting['startTime'];
  modality: Meeting['modality'];
  place: string;
  convocation: Meeting['convocation'];
}

export function createMeeting(body: Body, params: NewMeetingParams): Meeting {
  return {
    id: params.id ?? randomUUID(),
    revision: 1,
    status: 'draft',
    body,
    date: params.date,
    startTime: params.startTime,
    endTime: null,
    modality: params.modality,
    place: params.place,
    convocation: params.convocation,
    president: body.president,
    minuteTaker: body.minuteTaker,
    items: [],
    rollCall: body.members.map((member) => ({ memberId: member.id, presence: 'absent', representative: member.representative })),
    participantAttendance: body.participants.map((participant) => ({ participantId: participant.id, present: false })),
    guests: [],
    currentItemId: null,
  };
}

export function assertEditable(meeting: Meeting): void {
  if (meeting.status === 'closed') {
    throw new DomainError(
      'MEETING_CLOSED',
      `La seduta del ${formatDateWords(meeting.date)} è chiusa: non si può modificare. Per una correzione riaprirla (sarà registrata una nuova revisione).`,
    );
  }
}

function itemIndexOf(meeting: Meeting, itemId: string): number {
  const index = meeting.items.findIndex((item) => item.id === itemId);
  if (index < 0) throw new NotFoundError(`Punto all'ordine del giorno non trovato («${itemId}»)`);
  return index;
}

function replaceItem(meeting: Meeting, index: number, item: AgendaItem): Meeting {
  const items = meeting.items.slice();
  items[index] = item;
  return { ...meeting, items };
}

function withIds(attachments: readonly (Omit<Attachment, 'id'> & { id?: string })[]): Attachment[] {
  return attachments.map((attachment) => ({ id: attachment.id ?? randomUUID(), label: attachment.label, title: attachment.title, ...(attachment.file && { file: attachment.file }) }));
}

export function updateHeader(meeting: Meeting, header: MeetingHeader): Meeting {
  return { ...meeting, ...header };
}

export function addItem(
  meeting: Meeting,
  params: { itemId?: string; title: string; attachments: Omit<Attachment, 'id'>[]; linkedMeetingIds: string[] },
): { meeting: Meeting; itemId: string } {
  const item: AgendaItem = {
    id: params.itemId ?? randomUUID(),
    title: params.title,
    attachments: withIds(params.attachments),
    linkedMeetingIds: params.linkedMeetingIds,
    entries: [],
  };
  assertFilesKept(meeting, item.attachments);
  const next = { ...meeting, items: [...meeting.items, item] };
  if (next.currentItemId === null) next.currentItemId = item.id;
  return { meeting: numberAttachments(next), itemId: item.id };
}

export function updateItem(
  meeting: Meeting,
  itemId: string,
  params: { title: string; attachments: Attachment[]; linkedMeetingIds: string[] },
): Meeting {
  const index = itemIndexOf(meeting, itemId);
  const item = meeting.items[index] as AgendaItem;
  assertFilesKept(meeting, params.attachments);
  return numberAttachments(replaceItem(meeting, index, { ...item, title: params.title, attachments: withIds(params.attachments), linkedMeetingIds: params.linkedMeetingIds }));
}

export function moveItem(meeting: Meeting, itemId: string, toIndex: number): Meeting {
  const from = itemIndexOf(meeting, itemId);
  const items = meeting.items.slice();
  const [item] = items.splice(from, 1);
  items.splice(Math.min(toIndex, items.length), 0, item as AgendaItem);
  return numberAttachments({ ...meeting, items });
}

export function removeItem(meeting: Meeting, itemId: string): Meeting {
  const index = itemIndexOf(meeting, itemId);
  const items = meeting.items.filter((item) => item.id !== itemId);
  let currentItemId = meeting.currentItemId;
  if (currentItemId === itemId) currentItemId = (items[index] ?? items[index - 1])?.id ?? null;
  return numberAttachments({ ...meeting, items, currentItemId });
}

export function setRollCall(meeting: Meeting, memberId: string, presence: Presence, representative?: Representative): Meeting {
  const index = meeting.rollCall.findIndex((line) => line.memberId === memberId);
  if (index < 0) throw new NotFoundError(`Componente non trovato nell'appello («${memberId}»)`);
  const line = meeting.rollCall[index] as Meeting['rollCall'][number];
  const rollCall = meeting.rollCall.slice();
  rollCall[index] = { memberId, presence, representative: representative ?? line.representative };
  return { ...meeting, rollCall };
}

export function setParticipantAttendance(meeting: Meeting, participantId: string, present: boolean): Meeting {
  const index = meeting.participantAttendance.findIndex((line) => line.participantId === participantId);
  if (index < 0) throw new NotFoundError(`Partecipante non trovato («${participantId}»)`);
  const participantAttendance = meeting.participantAttendance.slice();
  participantAttendance[index] = { participantId, present };
  return { ...meeting, participantAttendance };
}

export function addGuest(meeting: Meeting, guest: Omit<Participant, 'id'> & { id?: string }): { meeting: Meeting; guestId: string } {
  const id = guest.id ?? randomUUID();
  const known = [...meeting.body.participants, ...meeting.guests].some((participant) => participant.id === id);
  if (known) throw new DomainError('GUEST_EXISTS', `Un partecipante con questo identificativo è già presente («${id}»)`);
  const added: Participant = { id, honorific: guest.honorific, name: guest.name, role: guest.role, organisation: guest.organisation, gender: guest.gender };
  return {
    meeting: {
      ...meeting,
      guests: [...meeting.guests, added],
      participantAttendance: [...meeting.participantAttendance, { participantId: id, present: true }],
    },
    guestId: id,
  };
}

export function startMeeting(meeting: Meeting): Meeting {
  if (meeting.status === 'live') throw new DomainError('ALREADY_LIVE', 'La seduta è già in corso.');
  return { ...meeting, status: 'live' };
}

export interface EntryLocation {
  itemIndex: number;
  entryIndex: number;
}

export function locateEntry(meeting: Meeting, entryId: string): EntryLocation {
  for (let itemIndex = 0; itemIndex < meeting.items.length; itemIndex += 1) {
    const entryIndex = (meeting.items[itemIndex] as AgendaItem).entries.findIndex((entry) => entry.id === entryId);
    if (entryIndex >= 0) return { itemIndex, entryIndex };
  }
  throw new NotFoundError(`Voce non trovata («${entryId}»)`);
}

/** A unanimous decision gets its counts from who is present at its own place in the timeline. */
function settleDecision(meeting: Meeting, position: TimelinePosition, presence: PresenceLookup): Meeting {
  const item = meeting.items[position.itemIndex] as AgendaItem;
  const entry = item.entries[position.entryIndex] as TimelineEntry;
  if (entry.type !== 'decision' || !entry.unanimous) return meeting;
  const filled = fillUnanimity(entry, presence(meeting, position));
  const entries = item.entries.slice();
  entries[position.entryIndex] = filled;
  return replaceItem(meeting, position.itemIndex, { ...item, entries });
}

export function addEntry(
  meeting: Meeting,
  itemId: string,
  newEntry: NewEntry,
  beforeEntryId?: string,
  presence: PresenceLookup = presenceAt,
): { meeting: Meeting; entryId: string } {
  const itemIndex = itemIndexOf(meeting, itemId);
  const item = meeting.items[itemIndex] as AgendaItem;
  let entryIndex = item.entries.length;
  if (beforeEntryId !== undefined) {
    entryIndex = item.entries.findIndex((entry) => entry.id === beforeEntryId);
    if (entryIndex < 0) throw new NotFoundError(`Voce non trovata in questo punto («${beforeEntryId}»)`);
  }
  const entry = { ...newEntry, id: newEntry.id ?? randomUUID() } as TimelineEntry;
  const entries = item.entries.slice();
  entries.splice(entryIndex, 0, entry);
  const next = replaceItem(meeting, itemIndex, { ...item, entries });
  return { meeting: settleDecision(next, { itemIndex, entryIndex }, presence), entryId: entry.id };
}

export function updateEntry(meeting: Meeting, entryId: string, newEntry: NewEntry, presence: PresenceLookup = presenceAt): Meeting {
  const position = locateEntry(meeting, entryId);
  const item = meeting.items[position.itemIndex] as AgendaItem;
  const entries = item.entries.slice();
  entries[position.entryIndex] = { ...newEntry, id: entryId } as TimelineEntry;
  return settleDecision(replaceItem(meeting, position.itemIndex, { ...item, entries }), position, presence);
}

export function moveEntry(meeting: Meeting, entryId: string, toItemId: string, toIndex: number, presence: PresenceLookup = presenceAt): Meeting {
  const from = locateEntry(meeting, entryId);
  const fromItem = meeting.items[from.itemIndex] as AgendaItem;
  const entry = fromItem.entries[from.entryIndex] as TimelineEntry;
  let next = replaceItem(meeting, from.itemIndex, { ...fromItem, entries: fromItem.entries.filter((e) => e.id !== entryId) });
  const targetIndex = itemIndexOf(next, toItemId);
  const target = next.items[targetIndex] as AgendaItem;
  const entries = target.entries.slice();
  const at = Math.min(toIndex, entries.length);
  entries.splice(at, 0, entry);
  next = replaceItem(next, targetIndex, { ...target, entries });
  return settleDecision(next, { itemIndex: targetIndex, entryIndex: at }, presence);
}

export function deleteEntry(meeting: Meeting, entryId: string): Meeting {
  const position = locateEntry(meeting, entryId);
  const item = meeting.items[position.itemIndex] as AgendaItem;
  return replaceItem(meeting, position.itemIndex, { ...item, entries: item.entries.filter((entry) => entry.id !== entryId) });
}

export function setCurrentItem(meeting: Meeting, itemId: string): Meeting {
  itemIndexOf(meeting, itemId);
  return { ...meeting, currentItemId: itemId };
}

export function closeMeeting(meeting: Meeting, endTime: string): Meeting {
  return { ...meeting, status: 'closed', endTime };
}

export function reopenMeeting(meeting: Meeting): Meeting {
  if (meeting.status !== 'closed') throw new DomainError('NOT_CLOSED', 'La seduta non è chiusa: non occorre riaprirla.');
  return { ...meeting, status: 'live', revision: meeting.revision + 1 };
}

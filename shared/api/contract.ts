import { z } from 'zod';
import {
  AttachmentSchema,
  BodyProfileSchema,
  ConvocationSchema,
  DecisionSchema,
  IdSchema,
  IsoDateSchema,
  MeetingStatusSchema,
  MemberSchema,
  ModalitySchema,
  MovementSchema,
  NoteSchema,
  OfficerSchema,
  ParticipantSchema,
  PresenceSchema,
  RepresentativeSchema,
  StatementSchema,
  TimeSchema,
  optionalText,
  shortText,
  type Body,
  type Meeting,
  type Member,
} from '../model';
import type { MeetingCheck, MeetingCheckSummary, PresenceSnapshot, QuorumResult } from '../rules/types';

/**
 * The one API of the product: method → input schema → result type.
 * Electron IPC and the HTTP adapter both bind exactly this; the Node side validates
 * every input with these schemas whatever transport carried it.
 */

const method =
  <R>() =>
  <I extends z.ZodType>(input: I) => ({ input, result: undefined as unknown as R });

const meetingRef = { meetingId: IdSchema };
const bodyRef = { bodyId: IdSchema };

export const NewMemberSchema = MemberSchema.extend({ id: IdSchema.optional() });
export const NewParticipantSchema = ParticipantSchema.extend({ id: IdSchema.optional() });

/** Entries as the UI sends them: the server assigns the id. */
export const NewEntrySchema = z.discriminatedUnion('type', [
  StatementSchema.omit({ id: true }),
  MovementSchema.omit({ id: true }),
  DecisionSchema.omit({ id: true }),
  NoteSchema.omit({ id: true }),
]);

export const MeetingHeaderSchema = z.object({
  date: IsoDateSchema,
  startTime: TimeSchema,
  modality: ModalitySchema,
  place: optionalText('Luogo', 300),
  convocation: ConvocationSchema,
  president: OfficerSchema,
  minuteTaker: OfficerSchema,
});

export const TimelinePositionSchema = z.object({
  itemIndex: z.number().int().min(0),
  entryIndex: z.number().int().min(0),
});

export const SearchSchema = z.object({
  text: optionalText('Testo', 200).default(''),
  bodyId: IdSchema.optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  status: MeetingStatusSchema.optional(),
});

export interface BodySummary {
  id: string;
  name: string;
  kind: Body['kind'];
  memberCount: number;
  meetingCount: number;
}

export interface MeetingSummary {
  id: string;
  bodyId: string;
  bodyName: string;
  date: string;
  status: Meeting['status'];
  revision: number;
  itemTitles: string[];
  updatedAt: string;
}

/** A meeting with what is derived from it: nothing here is stored twice. */
export interface MeetingView {
  meeting: Meeting;
  /** The meeting's check without the presence per decision (meetings.check gives it all). */
  check: MeetingCheckSummary;
  /** Presence and quorum at the end of the timeline so far. */
  presenceNow: PresenceSnapshot;
  quorumNow: QuorumResult;
  /** Whether there is an action to undo. */
  canUndo: boolean;
  updatedAt: string;
}

export interface CsvPreviewRow {
  /** 1-based line in the file (header is line 1). */
  line: number;
  member: Omit<Member, 'id'> | null;
  errors: string[];
}

export interface CsvPreview {
  ok: boolean;
  rows: CsvPreviewRow[];
  /** Problems with the file as a whole (missing columns, duplicate seats). */
  errors: string[];
}

export interface JournalRecord {
  seq: number;
  at: string;
  operation: string;
  input: unknown;
  /** Short Italian description: "Aggiunto intervento di MARIO VERDI". */
  summary: string;
}

export interface ExportedFile {
  fileName: string;
  /** Where the file was written, when the Node side wrote it. */
  path: string | null;
  /** The bytes, base64, when the caller asked for them instead of a path. */
  base64: string | null;
}

export interface Draft {
  key: string;
  text: string;
  savedAt: string;
}

export const contract = {
  // Bodies
  'bodies.list': method<BodySummary[]>()(z.object({})),
  'bodies.get': method<Body>()(z.object(bodyRef)),
  'bodies.create': method<Body>()(z.object({ profile: BodyProfileSchema })),
  'bodies.updateProfile': method<Body>()(z.object({ ...bodyRef, profile: BodyProfileSchema })),
  'bodies.upsertMember': method<Body>()(z.object({ ...bodyRef, member: NewMemberSchema })),
  'bodies.removeMember': method<Body>()(z.object({ ...bodyRef, memberId: IdSchema })),
  'bodies.upsertParticipant': method<Body>()(z.object({ ...bodyRef, participant: NewParticipantSchema })),
  'bodies.removeParticipant': method<Body>()(z.object({ ...bodyRef, participantId: IdSchema })),
  'bodies.previewMembersCsv': method<CsvPreview>()(z.object({ csv: z.string().max(2_000_000, 'File CSV troppo grande: massimo 2 MB') })),
  'bodies.importMembersCsv': method<Body>()(
    z.object({ ...bodyRef, csv: z.string().max(2_000_000, 'File CSV troppo grande: massimo 2 MB'), mode: z.enum(['replace', 'append']) }),
  ),

  // Meetings: setup
  'meetings.create': method<MeetingView>()(
    z.object({ ...bodyRef, date: IsoDateSchema, startTime: TimeSchema, modality: ModalitySchema, place: optionalText('Luogo', 300), convocation: ConvocationSchema }),
  ),
  'meetings.updateHeader': method<MeetingView>()(z.object({ ...meetingRef, header: MeetingHeaderSchema })),
  'meetings.addItem': method<MeetingView>()(
    z.object({ ...meetingRef, title: shortText('Titolo del punto', 1_000), attachments: z.array(AttachmentSchema.omit({ id: true })).default([]), linkedMeetingIds: z.array(IdSchema).default([]) }),
  ),
  'meetings.updateItem': method<MeetingView>()(
    z.object({ ...meetingRef, itemId: IdSchema, title: shortText('Titolo del punto', 1_000), attachments: z.array(AttachmentSchema), linkedMeetingIds: z.array(IdSchema) }),
  ),
  'meetings.moveItem': method<MeetingView>()(z.object({ ...meetingRef, itemId: IdSchema, toIndex: z.number().int().min(0) })),
  'meetings.removeItem': method<MeetingView>()(z.object({ ...meetingRef, itemId: IdSchema })),
  'meetings.setRollCall': method<MeetingView>()(
    z.object({ ...meetingRef, memberId: IdSchema, presence: PresenceSchema, representative: RepresentativeSchema.optional() }),
  ),
  'meetings.setParticipantAttendance': method<MeetingView>()(z.object({ ...meetingRef, participantId: IdSchema, present: z.boolean() })),
  'meetings.addGuest': method<MeetingView>()(z.object({ ...meetingRef, guest: NewParticipantSchema })),
  'meetings.start': method<MeetingView>()(z.object(meetingRef)),

  // Meetings: live
  'meetings.addEntry': method<MeetingView>()(
    z.object({ ...meetingRef, itemId: IdSchema, entry: NewEntrySchema, beforeEntryId: IdSchema.optional() }),
  ),
  'meetings.updateEntry': method<MeetingView>()(z.object({ ...meetingRef, entryId: IdSchema, entry: NewEntrySchema })),
  'meetings.moveEntry': method<MeetingView>()(
    z.object({ ...meetingRef, entryId: IdSchema, toItemId: IdSchema, toIndex: z.number().int().min(0) }),
  ),
  'meetings.deleteEntry': method<MeetingView>()(z.object({ ...meetingRef, entryId: IdSchema })),
  'meetings.setCurrentItem': method<MeetingView>()(z.object({ ...meetingRef, itemId: IdSchema })),
  'meetings.close': method<MeetingView>()(z.object({ ...meetingRef, endTime: TimeSchema })),
  'meetings.reopen': method<MeetingView>()(z.object({ ...meetingRef, reason: shortText('Motivo della riapertura', 500) })),
  'meetings.undo': method<MeetingView>()(z.object(meetingRef)),
  'meetings.saveDraft': method<Draft>()(
    z.object({ ...meetingRef, key: shortText('Chiave bozza', 200), text: z.string().max(50_000, 'Bozza troppo lunga') }),
  ),
  'meetings.drafts': method<Draft[]>()(z.object(meetingRef)),

  // Queries
  'meetings.get': method<MeetingView>()(z.object(meetingRef)),
  'meetings.at': method<{ presence: PresenceSnapshot; quorum: QuorumResult }>()(z.object({ ...meetingRef, position: TimelinePositionSchema })),
  'meetings.check': method<MeetingCheck>()(z.object(meetingRef)),
  'meetings.search': method<MeetingSummary[]>()(SearchSchema),
  'meetings.journal': method<JournalRecord[]>()(z.object(meetingRef)),

  // Files
  'files.exportJson': method<{ fileName: string; content: string }>()(z.object(meetingRef)),
  'files.importJson': method<MeetingView>()(z.object({ content: z.string().max(50_000_000, 'File troppo grande') })),
  'files.exportDocx': method<ExportedFile>()(
    z.object({ ...meetingRef, outputPath: z.string().max(4_000).optional() }),
  ),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodResult<M extends MethodName> = Contract[M]['result'];
export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

import { z } from 'zod';
import type { DeepReadonly } from './readonly';
import { BodySchema, ParticipantSchema, RepresentativeSchema, OfficerSchema } from './body';
import { AttachmentFileSchema } from './attachment-file';
import { OmissionsSchema } from './omissions';
import { meetingIntegrityIssues } from './integrity';
import { AgreementSchema, CommitmentSchema, ContributionSchema, DivergenceSchema, TavoloSessionSchema, WrittenContributionSchema } from './tavolo';
import { IdSchema, IsoDateSchema, TimeSchema, longText, optionalText, shortText } from './primitives';

/** Where a member is: in the room, connected remotely, or not there. */
export const PresenceSchema = z.enum(['room', 'remote', 'absent']);

export const RollCallEntrySchema = z.object({
  memberId: IdSchema,
  presence: PresenceSchema,
  /** Who sits for the member at this meeting (defaults to the member's representative). */
  representative: RepresentativeSchema,
});

export const ParticipantAttendanceSchema = z.object({
  participantId: IdSchema,
  present: z.boolean(),
});

export const AttachmentSchema = z.object({
  id: IdSchema,
  /** As cited in the heading: "All.1". */
  label: shortText('Sigla allegato', 30),
  title: optionalText('Titolo allegato', 300).default(''),
  /** The stored file; none for an attachment cited by label only (kept on paper), as in files made before. */
  file: AttachmentFileSchema.optional(),
});

/** Who speaks: a member's representative, a participant or guest, or an officer not sitting for a member. */
export const SpeakerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('member'), memberId: IdSchema }),
  z.object({ kind: z.literal('participant'), participantId: IdSchema }),
  z.object({ kind: z.literal('minuteTaker') }),
]);

export const StatementSchema = z.object({
  id: IdSchema,
  type: z.literal('statement'),
  speaker: SpeakerSchema,
  text: longText('Testo dell\'intervento', 50_000),
});

export const MovementKindSchema = z.enum(['arrival', 'departure', 'temporaryExit', 'return']);

export const MovementSchema = z.object({
  id: IdSchema,
  type: z.literal('movement'),
  memberId: IdSchema,
  movement: MovementKindSchema,
  time: TimeSchema,
  /** For arrival and return: in the room or remotely. Ignored for departures. */
  mode: z.enum(['room', 'remote']).default('room'),
  /** Who arrives for the member, when not the roll call's representative (arrival only). */
  representative: RepresentativeSchema.nullable().default(null),
  /** Optional reason, e.g. "per conflitto di interessi". */
  reason: optionalText('Motivo', 300).default(''),
});

export const DecisionKindSchema = z.enum([
  /** A vote: approvato / respinto. */
  'vote',
  /** Presa d'atto with a vote. */
  'notedWithVote',
  /** Presa d'atto without a vote. */
  'noted',
  /** "Non è oggetto di votazione": only the discussion is recorded. */
  'noVote',
]);

export const DecisionSchema = z.object({
  id: IdSchema,
  type: z.literal('decision'),
  kind: DecisionKindSchema,
  /** What is decided, completing "approva ..." / "prende atto ...": "il verbale della seduta del 5 marzo 2025". */
  subject: longText('Oggetto della decisione', 5_000),
  /** A second vote for immediata eseguibilità of the preceding decision. */
  immediateEffect: z.boolean().default(false),
  unanimous: z.boolean().default(false),
  /** As the president announces it; for unanimity, everyone present (shared/rules/tally.ts fillUnanimity). */
  favourable: z.number().int().min(0).default(0),
  /** Who voted against, abstained, was present but did not vote: these lists are the counts (voteCounts). */
  againstMemberIds: z.array(IdSchema).default([]),
  abstainedMemberIds: z.array(IdSchema).default([]),
  notVotingMemberIds: z.array(IdSchema).default([]),
});

export const NoteSchema = z.object({
  id: IdSchema,
  type: z.literal('note'),
  text: longText('Testo della nota', 50_000),
});

export const TimelineEntrySchema = z.discriminatedUnion('type', [
  StatementSchema,
  MovementSchema,
  DecisionSchema,
  NoteSchema,
  ContributionSchema,
  AgreementSchema,
  DivergenceSchema,
  CommitmentSchema,
  WrittenContributionSchema,
]);

export const AgendaItemSchema = z.object({
  id: IdSchema,
  title: shortText('Titolo del punto', 1_000),
  attachments: z.array(AttachmentSchema).default([]),
  /** For "Approvazione verbale": the earlier meetings whose minutes are approved. */
  linkedMeetingIds: z.array(IdSchema).default([]),
  /** What happened under this item, in order. */
  entries: z.array(TimelineEntrySchema).default([]),
});

export const ModalitySchema = z.enum(['presence', 'online', 'mixed']);
export const ConvocationSchema = z.enum(['first', 'second']);
export const MeetingStatusSchema = z.enum(['draft', 'live', 'closed']);

const MeetingFieldsSchema = z.object({
  id: IdSchema,
  /** 1 for the original; each reopening after closing adds one. */
  revision: z.number().int().min(1),
  status: MeetingStatusSchema,
  /** The body as it was when the meeting was created: later edits to the body do not rewrite old minutes. */
  body: BodySchema,
  date: IsoDateSchema,
  /** null when the office does not state it: the verbale then says nothing of it. */
  startTime: TimeSchema.nullable().default(null),
  endTime: TimeSchema.nullable().default(null),
  modality: ModalitySchema,
  /** "presso la Sala consiliare del Comune di Ponte Nuovo" without "presso": "la Sala consiliare ...". */
  place: optionalText('Luogo', 300).default(''),
  /** null when not stated (the quorum then follows the first call's rule). */
  convocation: ConvocationSchema.nullable().default(null),
  president: OfficerSchema,
  minuteTaker: OfficerSchema,
  items: z.array(AgendaItemSchema).max(500),
  rollCall: z.array(RollCallEntrySchema),
  participantAttendance: z.array(ParticipantAttendanceSchema),
  /** Guests added during the meeting: participants without a vote who are not in the body. */
  guests: z.array(ParticipantSchema).default([]),
  currentItemId: IdSchema.nullable().default(null),
  /** What the public copy leaves out (shared/model/omissions.ts); none when absent, as in meetings made before. */
  omissions: OmissionsSchema.optional(),
  /** A tavolo's session: who of each organisation came, the next meeting (body kind 'tavolo' only). */
  tavoloSession: TavoloSessionSchema.optional(),
});

/** A meeting: its fields, and what must hold between them (shared/model/integrity.ts). */
export const MeetingSchema = MeetingFieldsSchema.superRefine((meeting, context) => {
  for (const issue of meetingIntegrityIssues(meeting)) context.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});

export type Presence = DeepReadonly<z.infer<typeof PresenceSchema>>;
export type RollCallEntry = DeepReadonly<z.infer<typeof RollCallEntrySchema>>;
export type ParticipantAttendance = DeepReadonly<z.infer<typeof ParticipantAttendanceSchema>>;
export type Attachment = DeepReadonly<z.infer<typeof AttachmentSchema>>;
export type Speaker = DeepReadonly<z.infer<typeof SpeakerSchema>>;
export type Statement = DeepReadonly<z.infer<typeof StatementSchema>>;
export type MovementKind = DeepReadonly<z.infer<typeof MovementKindSchema>>;
export type Movement = DeepReadonly<z.infer<typeof MovementSchema>>;
export type DecisionKind = DeepReadonly<z.infer<typeof DecisionKindSchema>>;
export type Decision = DeepReadonly<z.infer<typeof DecisionSchema>>;
export type Note = DeepReadonly<z.infer<typeof NoteSchema>>;
export type TimelineEntry = DeepReadonly<z.infer<typeof TimelineEntrySchema>>;
export type AgendaItem = DeepReadonly<z.infer<typeof AgendaItemSchema>>;
export type Modality = DeepReadonly<z.infer<typeof ModalitySchema>>;
export type Convocation = DeepReadonly<z.infer<typeof ConvocationSchema>>;
export type MeetingStatus = DeepReadonly<z.infer<typeof MeetingStatusSchema>>;
export type Meeting = DeepReadonly<z.infer<typeof MeetingSchema>>;

/**
 * A place in the timeline: before the entry at `entryIndex` of item `itemIndex`.
 * `entryIndex` equal to the item's entry count means "at the end of that item".
 */
export interface TimelinePosition {
  itemIndex: number;
  entryIndex: number;
}

import { z } from 'zod';
import type { DeepReadonly } from './readonly';
import { GenderSchema, IdSchema, IsoDateSchema, TimeSchema, optionalText, requiredLongText, shortText } from './primitives';

/**
 * A tavolo di co-programmazione (art. 55 D.Lgs 117/2017): organisations instead of members, no quorum, no vote.
 * The tavolo's standing facts live in the body profile (and so in each session's snapshot); what happened at one
 * session lives in the meeting (TavoloSessionSchema) and in its items, which are the session's topics.
 */

export const TavoloKindSchema = z.enum(['coProgrammazione', 'tecnico', 'tematico']);

/** The avviso the tavolo belongs to. */
export const ProcedureSchema = z.object({
  title: shortText('Titolo dell\'avviso', 300),
  /** Protocol or determination number: «Determinazione n. 112 del 10/02/2026». */
  reference: optionalText('Riferimento dell\'avviso', 200).default(''),
  date: IsoDateSchema,
  /** Who joins after this day takes part «con ruolo consultivo ma non operativo». */
  workStart: IsoDateSchema,
});

export const OrganisationCategorySchema = z.enum(['ets', 'comune', 'asstAts', 'sindacato', 'scuola', 'cooperativa', 'altro']);

export const OrganisationRoleSchema = z.enum(['operativo', 'consultivo']);

export const OrganisationRepresentativeSchema = z.object({
  id: IdSchema,
  honorific: optionalText('Titolo', 30).default(''),
  name: shortText('Nome del rappresentante', 120),
  role: optionalText('Ruolo del rappresentante', 120).default(''),
  gender: GenderSchema,
});

export const OrganisationSchema = z.object({
  id: IdSchema,
  name: shortText('Denominazione dell\'organizzazione', 200),
  category: OrganisationCategorySchema,
  /** Registro unico nazionale del Terzo settore: only an ETS has one. */
  runts: optionalText('Numero RUNTS', 40).default(''),
  representatives: z.array(OrganisationRepresentativeSchema).min(1, 'Almeno un rappresentante').max(20),
  joinedOn: IsoDateSchema,
  /** Only when the office changes what the join date gives (organisationRole). */
  roleOverride: OrganisationRoleSchema.optional(),
});

export const StaffFunctionSchema = z.enum(['responsabile', 'facilitatore', 'verbalizzante']);

/** The Ufficio di Piano's people at the tavolo. */
export const StaffMemberSchema = z.object({
  id: IdSchema,
  function: StaffFunctionSchema,
  honorific: optionalText('Titolo', 30).default(''),
  name: shortText('Nome', 120),
  gender: GenderSchema,
});

export const TavoloSchema = z.object({
  kind: TavoloKindSchema,
  procedure: ProcedureSchema,
  /** «Ambito territoriale di Valfonda». */
  ambito: shortText('Ambito', 200),
  organisations: z.array(OrganisationSchema).max(500),
  staff: z.array(StaffMemberSchema).max(20),
});

/** One person of an organisation at one session; an organisation with nobody here is absent. */
export const TavoloAttendanceSchema = z.object({
  organisationId: IdSchema,
  representativeId: IdSchema,
  mode: z.enum(['room', 'remote']),
  /** null: there from the opening. */
  arrivedAt: TimeSchema.nullable().default(null),
  /** null: there until the closing. */
  leftAt: TimeSchema.nullable().default(null),
});

export const NextMeetingSchema = z.object({
  date: IsoDateSchema,
  time: TimeSchema.nullable().default(null),
  place: optionalText('Luogo del prossimo incontro', 300).default(''),
});

export const TavoloSessionSchema = z.object({
  attendance: z.array(TavoloAttendanceSchema).max(2_000),
  nextMeeting: NextMeetingSchema.nullable().default(null),
  /** «Eventuali osservazioni entro N giorni» from sending the verbale. */
  observationDays: z.number().int('Giorni per le osservazioni: numero intero').min(1, 'Giorni per le osservazioni: almeno 1').max(60, 'Giorni per le osservazioni: al massimo 60'),
});

/** What an organisation's speaker says on the item's topic. */
export const ContributionSchema = z.object({
  id: IdSchema,
  type: z.literal('contribution'),
  organisationId: IdSchema,
  representativeId: IdSchema,
  text: requiredLongText('Testo del contributo', 50_000),
});

/** What the table agrees on. */
export const AgreementSchema = z.object({
  id: IdSchema,
  type: z.literal('agreement'),
  text: requiredLongText('Testo del punto condiviso', 20_000),
});

/** A view that departs from the others, with the organisations that hold it. */
export const DivergenceSchema = z.object({
  id: IdSchema,
  type: z.literal('divergence'),
  text: requiredLongText('Testo della posizione divergente', 20_000),
  organisationIds: z.array(IdSchema).min(1, 'Posizione divergente: indicare almeno un\'organizzazione').max(100),
});

export const CommitmentOwnerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('organisation'), organisationId: IdSchema }),
  z.object({ kind: z.literal('staff'), staffId: IdSchema }),
]);

/** A next step: who, what, by when. */
export const CommitmentSchema = z.object({
  id: IdSchema,
  type: z.literal('commitment'),
  owner: CommitmentOwnerSchema,
  what: requiredLongText('Impegno', 5_000),
  due: IsoDateSchema.nullable().default(null),
});

/** A written contribution an organisation sent, optionally one of the item's attachments. */
export const WrittenContributionSchema = z.object({
  id: IdSchema,
  type: z.literal('writtenContribution'),
  organisationId: IdSchema,
  title: shortText('Titolo del contributo scritto', 300),
  attachmentId: IdSchema.nullable().default(null),
});

export const TAVOLO_ENTRY_TYPES = ['contribution', 'agreement', 'divergence', 'commitment', 'writtenContribution'] as const;

export type TavoloKind = DeepReadonly<z.infer<typeof TavoloKindSchema>>;
export type Procedure = DeepReadonly<z.infer<typeof ProcedureSchema>>;
export type OrganisationCategory = DeepReadonly<z.infer<typeof OrganisationCategorySchema>>;
export type OrganisationRole = DeepReadonly<z.infer<typeof OrganisationRoleSchema>>;
export type OrganisationRepresentative = DeepReadonly<z.infer<typeof OrganisationRepresentativeSchema>>;
export type Organisation = DeepReadonly<z.infer<typeof OrganisationSchema>>;
export type StaffMember = DeepReadonly<z.infer<typeof StaffMemberSchema>>;
export type Tavolo = DeepReadonly<z.infer<typeof TavoloSchema>>;
export type TavoloAttendance = DeepReadonly<z.infer<typeof TavoloAttendanceSchema>>;
export type NextMeeting = DeepReadonly<z.infer<typeof NextMeetingSchema>>;
export type TavoloSession = DeepReadonly<z.infer<typeof TavoloSessionSchema>>;
export type Contribution = DeepReadonly<z.infer<typeof ContributionSchema>>;
export type Agreement = DeepReadonly<z.infer<typeof AgreementSchema>>;
export type Divergence = DeepReadonly<z.infer<typeof DivergenceSchema>>;
export type CommitmentOwner = DeepReadonly<z.infer<typeof CommitmentOwnerSchema>>;
export type Commitment = DeepReadonly<z.infer<typeof CommitmentSchema>>;
export type WrittenContribution = DeepReadonly<z.infer<typeof WrittenContributionSchema>>;
export type TavoloEntry = Contribution | Agreement | Divergence | Commitment | WrittenContribution;

/** Operativo when it joined by the start of the work, consultivo after it, unless the office said otherwise. */
export function organisationRole(organisation: Organisation, procedure: Procedure): OrganisationRole {
  return organisation.roleOverride ?? (organisation.joinedOn <= procedure.workStart ? 'operativo' : 'consultivo');
}

export function isTavoloEntry<E extends { type: string }>(entry: E): entry is Extract<E, TavoloEntry> {
  return (TAVOLO_ENTRY_TYPES as readonly string[]).includes(entry.type);
}

import { z } from 'zod';
import type { DeepReadonly } from './readonly';
import { LetterheadSchema } from './letterhead';
import { TavoloSchema } from './tavolo';
import { STANDARD_STYLE } from '../style/presets';
import { VerbaleStyleSchema } from '../style/schema';
import { GenderSchema, IdSchema, IsoDateSchema, optionalText, shortText } from './primitives';

/** A title written before a name, never inside it («Sig.», «Dott.ssa»): the name stays the person's link. */
const HonorificSchema = optionalText('Titolo', 30).optional();

/** The person who sits for a member (Sindaco, or a delegate). */
export const RepresentativeSchema = z.object({
  honorific: HonorificSchema,
  name: shortText('Nome del rappresentante', 120),
  /** Role as the minutes print it, lowercase unless a title: "Sindaco", "consigliere", "Assessore". */
  role: shortText('Ruolo del rappresentante', 80),
  gender: GenderSchema,
  /** Reference of a written delega (protocol number, date), when any. */
  delegation: optionalText('Delega', 200).default(''),
});

export const MemberSchema = z.object({
  id: IdSchema,
  /** Numbered place in the roll: 1, 2, 3 ... */
  seat: z.number().int('Numero d\'ordine: intero').min(1, 'Numero d\'ordine: almeno 1').max(999),
  /** "Comune di Ponte Nuovo", "Comunità Montana Alta Valle". */
  entity: shortText('Ente', 160),
  /** Grammatical gender of the entity name, for "del Comune" / "della Comunità". */
  entityGender: GenderSchema.default('m'),
  population: z.number().int('Popolazione: numero intero').min(0, 'Popolazione: non può essere negativa').max(100_000_000),
  populationDate: IsoDateSchema,
  representative: RepresentativeSchema,
});

/** Participants without a vote: office staff, officials, guests. */
export const ParticipantSchema = z.object({
  id: IdSchema,
  honorific: optionalText('Titolo', 30).default(''),
  name: shortText('Nome', 120),
  role: optionalText('Ruolo', 120).default(''),
  organisation: optionalText('Ente o organizzazione', 160).default(''),
  gender: GenderSchema,
});

export const OfficerSchema = z.object({
  honorific: HonorificSchema,
  name: shortText('Nome', 120),
  role: optionalText('Ruolo', 120).default(''),
  gender: GenderSchema,
  /** The member the officer also sits for (Presidente and Vicepresidente do). */
  memberId: IdSchema.nullable().default(null),
  /** The body's participant the officer is (a minute-taker often is one): one person, one speaker. */
  participantId: IdSchema.optional(),
});

export const HeadQuorumSchema = z.discriminatedUnion('kind', [
  /** No head-count condition (population only, or none). */
  z.object({ kind: z.literal('none') }),
  /** Any number of members present (at least one). */
  z.object({ kind: z.literal('any') }),
  /** "metà più uno dei componenti": floor(N/2)+1. */
  z.object({ kind: z.literal('halfPlusOne') }),
  /** At least ceil(N × numerator / denominator): one third is 1/3. */
  z.object({
    kind: z.literal('fraction'),
    numerator: z.number().int().min(1),
    denominator: z.number().int().min(1),
  }),
]);

export const PopulationQuorumSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  /** Population present must be more than `percent`% of the total (strict). */
  z.object({ kind: z.literal('moreThan'), percent: z.number().min(0).max(100) }),
  /** Population present must be at least `percent`% of the total. */
  z.object({ kind: z.literal('atLeast'), percent: z.number().min(0).max(100) }),
]);

/** One convocation's validity rule. Both conditions must hold when both are set (double quorum). */
export const QuorumThresholdSchema = z.object({
  heads: HeadQuorumSchema,
  population: PopulationQuorumSchema,
});

export const QuorumRuleSchema = z.object({
  firstCall: QuorumThresholdSchema,
  secondCall: QuorumThresholdSchema,
  /** Whether members present remotely count towards the quorum. */
  remoteCounts: z.boolean(),
  /** Whether the verbale states the quorum at the opening ("presenti 13 su 19"). */
  recordInMinutes: z.boolean(),
});

export const MajorityKindSchema = z.discriminatedUnion('kind', [
  /** More favorevoli than contrari. */
  z.object({ kind: z.literal('simple') }),
  /** More than half of the base: floor(base/2)+1. */
  z.object({ kind: z.literal('absolute') }),
  /** At least ceil(base × numerator / denominator), e.g. two thirds. */
  z.object({
    kind: z.literal('qualified'),
    numerator: z.number().int().min(1),
    denominator: z.number().int().min(1),
  }),
]);

export const MajorityRuleSchema = z.object({
  majority: MajorityKindSchema,
  /**
   * The base of absolute and qualified majorities:
   * 'present' = all members present at the vote; 'voting' = those who cast a vote.
   */
  base: z.enum(['present', 'voting']),
  /** With base 'voting': whether astenuti count among those voting (common rule: no). */
  abstentionsInBase: z.boolean(),
  /** Count heads, population, or both (double majority). */
  weighting: z.enum(['heads', 'population', 'double']),
});

export const BodyRulesSchema = z.object({
  quorum: QuorumRuleSchema,
  majority: MajorityRuleSchema,
  /** Tavoli di co-programmazione usually do not vote. */
  votes: z.boolean(),
  /** Whether the body's rules allow remote participation. */
  remoteAllowed: z.boolean(),
});

export const LogoSchema = z.object({
  mimeType: z.enum(['image/png', 'image/jpeg']),
  /** Base64 of the image bytes; 2 MB at most. */
  base64: z.string().min(1).max(2_800_000, 'Logo troppo grande: massimo 2 MB'),
});

export const BodyKindSchema = z.enum(['assemblea', 'consiglio', 'collegio', 'tavolo']);

export const BodyProfileSchema = z.object({
  /** Full name, printed as the title: "Assemblea dei Sindaci del Piano di Zona ...". */
  name: shortText('Denominazione', 300),
  /** Grammatical gender of the name, for "l'Assemblea" / "il Consiglio". */
  gender: GenderSchema,
  kind: BodyKindSchema,
  president: OfficerSchema,
  vicePresident: OfficerSchema.nullable().default(null),
  minuteTaker: OfficerSchema,
  rules: BodyRulesSchema,
  logo: LogoSchema.nullable().default(null),
  /** Absent in bodies and meetings stored before letterheads existed: read as NO_LETTERHEAD. */
  letterhead: LetterheadSchema.optional(),
  /** How the verbale reads (shared/style); copied with the body into each meeting, so old minutes never change. */
  style: VerbaleStyleSchema.default(STANDARD_STYLE as z.output<typeof VerbaleStyleSchema>),
  /** A tavolo's avviso, ambito, organisations and staff (kind 'tavolo' only). */
  tavolo: TavoloSchema.optional(),
});

export const BodySchema = BodyProfileSchema.extend({
  id: IdSchema,
  members: z.array(MemberSchema).max(500),
  participants: z.array(ParticipantSchema).max(500),
});

export type Representative = DeepReadonly<z.infer<typeof RepresentativeSchema>>;
export type Member = DeepReadonly<z.infer<typeof MemberSchema>>;
export type Participant = DeepReadonly<z.infer<typeof ParticipantSchema>>;
export type Officer = DeepReadonly<z.infer<typeof OfficerSchema>>;
export type HeadQuorum = DeepReadonly<z.infer<typeof HeadQuorumSchema>>;
export type PopulationQuorum = DeepReadonly<z.infer<typeof PopulationQuorumSchema>>;
export type QuorumThreshold = DeepReadonly<z.infer<typeof QuorumThresholdSchema>>;
export type QuorumRule = DeepReadonly<z.infer<typeof QuorumRuleSchema>>;
export type MajorityKind = DeepReadonly<z.infer<typeof MajorityKindSchema>>;
export type MajorityRule = DeepReadonly<z.infer<typeof MajorityRuleSchema>>;
export type BodyRules = DeepReadonly<z.infer<typeof BodyRulesSchema>>;
export type BodyKind = DeepReadonly<z.infer<typeof BodyKindSchema>>;
export type BodyProfile = DeepReadonly<z.infer<typeof BodyProfileSchema>>;
export type Body = DeepReadonly<z.infer<typeof BodySchema>>;
export type Logo = DeepReadonly<z.infer<typeof LogoSchema>>;

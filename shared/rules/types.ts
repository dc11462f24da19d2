import type { Presence, Representative, TimelinePosition } from '../model';

/** One member's state at a moment of the meeting. */
export interface MemberPresence {
  memberId: string;
  presence: Presence;
  /** The person sitting for the member at that moment. */
  representative: Representative;
}

/** Who is there at a position of the timeline. */
export interface PresenceSnapshot {
  position: TimelinePosition;
  members: MemberPresence[];
  /** Ids of members present (room or remote), in seat order. */
  presentIds: string[];
  inRoom: number;
  remote: number;
  absent: number;
}

/** A movement that contradicts the state it applies to (arrival of someone present ...). */
export interface PresenceProblem {
  code: 'ARRIVAL_OF_PRESENT' | 'DEPARTURE_OF_ABSENT' | 'RETURN_WITHOUT_EXIT' | 'UNKNOWN_MEMBER';
  entryId: string;
  memberId: string;
  message: string;
}

export interface QuorumResult {
  holds: boolean;
  /** Members counted (remote included only when the rule says so). */
  headsPresent: number;
  headsTotal: number;
  /** Heads needed, or null when the rule has no head condition. */
  headsRequired: number | null;
  populationPresent: number;
  populationTotal: number;
  /** Population needed (the smallest integer satisfying the rule), or null. */
  populationRequired: number | null;
  /** Share of population present, 0..100. */
  populationPercent: number;
  /** Plain Italian statement of the rule: "metà più uno dei componenti (10 su 19)". */
  ruleText: string;
  /** What is missing, in Italian: ["mancano 2 componenti", "manca il 3,4% della popolazione"]; empty when it holds. */
  missing: string[];
}

export type TallyProblemCode =
  | 'NOT_A_VOTE'
  | 'COUNTS_DO_NOT_ADD_UP'
  | 'MEMBER_NOT_PRESENT'
  | 'MEMBER_NAMED_TWICE'
  | 'UNKNOWN_MEMBER'
  | 'UNANIMITY_WITH_DISSENT'
  | 'NO_VOTERS'
  | 'VOTES_NOT_ALLOWED'
  /** Added by checkMeeting: a vote taken while the quorum does not hold. */
  | 'QUORUM_NOT_MET';

export interface TallyProblem {
  code: TallyProblemCode;
  /** Italian, specific: "I voti (12) non corrispondono ai presenti (13)". */
  message: string;
}

export type OutcomeKind = 'approved' | 'rejected' | 'tie' | 'noted' | 'none';

/** How a majority was reckoned in one dimension (heads or population). */
export interface MajorityReckoning {
  dimension: 'heads' | 'population';
  favourable: number;
  against: number;
  /** The base of the majority (null for simple majority). */
  base: number | null;
  /** Favorevoli needed (for simple majority: against + 1). */
  threshold: number;
  passed: boolean;
  /** "più della metà di 13 (7)", "due terzi di 9 (6)", "più voti favorevoli che contrari". */
  text: string;
}

export interface OutcomeResult {
  outcome: OutcomeKind;
  reckonings: MajorityReckoning[];
}

/** A decision checked against presence and the body's rules. */
export interface DecisionCheck {
  itemIndex: number;
  entryIndex: number;
  decisionId: string;
  presence: PresenceSnapshot;
  quorum: QuorumResult;
  problems: TallyProblem[];
  outcome: OutcomeResult;
}

export interface MeetingCheckProblem {
  code: string;
  message: string;
  itemIndex?: number;
  entryId?: string;
}

/** Everything wrong with a meeting, and every decision's check: `ok` is false when anything is wrong. */
export interface MeetingCheck {
  ok: boolean;
  decisions: DecisionCheck[];
  problems: MeetingCheckProblem[];
}

/**
 * A meeting's check as the meeting view carries it after every action: the problems and each decision's outcome (what
 * the timeline and the chair display show), by decision id; 4 KB on the 2,000-entry stress meeting, where the whole
 * check without presence snapshots was 98 KB. `meetings.check` gives the full MeetingCheck.
 */
export interface MeetingCheckSummary {
  ok: boolean;
  problems: MeetingCheckProblem[];
  outcomes: Record<string, OutcomeKind>;
}

import type { Decision, DecisionKind, Meeting } from '../model';
import type { PresenceSnapshot, TallyProblem, TallyProblemCode } from './types';

/** A vote's counts: favourable as announced, the others the lengths of the named lists (which are the truth). */
export interface VoteCounts {
  favourable: number;
  against: number;
  abstained: number;
  notVoting: number;
}

export type CountedDecision = Pick<Decision, 'favourable' | 'againstMemberIds' | 'abstainedMemberIds' | 'notVotingMemberIds'>;

export function voteCounts(decision: CountedDecision): VoteCounts {
  return {
    favourable: decision.favourable,
    against: decision.againstMemberIds.length,
    abstained: decision.abstainedMemberIds.length,
    notVoting: decision.notVotingMemberIds.length,
  };
}

/** Kinds that carry a vote (and so counts). */
export function isVotedKind(kind: DecisionKind): boolean {
  return kind === 'vote' || kind === 'notedWithVote';
}

type NamedList = 'against' | 'abstained' | 'notVoting';

const AMONG: Record<NamedList, string> = {
  against: 'tra i contrari',
  abstained: 'tra gli astenuti',
  notVoting: 'tra i non votanti',
};

function namedIds(decision: Decision, list: NamedList): readonly string[] {
  if (list === 'against') return decision.againstMemberIds;
  if (list === 'abstained') return decision.abstainedMemberIds;
  return decision.notVotingMemberIds;
}

function hasAnyVote(decision: Decision): boolean {
  return decision.unanimous || decision.favourable > 0 || hasNamedDissent(decision);
}

/** Every way the decision's tally contradicts the members present at that moment or the body's rules. */
export function validateDecision(meeting: Meeting, decision: Decision, snapshot: PresenceSnapshot): TallyProblem[] {
  const problems: TallyProblem[] = [];
  const add = (code: TallyProblemCode, message: string) => problems.push({ code, message });

  if (!isVotedKind(decision.kind)) {
    if (hasAnyVote(decision)) {
      const what = decision.kind === 'noted' ? "Una presa d'atto senza votazione" : 'Un punto non oggetto di votazione';
      add('NOT_A_VOTE', `${what} non può avere voti, unanimità o componenti indicati per nome.`);
    }
    return problems;
  }
  if (!meeting.body.rules.votes) {
    add('VOTES_NOT_ALLOWED', "Questo organo non vota: registrare una presa d'atto senza votazione o un punto senza votazione.");
    return problems;
  }

  const present = snapshot.presentIds.length;
  const presentSet = new Set(snapshot.presentIds);
  const memberOf = new Map(meeting.body.members.map((member) => [member.id, member]));
  const counts = voteCounts(decision);

  if (decision.unanimous) {
    if (hasNamedDissent(decision)) {
      add('UNANIMITY_WITH_DISSENT', "Un voto all'unanimità non può avere contrari, astenuti o non votanti.");
    }
    if (decision.favourable !== present) {
      add('COUNTS_DO_NOT_ADD_UP', `All'unanimità i voti favorevoli (${decision.favourable}) devono essere pari ai presenti (${present}).`);
    }
  } else {
    const expressed = counts.favourable + counts.against + counts.abstained + counts.notVoting;
    if (expressed !== present) {
      add('COUNTS_DO_NOT_ADD_UP', `I voti espressi (${expressed}) non corrispondono ai presenti (${present}).`);
    }
  }

  const seen = new Map<string, NamedList>();
  for (const list of ['against', 'abstained', 'notVoting'] as const) {
    for (const id of namedIds(decision, list)) {
      const member = memberOf.get(id);
      if (member === undefined) {
        add('UNKNOWN_MEMBER', `Il componente «${id}» indicato ${AMONG[list]} non appartiene all'organo.`);
        continue;
      }
      const earlier = seen.get(id);
      if (earlier !== undefined) {
        const where = earlier === list ? `due volte ${AMONG[list]}` : `${AMONG[earlier]} e ${AMONG[list]}`;
        add('MEMBER_NAMED_TWICE', `${member.entity} è ${indicated(member.entityGender)} ${where}.`);
        continue;
      }
      seen.set(id, list);
      if (!presentSet.has(id)) {
        add('MEMBER_NOT_PRESENT', `${member.entity} è ${indicated(member.entityGender)} ${AMONG[list]} ma non è presente.`);
      }
    }
  }

  if (present === 0) {
    add('NO_VOTERS', 'Nessun componente è presente: non si può votare.');
  } else if (counts.favourable + counts.against + counts.abstained === 0 && !decision.unanimous) {
    add('NO_VOTERS', 'Nessun componente ha partecipato al voto.');
  }
  return problems;
}

function indicated(gender: 'm' | 'f'): string {
  return gender === 'f' ? 'indicata' : 'indicato';
}

function hasNamedDissent(decision: Decision): boolean {
  return decision.againstMemberIds.length + decision.abstainedMemberIds.length + decision.notVotingMemberIds.length > 0;
}

/** The decision as a unanimous vote of everyone present in `snapshot` (kinds without a vote are returned unchanged). */
export function fillUnanimity(decision: Decision, snapshot: PresenceSnapshot): Decision {
  if (!isVotedKind(decision.kind)) return decision;
  return {
    ...decision,
    unanimous: true,
    favourable: snapshot.presentIds.length,
    againstMemberIds: [],
    abstainedMemberIds: [],
    notVotingMemberIds: [],
  };
}

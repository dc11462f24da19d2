import type { Decision, MajorityRule, Meeting } from '../model';
import { ceilFraction, halfPlusOne } from './quorum';
import { fillUnanimity, voteCounts } from './tally';
import type { MajorityReckoning, OutcomeKind, OutcomeResult, PresenceSnapshot } from './types';
import { formatInteger } from '../phrasing/format';
import { fractionWords } from './words';

/** The figures of one dimension (heads or population) of a vote. */
interface Figures {
  favourable: number;
  against: number;
  abstained: number;
  present: number;
}

function headFigures(decision: Decision, snapshot: PresenceSnapshot): Figures {
  const { favourable, against, abstained } = voteCounts(decision);
  return { favourable, against, abstained, present: snapshot.presentIds.length };
}

/** Population of present members; favorevoli are the present voters not named against, abstaining or not voting. */
function populationFigures(meeting: Meeting, decision: Decision, snapshot: PresenceSnapshot): Figures {
  const populationOf = new Map(meeting.body.members.map((member) => [member.id, member.population]));
  const present = new Set(snapshot.presentIds);
  const sum = (ids: Iterable<string>) => [...ids].reduce((total, id) => total + (present.has(id) ? (populationOf.get(id) ?? 0) : 0), 0);
  const named = new Set([...decision.againstMemberIds, ...decision.abstainedMemberIds, ...decision.notVotingMemberIds]);
  return {
    favourable: sum(snapshot.presentIds.filter((id) => !named.has(id))),
    against: sum(new Set(decision.againstMemberIds)),
    abstained: sum(new Set(decision.abstainedMemberIds)),
    present: sum(present),
  };
}

function reckon(rule: MajorityRule, dimension: 'heads' | 'population', figures: Figures): MajorityReckoning {
  const unit = (value: number) => (dimension === 'heads' ? formatInteger(value) : `${formatInteger(value)} abitanti`);
  const common = { dimension, favourable: figures.favourable, against: figures.against };
  const majority = rule.majority;

  if (majority.kind === 'simple') {
    const text = dimension === 'heads' ? 'più voti favorevoli che contrari' : 'più popolazione favorevole che contraria';
    return { ...common, base: null, threshold: figures.against + 1, passed: figures.favourable > figures.against, text };
  }

  const base =
    rule.base === 'present'
      ? figures.present
      : figures.favourable + figures.against + (rule.abstentionsInBase ? figures.abstained : 0);
  const threshold = majority.kind === 'absolute' ? halfPlusOne(base) : ceilFraction(base, majority.numerator, majority.denominator);
  const share = majority.kind === 'absolute' ? 'più della metà' : fractionWords(majority.numerator, majority.denominator);
  return {
    ...common,
    base,
    threshold,
    passed: figures.favourable >= threshold,
    text: `${share} di ${unit(base)} (${formatInteger(threshold)})`,
  };
}

function isTie(reckoning: MajorityReckoning, rule: MajorityRule): boolean {
  return rule.majority.kind === 'simple' && reckoning.favourable === reckoning.against && reckoning.favourable > 0;
}

/**
 * Approved or rejected by the body's majority rule, with every reckoning (heads, population or both).
 * 'tie' = respinto per parità (simple majority, as many favorevoli as contrari).
 */
export function decisionOutcome(meeting: Meeting, decision: Decision, snapshot: PresenceSnapshot): OutcomeResult {
  if (decision.kind === 'noted') return { outcome: 'noted', reckonings: [] };
  if (decision.kind === 'noVote') return { outcome: 'none', reckonings: [] };

  const rule = meeting.body.rules.majority;
  const counted = decision.unanimous ? fillUnanimity(decision, snapshot) : decision;
  const reckonings: MajorityReckoning[] = [];
  if (rule.weighting !== 'population') reckonings.push(reckon(rule, 'heads', headFigures(counted, snapshot)));
  if (rule.weighting !== 'heads') reckonings.push(reckon(rule, 'population', populationFigures(meeting, counted, snapshot)));

  const failed = reckonings.filter((reckoning) => !reckoning.passed);
  let outcome: OutcomeKind = 'approved';
  if (failed.length > 0) outcome = failed.every((reckoning) => isTie(reckoning, rule)) ? 'tie' : 'rejected';
  return { outcome, reckonings };
}

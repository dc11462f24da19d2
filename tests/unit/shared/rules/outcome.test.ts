import { describe, expect, it } from 'vitest';
import type { MajorityRule } from '../../../../shared/model';
import { decisionOutcome, presenceAt } from '../../../../shared/rules';
import { decision, makeMeeting, memberId, type MeetingOptions } from './fixtures';

/** Outcome of a vote where all members are present. `against`/`abstained`/`notVoting` are member indexes. */
function outcomeOf(
  options: MeetingOptions,
  tally: { against?: number[]; abstained?: number[]; notVoting?: number[]; unanimous?: boolean; kind?: 'vote' | 'notedWithVote' | 'noted' | 'noVote' },
) {
  const meeting = makeMeeting(options);
  const snapshot = presenceAt(meeting, { itemIndex: 0, entryIndex: 0 });
  const ids = (indexes: number[] = []) => indexes.map(memberId);
  const present = snapshot.presentIds.length;
  const named = (tally.against?.length ?? 0) + (tally.abstained?.length ?? 0) + (tally.notVoting?.length ?? 0);
  const d = decision({
    kind: tally.kind ?? 'vote',
    unanimous: tally.unanimous ?? false,
    favourable: tally.unanimous ? 0 : present - named,
    againstMemberIds: ids(tally.against),
    abstainedMemberIds: ids(tally.abstained),
    notVotingMemberIds: ids(tally.notVoting),
  });
  return decisionOutcome(meeting, d, snapshot);
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
const rule = (fields: Partial<MajorityRule>): Partial<MajorityRule> => fields;

describe('simple majority', () => {
  it('approves with more favorevoli than contrari, abstentions aside', () => {
    // 13 present: 5 favourable, 2 against, 6 abstained.
    const result = outcomeOf({ count: 13 }, { against: [0, 1], abstained: range(2, 8) });
    expect(result.outcome).toBe('approved');
    expect(result.reckonings).toEqual([
      { dimension: 'heads', favourable: 5, against: 2, base: null, threshold: 3, passed: true, text: 'più voti favorevoli che contrari' },
    ]);
  });

  it('a tie is respinto per parità; all abstaining is rejected, not a tie', () => {
    expect(outcomeOf({ count: 6 }, { against: [0, 1, 2] }).outcome).toBe('tie');
    expect(outcomeOf({ count: 7 }, { against: [0, 1, 2], abstained: [3] }).outcome).toBe('tie');
    expect(outcomeOf({ count: 3 }, { abstained: [0, 1, 2] }).outcome).toBe('rejected');
    expect(outcomeOf({ count: 5 }, { against: [0, 1, 2] }).outcome).toBe('rejected');
  });

  it('unanimity counts every member present in favour', () => {
    const result = outcomeOf({ count: 4, roll: { m04: 'absent' } }, { unanimous: true });
    expect(result.outcome).toBe('approved');
    expect(result.reckonings[0]?.favourable).toBe(3);
  });
});

describe('absolute majority', () => {
  it('more than half of 13 is 7 (base: present, including those not voting)', () => {
    const options = { count: 13, majority: rule({ majority: { kind: 'absolute' }, base: 'present' }) };
    // 7 favourable, 3 against, 2 abstained, 1 not voting.
    const pass = outcomeOf(options, { against: [0, 1, 2], abstained: [3, 4], notVoting: [5] });
    expect(pass.outcome).toBe('approved');
    expect(pass.reckonings[0]).toMatchObject({ base: 13, threshold: 7, text: 'più della metà di 13 (7)' });
    // 6 favourable: rejected, although far more than the 3 contrari.
    const fail = outcomeOf(options, { against: [0, 1, 2], abstained: [3, 4, 6], notVoting: [5] });
    expect(fail.outcome).toBe('rejected');
  });

  it('base voting leaves abstentions out unless abstentionsInBase', () => {
    // 10 present: 4 favourable, 2 against, 4 abstained.
    const tally = { against: [0, 1], abstained: [2, 3, 4, 5] };
    const without = outcomeOf({ count: 10, majority: rule({ majority: { kind: 'absolute' }, base: 'voting', abstentionsInBase: false }) }, tally);
    expect(without.reckonings[0]).toMatchObject({ base: 6, threshold: 4, passed: true, text: 'più della metà di 6 (4)' });
    expect(without.outcome).toBe('approved');
    const withAbstentions = outcomeOf({ count: 10, majority: rule({ majority: { kind: 'absolute' }, base: 'voting', abstentionsInBase: true }) }, tally);
    expect(withAbstentions.reckonings[0]).toMatchObject({ base: 10, threshold: 6, passed: false });
    expect(withAbstentions.outcome).toBe('rejected');
  });

  it('half exactly is not a majority (6 of 12)', () => {
    const result = outcomeOf({ count: 12, majority: rule({ majority: { kind: 'absolute' }, base: 'present' }) }, { abstained: range(0, 6) });
    expect(result.reckonings[0]).toMatchObject({ favourable: 6, threshold: 7, passed: false });
  });
});

describe('qualified majority', () => {
  const twoThirds = rule({ majority: { kind: 'qualified', numerator: 2, denominator: 3 }, base: 'present' });
  it('two thirds of 9 is 6', () => {
    const pass = outcomeOf({ count: 9, majority: twoThirds }, { against: [0, 1, 2] });
    expect(pass.reckonings[0]).toMatchObject({ base: 9, threshold: 6, favourable: 6, passed: true, text: 'due terzi di 9 (6)' });
    expect(outcomeOf({ count: 9, majority: twoThirds }, { against: [0, 1, 2, 3] }).outcome).toBe('rejected');
  });
  it('two thirds of 10 is 7 (rounded up)', () => {
    expect(outcomeOf({ count: 10, majority: twoThirds }, { against: [0, 1, 2, 3] }).reckonings[0]).toMatchObject({ threshold: 7, passed: false });
  });
});

describe('population weighting', () => {
  // One city of 20.000 against four towns of 1.000.
  const populations = [20_000, 1000, 1000, 1000, 1000];

  it('heads and population can disagree: the double majority needs both', () => {
    const heads = outcomeOf({ populations, majority: rule({ weighting: 'heads' }) }, { against: [0] });
    expect(heads.outcome).toBe('approved');
    const population = outcomeOf({ populations, majority: rule({ weighting: 'population' }) }, { against: [0] });
    expect(population.outcome).toBe('rejected');
    expect(population.reckonings).toEqual([
      { dimension: 'population', favourable: 4000, against: 20_000, base: null, threshold: 20_001, passed: false, text: 'più popolazione favorevole che contraria' },
    ]);
    const double = outcomeOf({ populations, majority: rule({ weighting: 'double' }) }, { against: [0] });
    expect(double.outcome).toBe('rejected');
    expect(double.reckonings.map((r) => [r.dimension, r.passed])).toEqual([
      ['heads', true],
      ['population', false],
    ]);
  });

  it('absolute majority of the population present: more than half of 24.000 is 12.001', () => {
    const options = { populations, majority: rule({ majority: { kind: 'absolute' }, base: 'present', weighting: 'population' }) };
    const result = outcomeOf(options, { abstained: [1, 2, 3, 4] });
    expect(result.reckonings[0]).toMatchObject({
      favourable: 20_000,
      base: 24_000,
      threshold: 12_001,
      passed: true,
      text: 'più della metà di 24.000 abitanti (12.001)',
    });
  });

  it('population of members not voting is out of the favorevoli', () => {
    const result = outcomeOf({ populations, majority: rule({ weighting: 'population' }) }, { notVoting: [0], against: [1] });
    expect(result.reckonings[0]).toMatchObject({ favourable: 3000, against: 1000, passed: true });
  });
});

describe('decisions without a vote', () => {
  it('presa d\u2019atto is noted, no vote is none, presa d\u2019atto with vote is reckoned like a vote', () => {
    expect(outcomeOf({ count: 3 }, { kind: 'noted' })).toEqual({ outcome: 'noted', reckonings: [] });
    expect(outcomeOf({ count: 3 }, { kind: 'noVote' })).toEqual({ outcome: 'none', reckonings: [] });
    expect(outcomeOf({ count: 3 }, { kind: 'notedWithVote', unanimous: true }).outcome).toBe('approved');
    expect(outcomeOf({ count: 3 }, { kind: 'notedWithVote', against: [0, 1] }).outcome).toBe('rejected');
  });
});

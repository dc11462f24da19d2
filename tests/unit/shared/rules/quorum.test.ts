import { describe, expect, it } from 'vitest';
import type { QuorumThreshold } from '../../../../shared/model';
import { evaluateQuorum, presenceAt } from '../../../../shared/rules';
import { makeMeeting, memberId, type MeetingOptions } from './fixtures';

/** Quorum at the opening with the first `present` members in the room and the rest absent. */
function quorumWith(present: number, options: MeetingOptions) {
  const count = options.populations?.length ?? options.count ?? 5;
  const roll = Object.fromEntries(Array.from({ length: count }, (_, i) => [memberId(i), i < present ? 'room' : 'absent'] as const));
  const meeting = makeMeeting({ ...options, roll: { ...roll, ...options.roll } });
  return evaluateQuorum(meeting, presenceAt(meeting, { itemIndex: 0, entryIndex: 0 }));
}

const heads = (kind: QuorumThreshold['heads']): QuorumThreshold => ({ heads: kind, population: { kind: 'none' } });

describe('head-count quorum', () => {
  it('metà più uno of 19 is 10, of 20 is 11', () => {
    expect(quorumWith(10, { count: 19 })).toMatchObject({ holds: true, headsRequired: 10, ruleText: 'metà più uno dei componenti: 10 su 19' });
    expect(quorumWith(9, { count: 19 })).toMatchObject({ holds: false, missing: ['manca 1 componente'] });
    expect(quorumWith(11, { count: 20 })).toMatchObject({ holds: true, headsRequired: 11 });
    expect(quorumWith(10, { count: 20 })).toMatchObject({ holds: false, missing: ['manca 1 componente'] });
    expect(quorumWith(8, { count: 20 }).missing).toEqual(['mancano 3 componenti']);
  });

  it('one third of 19 is 7, of 18 is 6, in second convocation', () => {
    const q19 = quorumWith(7, { count: 19, convocation: 'second' });
    expect(q19).toMatchObject({ holds: true, headsRequired: 7, ruleText: 'un terzo dei componenti: 7 su 19' });
    expect(quorumWith(6, { count: 19, convocation: 'second' }).holds).toBe(false);
    expect(quorumWith(6, { count: 18, convocation: 'second' })).toMatchObject({ holds: true, headsRequired: 6 });
    expect(quorumWith(5, { count: 18, convocation: 'second' }).missing).toEqual(['manca 1 componente']);
    // The same attendance fails in first convocation.
    expect(quorumWith(7, { count: 19, convocation: 'first' }).holds).toBe(false);
  });

  it('two thirds are reckoned without float rounding (two thirds of 9 is 6, of 30 is 20)', () => {
    const twoThirds = heads({ kind: 'fraction', numerator: 2, denominator: 3 });
    expect(quorumWith(6, { count: 9, firstCall: twoThirds })).toMatchObject({ headsRequired: 6, holds: true, ruleText: 'due terzi dei componenti: 6 su 9' });
    expect(quorumWith(20, { count: 30, firstCall: twoThirds })).toMatchObject({ headsRequired: 20, holds: true });
    expect(quorumWith(19, { count: 30, firstCall: twoThirds }).holds).toBe(false);
  });

  it('any number needs at least one member; none needs nobody', () => {
    expect(quorumWith(1, { count: 19, secondCall: heads({ kind: 'any' }), convocation: 'second' })).toMatchObject({ holds: true, headsRequired: 1 });
    expect(quorumWith(0, { count: 19, secondCall: heads({ kind: 'any' }), convocation: 'second' })).toMatchObject({
      holds: false,
      missing: ['manca 1 componente'],
    });
    expect(quorumWith(0, { count: 3, firstCall: heads({ kind: 'none' }) })).toMatchObject({
      holds: true,
      headsRequired: null,
      ruleText: 'nessun numero minimo',
    });
  });
});

describe('remote presence', () => {
  const roll = { m01: 'remote', m02: 'remote', m03: 'room', m04: 'absent', m05: 'absent' } as const;
  it('counts remote members when the rule says so', () => {
    expect(quorumWith(5, { count: 5, roll, remoteCounts: true })).toMatchObject({ headsPresent: 3, holds: true });
  });
  it('leaves them out (heads and population) when it does not', () => {
    const q = quorumWith(5, { count: 5, roll, remoteCounts: false });
    expect(q).toMatchObject({ headsPresent: 1, populationPresent: 1000, holds: false, missing: ['mancano 2 componenti'] });
  });
});

describe('population quorum', () => {
  // 5 members, total population 10.000.
  const populations = [4000, 3000, 1500, 1000, 500];
  const moreThanHalf: QuorumThreshold = { heads: { kind: 'none' }, population: { kind: 'moreThan', percent: 50 } };

  it('more than 50% is strict: exactly half does not hold; populationRequired is the smallest integer', () => {
    const exactlyHalf = quorumWith(5, { populations, firstCall: moreThanHalf, roll: { m01: 'absent', m04: 'absent' } }); // 3000+1500+500
    expect(exactlyHalf).toMatchObject({ populationPresent: 5000, populationRequired: 5001, holds: false });
    expect(exactlyHalf.ruleText).toBe('più del 50% della popolazione');
    // 1 inhabitant of 10.000 is 0,01%: rounded UP to one decimal it is 0,1%, never 0,0%.
    expect(exactlyHalf.missing).toEqual(['manca il 0,1% della popolazione']);
    expect(quorumWith(2, { populations, firstCall: moreThanHalf })).toMatchObject({ populationPresent: 7000, holds: true, populationPercent: 70 });
  });

  it('at least 50% holds at exactly half', () => {
    const atLeast: QuorumThreshold = { heads: { kind: 'none' }, population: { kind: 'atLeast', percent: 50 } };
    const q = quorumWith(5, { populations, firstCall: atLeast, roll: { m01: 'absent', m04: 'absent' } });
    expect(q).toMatchObject({ populationRequired: 5000, holds: true, ruleText: 'almeno il 50% della popolazione' });
  });

  it('states the missing share with a decimal comma, rounded up', () => {
    // Present 1000 of 10.000 (10%): required 5001 -> missing 4001 = 40,01% -> "40,1%".
    const q = quorumWith(0, { populations, firstCall: moreThanHalf, roll: { m04: 'room' } });
    expect(q.missing).toEqual(['manca il 40,1% della popolazione']);
    // 3.399 missing of 100.000 (3,399%) -> 3,4%.
    const big = quorumWith(0, {
      populations: [46_601, 53_399],
      firstCall: { heads: { kind: 'none' }, population: { kind: 'atLeast', percent: 50 } },
      roll: { m01: 'room' },
    });
    expect(big).toMatchObject({ populationRequired: 50_000, missing: ['manca il 3,4% della popolazione'] });
  });

  it('handles fractional percentages exactly (33,33% of 30.000 is 9.999)', () => {
    const rule: QuorumThreshold = { heads: { kind: 'none' }, population: { kind: 'atLeast', percent: 33.33 } };
    const q = quorumWith(1, { populations: [9999, 20001], firstCall: rule });
    expect(q).toMatchObject({ populationRequired: 9999, holds: true, ruleText: 'almeno il 33,33% della popolazione' });
  });
});

describe('double quorum (heads and population)', () => {
  const double: QuorumThreshold = { heads: { kind: 'halfPlusOne' }, population: { kind: 'moreThan', percent: 50 } };
  // 5 members: one city of 20.000 and four small towns of 1.000 (total 24.000).
  const populations = [20_000, 1000, 1000, 1000, 1000];

  it('passes heads but fails population', () => {
    const q = quorumWith(5, { populations, firstCall: double, roll: { m01: 'absent' } });
    expect(q).toMatchObject({ headsPresent: 4, headsRequired: 3, populationPresent: 4000, populationRequired: 12_001, holds: false });
    expect(q.missing).toHaveLength(1);
    expect(q.missing[0]).toMatch(/^manca il 33,4% della popolazione$/);
    expect(q.ruleText).toBe('metà più uno dei componenti: 3 su 5 e più del 50% della popolazione');
  });

  it('passes population but fails heads', () => {
    const q = quorumWith(2, { populations, firstCall: double });
    expect(q).toMatchObject({ headsPresent: 2, populationPresent: 21_000, holds: false, missing: ['manca 1 componente'] });
  });

  it('holds when both hold, and lists both when both fail', () => {
    expect(quorumWith(3, { populations, firstCall: double }).holds).toBe(true);
    expect(quorumWith(5, { populations, firstCall: double, roll: { m01: 'absent', m02: 'absent', m03: 'absent' } }).missing).toEqual([
      'manca 1 componente',
      'manca il 41,7% della popolazione',
    ]);
  });
});

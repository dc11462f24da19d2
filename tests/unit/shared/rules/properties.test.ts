import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MovementSchema, type HeadQuorum, type Meeting, type PopulationQuorum, type Presence } from '../../../../shared/model';
import {
  ceilFraction,
  decisionOutcome,
  evaluateQuorum,
  halfPlusOne,
  presenceAt,
  validateDecision,
  voteCounts,
} from '../../../../shared/rules';
import { withRules } from '../../meeting-edits';
import { decision, makeMeeting, memberId } from './fixtures';

const RUNS = { numRuns: 150 };

const presenceArb = fc.constantFrom<Presence>('room', 'remote', 'absent');
const movementKindArb = fc.constantFrom('arrival', 'departure', 'temporaryExit', 'return');

/** A meeting of 1..12 members with a random roll call and random (possibly contradicting) movements over 1..3 items. */
const meetingArb = fc
  .integer({ min: 1, max: 12 })
  .chain((count) =>
    fc.record({
      count: fc.constant(count),
      populations: fc.array(fc.integer({ min: 0, max: 50_000 }), { minLength: count, maxLength: count }),
      roll: fc.array(presenceArb, { minLength: count, maxLength: count }),
      items: fc.array(
        fc.array(
          fc.record({
            member: fc.integer({ min: 0, max: count }), // `count` is a member outside the body
            kind: movementKindArb,
            mode: fc.constantFrom('room', 'remote'),
          }),
          { maxLength: 6 },
        ),
        { minLength: 1, maxLength: 3 },
      ),
    }),
  )
  .map(({ populations, roll, items }) => {
    let n = 0;
    return makeMeeting({
      populations,
      roll: Object.fromEntries(roll.map((presence, i) => [memberId(i), presence])),
      items: items.map((moves) =>
        moves.map((move) => ({ id: `mv${++n}`, type: 'movement', memberId: memberId(move.member), movement: move.kind, time: '18:00', mode: move.mode })),
      ),
    });
  });

/** Every position of the timeline, including the end of each item. */
function positions(meeting: Meeting) {
  return meeting.items.flatMap((item, itemIndex) => Array.from({ length: item.entries.length + 1 }, (_, entryIndex) => ({ itemIndex, entryIndex })));
}

describe('presence properties', () => {
  it('never double-counts: inRoom + remote + absent = members, presentIds unique and matching', () => {
    fc.assert(
      fc.property(meetingArb, (meeting) => {
        const total = meeting.body.members.length;
        for (const position of positions(meeting)) {
          const snapshot = presenceAt(meeting, position);
          expect(snapshot.inRoom + snapshot.remote + snapshot.absent).toBe(total);
          expect(snapshot.members).toHaveLength(total);
          expect(new Set(snapshot.presentIds).size).toBe(snapshot.presentIds.length);
          expect(snapshot.presentIds.length).toBe(snapshot.inRoom + snapshot.remote);
        }
      }),
      RUNS,
    );
  });
});

describe('tally properties', () => {
  it('a tally that validates always adds up to the members present, and its outcome is decided', () => {
    const tallyArb = fc.record({
      meeting: meetingArb,
      split: fc.array(fc.constantFrom('favourable', 'against', 'abstained', 'notVoting'), { maxLength: 12 }),
      offset: fc.integer({ min: -1, max: 1 }),
    });
    fc.assert(
      fc.property(tallyArb, ({ meeting, split, offset }) => {
        const snapshot = presenceAt(meeting, { itemIndex: 0, entryIndex: 0 });
        const lists = { against: [] as string[], abstained: [] as string[], notVoting: [] as string[] };
        let favourable = 0;
        snapshot.presentIds.forEach((id, i) => {
          const role = split[i] ?? 'favourable';
          if (role === 'favourable') favourable += 1;
          else lists[role].push(id);
        });
        const d = decision({
          favourable: Math.max(0, favourable + offset),
          againstMemberIds: lists.against,
          abstainedMemberIds: lists.abstained,
          notVotingMemberIds: lists.notVoting,
        });
        const problems = validateDecision(meeting, d, snapshot);
        const counts = voteCounts(d);
        if (problems.length === 0) {
          expect(counts.favourable + counts.against + counts.abstained + counts.notVoting).toBe(snapshot.presentIds.length);
          expect(['approved', 'rejected', 'tie']).toContain(decisionOutcome(meeting, d, snapshot).outcome);
        } else if (offset === 0 && snapshot.presentIds.length > 0 && counts.favourable + counts.against + counts.abstained > 0) {
          // A faithful tally of the members present is never refused.
          expect(problems).toEqual([]);
        }
      }),
      RUNS,
    );
  });
});

describe('quorum properties', () => {
  const headArb = fc.oneof(
    fc.constant<HeadQuorum>({ kind: 'none' }),
    fc.constant<HeadQuorum>({ kind: 'any' }),
    fc.constant<HeadQuorum>({ kind: 'halfPlusOne' }),
    fc.record({ kind: fc.constant('fraction' as const), numerator: fc.integer({ min: 1, max: 4 }), denominator: fc.integer({ min: 1, max: 5 }) }),
  );
  const populationArb = fc.oneof(
    fc.constant<PopulationQuorum>({ kind: 'none' }),
    fc.record({ kind: fc.constantFrom('moreThan' as const, 'atLeast' as const), percent: fc.integer({ min: 0, max: 10_000 }).map((p) => p / 100) }),
  );

  it('is monotonic: one more member present never breaks a quorum that holds', () => {
    fc.assert(
      fc.property(
        meetingArb,
        headArb,
        populationArb,
        fc.boolean(),
        fc.nat(),
        (base, heads, population, remoteCounts, pick) => {
          const meeting = withRules(base, { quorum: { ...base.body.rules.quorum, firstCall: { heads, population }, remoteCounts } });
          const snapshot = presenceAt(meeting, { itemIndex: 0, entryIndex: 0 });
          const before = evaluateQuorum(meeting, snapshot);
          const absent = snapshot.members.filter((member) => member.presence === 'absent');
          const arriving = absent[pick % Math.max(1, absent.length)];
          if (!arriving) return;
          // The member really arrives (a movement at the start of the first item), so the snapshot after is a consistent one.
          const arrival = MovementSchema.parse({ id: 'arrivo', type: 'movement', memberId: arriving.memberId, movement: 'arrival', time: '17:31', mode: 'room' });
          const [first, ...rest] = meeting.items;
          const withArrival: Meeting = { ...meeting, items: [{ ...first!, entries: [arrival, ...first!.entries] }, ...rest] };
          const arrived = presenceAt(withArrival, { itemIndex: 0, entryIndex: 1 });
          expect(arrived.presentIds).toEqual(expect.arrayContaining([...snapshot.presentIds, arriving.memberId]));
          const after = evaluateQuorum(withArrival, arrived);
          expect(after.headsPresent).toBe(before.headsPresent + 1);
          if (before.holds) expect(after.holds).toBe(true);
          expect(before.holds).toBe(before.missing.length === 0);
        },
      ),
      RUNS,
    );
  });
});

describe('threshold arithmetic', () => {
  it('more than half is the smallest integer above base/2; a fraction is the smallest integer at or above it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 }), (base, num, den) => {
        const half = halfPlusOne(base);
        expect(half * 2).toBeGreaterThan(base);
        expect((half - 1) * 2).toBeLessThanOrEqual(base);
        const share = ceilFraction(base, num, den);
        expect(share * den).toBeGreaterThanOrEqual(base * num);
        expect((share - 1) * den).toBeLessThan(base * num);
      }),
      RUNS,
    );
  });
});

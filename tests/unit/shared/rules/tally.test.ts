import { describe, expect, it } from 'vitest';
import { fillUnanimity, presenceAt, validateDecision, voteCounts } from '../../../../shared/rules';
import { withBody } from '../../meeting-edits';
import { decision, makeMeeting, movement } from './fixtures';

// 5 members: m01..m04 present (m02 remotely), m05 absent.
const made = makeMeeting({ count: 5, roll: { m02: 'remote', m05: 'absent' } });
const renamed = { m03: { entity: 'Comune di Roccafonda' }, m04: { entity: 'Comunità Montana Alta Val Chiara', entityGender: 'f' } } as const;
const meeting = withBody(made, { members: made.body.members.map((member) => ({ ...member, ...renamed[member.id as keyof typeof renamed] })) });
const snapshot = presenceAt(meeting, { itemIndex: 0, entryIndex: 0 });
const codes = (fields: Parameters<typeof decision>[0]) => validateDecision(meeting, decision(fields), snapshot).map((p) => p.code);

describe('validateDecision', () => {
  it('accepts counts that add up to the members present (remote members vote)', () => {
    expect(codes({ favourable: 3, abstainedMemberIds: ['m03'] })).toEqual([]);
    expect(codes({ favourable: 1, againstMemberIds: ['m01'], abstainedMemberIds: ['m02'], notVotingMemberIds: ['m03'] })).toEqual([]);
  });

  it('rejects counts that do not add up, saying both figures', () => {
    const problems = validateDecision(meeting, decision({ favourable: 3 }), snapshot);
    expect(problems).toEqual([{ code: 'COUNTS_DO_NOT_ADD_UP', message: 'I voti espressi (3) non corrispondono ai presenti (4).' }]);
    expect(codes({ favourable: 5 })).toEqual(['COUNTS_DO_NOT_ADD_UP']);
  });

  it('counts contrari, astenuti and non votanti as the members named, so a name short is a vote short', () => {
    expect(voteCounts(decision({ favourable: 1, againstMemberIds: ['m01'], abstainedMemberIds: ['m02', 'm04'], notVotingMemberIds: ['m03'] }))).toEqual({
      favourable: 1,
      against: 1,
      abstained: 2,
      notVoting: 1,
    });
    const problems = validateDecision(meeting, decision({ favourable: 2, abstainedMemberIds: ['m03'] }), snapshot);
    expect(problems).toEqual([{ code: 'COUNTS_DO_NOT_ADD_UP', message: 'I voti espressi (3) non corrispondono ai presenti (4).' }]);
  });

  it('names the entity of a member named but not present', () => {
    const absentSnapshot = presenceAt(
      makeMeeting({ count: 5, roll: { m02: 'remote', m05: 'absent' }, items: [[movement('m03', 'departure', '18:00')]] }),
      { itemIndex: 0, entryIndex: 1 },
    );
    const problems = validateDecision(meeting, decision({ favourable: 2, abstainedMemberIds: ['m03'] }), absentSnapshot);
    expect(problems).toEqual([{ code: 'MEMBER_NOT_PRESENT', message: 'Comune di Roccafonda è indicato tra gli astenuti ma non è presente.' }]);
    // The counts add up (3 + 1 = 4 present) but the contrario named is the absent m05.
    const absentMember = validateDecision(meeting, decision({ favourable: 3, againstMemberIds: ['m05'] }), snapshot);
    expect(absentMember).toEqual([{ code: 'MEMBER_NOT_PRESENT', message: 'Comune di Prova 5 è indicato tra i contrari ma non è presente.' }]);
  });

  it('rejects unknown members and members named twice', () => {
    expect(codes({ favourable: 3, againstMemberIds: ['m99'] })).toEqual(['UNKNOWN_MEMBER']);
    const twice = validateDecision(
      meeting,
      decision({ favourable: 2, againstMemberIds: ['m04'], abstainedMemberIds: ['m04'] }),
      snapshot,
    );
    expect(twice).toEqual([
      { code: 'MEMBER_NAMED_TWICE', message: 'Comunità Montana Alta Val Chiara è indicata tra i contrari e tra gli astenuti.' },
    ]);
  });

  it('unanimity: everyone present in favour, nobody dissenting', () => {
    expect(codes({ unanimous: true, favourable: 4 })).toEqual([]);
    expect(codes({ unanimous: true, favourable: 3 })).toEqual(['COUNTS_DO_NOT_ADD_UP']);
    expect(codes({ unanimous: true, favourable: 3, abstainedMemberIds: ['m01'] })).toEqual([
      'UNANIMITY_WITH_DISSENT',
      'COUNTS_DO_NOT_ADD_UP',
    ]);
  });

  it('needs at least one voter', () => {
    expect(codes({ notVotingMemberIds: ['m01', 'm02', 'm03', 'm04'] })).toEqual(['NO_VOTERS']);
    const empty = makeMeeting({ count: 2, defaultPresence: 'absent' });
    const none = validateDecision(empty, decision({}), presenceAt(empty, { itemIndex: 0, entryIndex: 0 }));
    expect(none.map((p) => p.code)).toEqual(['NO_VOTERS']);
  });

  it('presa d\u2019atto without a vote and items without a vote carry no counts', () => {
    expect(codes({ kind: 'noted' })).toEqual([]);
    expect(codes({ kind: 'noVote' })).toEqual([]);
    expect(codes({ kind: 'noted', favourable: 4 })).toEqual(['NOT_A_VOTE']);
    expect(codes({ kind: 'noVote', abstainedMemberIds: ['m01'] })).toEqual(['NOT_A_VOTE']);
    expect(codes({ kind: 'notedWithVote', favourable: 4 })).toEqual([]);
    expect(codes({ kind: 'notedWithVote', favourable: 2 })).toEqual(['COUNTS_DO_NOT_ADD_UP']);
  });

  it('refuses votes when the body does not vote', () => {
    const tavolo = makeMeeting({ count: 3, votes: false });
    const snap = presenceAt(tavolo, { itemIndex: 0, entryIndex: 0 });
    expect(validateDecision(tavolo, decision({ favourable: 3 }), snap).map((p) => p.code)).toEqual(['VOTES_NOT_ALLOWED']);
    expect(validateDecision(tavolo, decision({ kind: 'noted' }), snap)).toEqual([]);
  });
});

describe('fillUnanimity', () => {
  it('fills the counts from the members present and clears dissent', () => {
    const filled = fillUnanimity(decision({ favourable: 1, againstMemberIds: ['m01', 'm02'] }), snapshot);
    expect(filled).toMatchObject({ unanimous: true, favourable: 4, againstMemberIds: [], abstainedMemberIds: [], notVotingMemberIds: [] });
    expect(validateDecision(meeting, filled, snapshot)).toEqual([]);
  });

  it('leaves decisions without a vote unchanged', () => {
    const noted = decision({ kind: 'noted' });
    expect(fillUnanimity(noted, snapshot)).toBe(noted);
  });
});

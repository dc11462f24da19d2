import { describe, expect, it } from 'vitest';
import { attendanceSummary, presenceAt, presenceAtEnd, presenceProblems } from '../../../../shared/rules';
import { withBody } from '../../meeting-edits';
import { makeMeeting, movement, vote } from './fixtures';

describe('presenceAt', () => {
  it('starts from the roll call; members missing from it count as absent', () => {
    const meeting = makeMeeting({ count: 5, roll: { m02: 'remote', m03: 'absent' }, notCalled: ['m05'] });
    const snapshot = presenceAt(meeting, { itemIndex: 0, entryIndex: 0 });
    expect(snapshot.presentIds).toEqual(['m01', 'm02', 'm04']);
    expect([snapshot.inRoom, snapshot.remote, snapshot.absent]).toEqual([2, 1, 2]);
    expect(snapshot.members.find((m) => m.memberId === 'm05')?.presence).toBe('absent');
  });

  it('applies only movements strictly before the position, across items', () => {
    const meeting = makeMeeting({
      count: 4,
      roll: { m04: 'absent' },
      items: [
        [movement('m04', 'arrival', '17:51', { mode: 'remote' }), vote()],
        [vote(), movement('m01', 'departure', '18:40'), vote()],
      ],
    });
    expect(presenceAt(meeting, { itemIndex: 0, entryIndex: 0 }).presentIds).toEqual(['m01', 'm02', 'm03']);
    const afterArrival = presenceAt(meeting, { itemIndex: 0, entryIndex: 1 });
    expect(afterArrival.presentIds).toEqual(['m01', 'm02', 'm03', 'm04']);
    expect(afterArrival.remote).toBe(1);
    // The departure is at (1,1): the vote at (1,0) still counts m01, the vote at (1,2) does not.
    expect(presenceAt(meeting, { itemIndex: 1, entryIndex: 0 }).presentIds).toContain('m01');
    expect(presenceAt(meeting, { itemIndex: 1, entryIndex: 1 }).presentIds).toContain('m01');
    expect(presenceAt(meeting, { itemIndex: 1, entryIndex: 2 }).presentIds).toEqual(['m02', 'm03', 'm04']);
    // Positions outside the timeline: before the first item is the roll call, past an item's end is its end,
    // past the last item is the end.
    expect(presenceAt(meeting, { itemIndex: -1, entryIndex: 0 }).presentIds).toEqual(['m01', 'm02', 'm03']);
    expect(presenceAt(meeting, { itemIndex: 0, entryIndex: -1 }).presentIds).toEqual(['m01', 'm02', 'm03']);
    expect(presenceAt(meeting, { itemIndex: 0, entryIndex: 99 }).presentIds).toEqual(['m01', 'm02', 'm03', 'm04']);
    expect(presenceAt(meeting, { itemIndex: 5, entryIndex: 0 }).presentIds).toEqual(['m02', 'm03', 'm04']);
    expect(presenceAt(meeting, { itemIndex: 5, entryIndex: 0 }).position).toEqual({ itemIndex: 5, entryIndex: 0 });
    expect(presenceAtEnd(meeting).presentIds).toEqual(['m02', 'm03', 'm04']);
  });

  it('uses the arriving representative, or keeps the roll call one', () => {
    const delegate = { name: 'Marta Rossi', role: 'consigliera', gender: 'f', delegation: '' };
    const meeting = makeMeeting({
      count: 3,
      roll: { m01: 'absent', m02: 'absent' },
      items: [[movement('m01', 'arrival', '17:51', { representative: delegate }), movement('m02', 'arrival', '17:55')]],
    });
    const end = presenceAtEnd(meeting);
    expect(end.members[0]?.representative.name).toBe('Marta Rossi');
    expect(end.members[1]?.representative.name).toBe('Sindaco 2');
    expect(end.inRoom).toBe(3);
  });

  it('handles a temporary exit and the return, in the mode of the return', () => {
    const meeting = makeMeeting({
      count: 3,
      items: [[movement('m02', 'temporaryExit', '18:55', { reason: 'per conflitto di interessi' }), vote(), movement('m02', 'return', '19:20', { mode: 'remote' }), vote()]],
    });
    expect(presenceAt(meeting, { itemIndex: 0, entryIndex: 1 }).presentIds).toEqual(['m01', 'm03']);
    const back = presenceAt(meeting, { itemIndex: 0, entryIndex: 3 });
    expect(back.presentIds).toEqual(['m01', 'm02', 'm03']);
    expect(back.members[1]?.presence).toBe('remote');
    expect(presenceProblems(meeting)).toEqual([]);
  });

  it('orders members by seat, not by the order of the roll call', () => {
    const made = makeMeeting({ count: 3 });
    const meeting = { ...withBody(made, { members: [...made.body.members].reverse() }), rollCall: [...made.rollCall].reverse() };
    expect(meeting.body.members[0]!.id).toBe('m03');
    expect(presenceAt(meeting, { itemIndex: 0, entryIndex: 0 }).presentIds).toEqual(['m01', 'm02', 'm03']);
  });
});

describe('presenceProblems', () => {
  it('reports contradicting movements in Italian with entity and time, and ignores them', () => {
    const meeting = makeMeeting({
      count: 3,
      roll: { m03: 'absent' },
      items: [
        [
          movement('m01', 'arrival', '17:40'),
          movement('m03', 'departure', '17:45'),
          movement('m03', 'temporaryExit', '17:46'),
          movement('m02', 'return', '17:50'),
          movement('m99', 'arrival', '17:55'),
        ],
      ],
    });
    const problems = presenceProblems(meeting);
    expect(problems.map((p) => p.code)).toEqual([
      'ARRIVAL_OF_PRESENT',
      'DEPARTURE_OF_ABSENT',
      'DEPARTURE_OF_ABSENT',
      'RETURN_WITHOUT_EXIT',
      'UNKNOWN_MEMBER',
    ]);
    expect(problems[0]?.message).toBe('Arrivo alle ore 17:40 di Comune di Prova 1: risulta già presente.');
    expect(problems[1]?.message).toContain('Comune di Prova 3');
    expect(problems[1]?.message).toContain('17:45');
    expect(problems[3]?.message).toContain('Rientro alle ore 17:50 di Comune di Prova 2');
    expect(problems[4]?.message).toContain('m99');
    // Ignored: the state is the roll call's.
    const end = presenceAtEnd(meeting);
    expect(end.presentIds).toEqual(['m01', 'm02']);
    expect(end.members).toHaveLength(3);
  });

  it('does not accept a return after a (non-temporary) departure', () => {
    const meeting = makeMeeting({
      count: 2,
      items: [[movement('m01', 'departure', '18:00'), movement('m01', 'return', '18:30')]],
    });
    expect(presenceProblems(meeting).map((p) => p.code)).toEqual(['RETURN_WITHOUT_EXIT']);
    expect(presenceAtEnd(meeting).presentIds).toEqual(['m02']);
  });

  it('accepts a departure and a later new arrival', () => {
    const meeting = makeMeeting({
      count: 2,
      items: [[movement('m01', 'departure', '18:00')], [movement('m01', 'arrival', '18:30', { mode: 'remote' })]],
    });
    expect(presenceProblems(meeting)).toEqual([]);
    expect(presenceAtEnd(meeting).remote).toBe(1);
  });
});

describe('attendanceSummary', () => {
  it('marks sì if ever in the room, sì da remoto if only remote, no if never there', () => {
    const meeting = makeMeeting({
      count: 5,
      roll: { m01: 'remote', m02: 'remote', m03: 'absent', m04: 'absent', m05: 'absent' },
      items: [
        [
          movement('m01', 'temporaryExit', '18:00'),
          movement('m01', 'return', '18:10', { mode: 'room' }),
          movement('m03', 'arrival', '18:20', { mode: 'remote' }),
          movement('m04', 'arrival', '18:30'),
          movement('m04', 'departure', '18:31'),
        ],
      ],
    });
    expect(Object.fromEntries(attendanceSummary(meeting))).toEqual({
      m01: 'sì',
      m02: 'sì da remoto',
      m03: 'sì da remoto',
      m04: 'sì',
      m05: 'no',
    });
  });

  it('is not fooled by an ignored (contradicting) movement', () => {
    const meeting = makeMeeting({ count: 2, roll: { m01: 'remote', m02: 'absent' }, items: [[movement('m01', 'arrival', '18:00')]] });
    expect(attendanceSummary(meeting).get('m01')).toBe('sì da remoto');
    expect(attendanceSummary(meeting).get('m02')).toBe('no');
  });
});

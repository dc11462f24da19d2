import { describe, expect, it } from 'vitest';
import { checkMeeting, presenceAtEnd } from '../../../../shared/rules';
import { withRules } from '../../meeting-edits';
import { makeMeeting, movement, statement, vote } from './fixtures';

describe('checkMeeting', () => {
  it('is ok for a consistent meeting and checks every decision at its own moment', () => {
    const meeting = makeMeeting({
      count: 5,
      roll: { m05: 'absent' },
      items: [
        [vote({ unanimous: true, favourable: 4 }), movement('m05', 'arrival', '17:50', { mode: 'remote' })],
        [vote({ favourable: 4, abstainedMemberIds: ['m05'] }), { id: 'n1', type: 'decision', kind: 'noVote', subject: '' }],
      ],
    });
    const check = checkMeeting(meeting);
    expect(check.problems).toEqual([]);
    expect(check.ok).toBe(true);
    expect(check.decisions.map((d) => [d.itemIndex, d.entryIndex, d.presence.presentIds.length, d.outcome.outcome])).toEqual([
      [0, 0, 4, 'approved'],
      [1, 0, 5, 'approved'],
      [1, 1, 5, 'none'],
    ]);
    expect(check.decisions[0]?.quorum.ruleText).toBe('metà più uno dei componenti: 3 su 5');
  });

  it('reports a tally that does not add up, with the item number, on the decision and on the meeting', () => {
    const meeting = makeMeeting({ count: 5, items: [[], [vote({ favourable: 4 })]] });
    const check = checkMeeting(meeting);
    expect(check.ok).toBe(false);
    expect(check.decisions[0]?.problems.map((p) => p.code)).toEqual(['COUNTS_DO_NOT_ADD_UP']);
    expect(check.problems).toEqual([
      {
        code: 'COUNTS_DO_NOT_ADD_UP',
        message: 'Punto 2: I voti espressi (4) non corrispondono ai presenti (5).',
        itemIndex: 1,
        entryId: check.decisions[0]?.decisionId,
      },
    ]);
  });

  it('flags a vote taken without quorum, but not a presa d\u2019atto without a vote', () => {
    const meeting = makeMeeting({
      count: 5,
      roll: { m04: 'absent', m05: 'absent' },
      items: [[movement('m03', 'departure', '18:00'), vote({ unanimous: true, favourable: 2 }), { id: 'n1', type: 'decision', kind: 'noted', subject: 'la relazione' }]],
    });
    const check = checkMeeting(meeting);
    const voteProblems = check.decisions[0]?.problems ?? [];
    expect(voteProblems.map((p) => p.code)).toEqual(['QUORUM_NOT_MET']);
    expect(voteProblems[0]?.message).toBe('Votazione senza numero legale (metà più uno dei componenti: 3 su 5; manca 1 componente).');
    expect(check.decisions[1]?.problems).toEqual([]);
    expect(check.decisions[1]?.quorum.holds).toBe(false);
    expect(check.ok).toBe(false);
  });

  it('lists contradicting movements with their item', () => {
    const meeting = makeMeeting({ count: 3, items: [[], [movement('m01', 'arrival', '18:10')]] });
    const check = checkMeeting(meeting);
    expect(check.problems).toHaveLength(1);
    expect(check.problems[0]).toMatchObject({ code: 'ARRIVAL_OF_PRESENT', itemIndex: 1 });
    expect(check.problems[0]?.message).toContain('18:10');
  });

  it('reports roll call entries outside the body, duplicates and unknown speakers', () => {
    const meeting = makeMeeting({
      count: 3,
      items: [[statement({ kind: 'member', memberId: 'm77' }), statement({ kind: 'participant', participantId: 'p99' }), statement({ kind: 'participant', participantId: 'p01' }), statement({ kind: 'minuteTaker' })]],
    });
    const stray = { memberId: 'm42', presence: 'room', representative: meeting.body.members[0]!.representative } as const;
    const check = checkMeeting({ ...meeting, rollCall: [...meeting.rollCall, stray, { ...meeting.rollCall[0]! }] });
    expect(check.problems.map((p) => p.code)).toEqual(['ROLL_CALL_UNKNOWN_MEMBER', 'ROLL_CALL_DUPLICATE', 'UNKNOWN_SPEAKER', 'UNKNOWN_SPEAKER']);
    expect(check.problems[0]?.message).toContain('m42');
    expect(check.problems[1]?.message).toBe("Comune di Prova 1 compare più volte nell'appello.");
    expect(check.problems[2]?.message).toContain('m77');
    expect(check.problems[3]?.message).toContain('p99');
    // The stray roll call entry does not make anyone present.
    expect(presenceAtEnd(meeting).presentIds).toEqual(['m01', 'm02', 'm03']);
  });

  it('accepts guests added during the meeting as speakers', () => {
    const meeting = makeMeeting({ count: 2, items: [[statement({ kind: 'participant', participantId: 'g1' })]] });
    expect(checkMeeting(meeting).ok).toBe(false);
    const guest = { id: 'g1', honorific: 'Sig.ra', name: 'Ospite', role: '', organisation: '', gender: 'f' } as const;
    expect(checkMeeting({ ...meeting, guests: [guest] }).ok).toBe(true);
  });

  it('reports remote presence when the rules do not allow it', () => {
    const meeting = makeMeeting({
      count: 3,
      roll: { m02: 'remote', m03: 'absent' },
      items: [[movement('m03', 'arrival', '18:05', { mode: 'remote' })]],
    });
    expect(checkMeeting(meeting).ok).toBe(true);
    const check = checkMeeting(withRules(meeting, { remoteAllowed: false }));
    expect(check.problems.map((p) => [p.code, p.itemIndex])).toEqual([
      ['REMOTE_NOT_ALLOWED', undefined],
      ['REMOTE_NOT_ALLOWED', 0],
    ]);
    expect(check.problems[1]?.message).toBe(
      'Punto 1: Comune di Prova 3 si collega da remoto alle ore 18:05, ma il regolamento non prevede la partecipazione da remoto.',
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMeeting } from '../../../shared/rules';
import type { Meeting } from '../../../shared/model';
import * as mutate from '../../../electron/services/meeting-mutations';
import { checkAfterChange } from '../../../electron/services/incremental-check';
import { exampleMeetingFile } from './helpers';

/** Random edits of the example meeting, each applied with the pure mutations the services use. */
function step(meeting: Meeting, choice: number, pick: number): Meeting {
  const items = meeting.items;
  const item = items[pick % items.length]!;
  const entries = items.flatMap((i) => i.entries);
  const entry = entries[pick % entries.length];
  const member = meeting.body.members[pick % meeting.body.members.length]!;
  switch (choice) {
    case 0:
      return mutate.addEntry(meeting, item.id, { type: 'statement', speaker: { kind: 'member', memberId: member.id }, text: `testo ${pick}` }, item.entries[pick % (item.entries.length || 1)]?.id).meeting;
    case 1:
      return entry ? mutate.deleteEntry(meeting, entry.id) : meeting;
    case 2:
      return mutate.addEntry(meeting, item.id, { type: 'movement', memberId: member.id, movement: pick % 2 ? 'arrival' : 'departure', time: '18:00', mode: 'room', representative: null, reason: '' }, item.entries[pick % (item.entries.length || 1)]?.id).meeting;
    case 3:
      return entry ? mutate.updateEntry(meeting, entry.id, { type: 'note', text: `nota ${pick}` }) : meeting;
    case 4:
      return mutate.moveItem(meeting, item.id, pick % items.length);
    case 5:
      return entry ? mutate.moveEntry(meeting, entry.id, items[(pick + 1) % items.length]!.id, pick % 3) : meeting;
    case 6:
      return mutate.addEntry(meeting, item.id, { type: 'decision', kind: 'vote', subject: 'x', immediateEffect: false, unanimous: true, favourable: 0, against: 0, abstained: 0, notVoting: 0, againstMemberIds: [], abstainedMemberIds: [], notVotingMemberIds: [] }).meeting;
    default:
      return mutate.setRollCall(meeting, member.id, pick % 3 === 0 ? 'absent' : 'room');
  }
}

describe('incremental meeting check', () => {
  it('equals checkMeeting after any sequence of edits, including ones that break tallies', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(7), fc.nat(1000)), { minLength: 1, maxLength: 12 }), (steps) => {
        let meeting = exampleMeetingFile().meeting;
        let check = checkMeeting(meeting);
        for (const [choice, pick] of steps) {
          const next = step(meeting, choice, pick);
          const incremental = checkAfterChange({ meeting, check }, next);
          expect(incremental).toEqual(checkMeeting(next));
          meeting = next;
          check = incremental;
        }
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMeeting, presenceAt, presenceAtEnd } from '../../../shared/rules';
import type { Meeting } from '../../../shared/model';
import * as mutate from '../../../electron/backend/services/meeting-mutations';
import { CheckMemo, checkAfterChange } from '../../../electron/backend/services/incremental-check';
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
      // Another place than its own (item is items[pick % length]), so that later items change number.
      return mutate.moveItem(meeting, item.id, (pick + 1 + Math.floor(pick / 7)) % items.length);
    case 5:
      return entry ? mutate.moveEntry(meeting, entry.id, items[(pick + 1) % items.length]!.id, pick % 3) : meeting;
    case 6:
      return mutate.addEntry(meeting, item.id, { type: 'decision', kind: 'vote', subject: 'x', immediateEffect: false, unanimous: true, favourable: 0, againstMemberIds: [], abstainedMemberIds: [], notVotingMemberIds: [] }).meeting;
    case 8:
      return mutate.addEntry(meeting, item.id, { type: 'movement', memberId: member.id, movement: pick % 2 ? 'arrival' : 'return', time: '18:05', mode: 'remote', representative: null, reason: '' }).meeting;
    default:
      return mutate.setRollCall(meeting, member.id, pick % 3 === 0 ? 'absent' : 'room');
  }
}

describe('incremental meeting check', () => {
  it('equals checkMeeting after any sequence of edits, including ones that break tallies', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(8), fc.nat(1000)), { minLength: 1, maxLength: 12 }), fc.boolean(), (steps, remoteAllowed) => {
        const example = exampleMeetingFile().meeting;
        // Without remote participation, remote arrivals are problems found item by item.
        let meeting = { ...example, body: { ...example.body, rules: { ...example.body.rules, remoteAllowed } } };
        // One memo for the whole sequence, as the service keeps one: it reuses what unchanged items gave.
        const memo = new CheckMemo();
        let check = memo.check(meeting);
        expect(check).toEqual(checkMeeting(meeting));
        for (const [choice, pick] of steps) {
          const next = step(meeting, choice, pick);
          const incremental = checkAfterChange({ meeting, check }, next, memo);
          expect(incremental).toEqual(checkMeeting(next));
          const timeline = memo.timeline(next);
          expect(timeline.end()).toEqual(presenceAtEnd(next));
          next.items.forEach((item, itemIndex) => {
            for (let entryIndex = 0; entryIndex <= item.entries.length; entryIndex += 1) {
              expect(timeline.at({ itemIndex, entryIndex })).toEqual(presenceAt(next, { itemIndex, entryIndex }));
            }
          });
          meeting = next;
          check = incremental;
        }
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});

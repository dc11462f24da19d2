import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { whyNotNamed } from '../../../renderer/lib/vote-refusal';
import { MeetingFileSchema } from '../../../shared/meeting-file';
import type { Meeting, Movement } from '../../../shared/model';
import { presenceAt } from '../../../shared/rules';

const example = MeetingFileSchema.parse(JSON.parse(readFileSync('resources/examples/meeting.json', 'utf8'))).meeting;
const none = { against: [], abstained: [], notVoting: [] };

/** Each member's movements in the example, with where they are. */
function movements(meeting: Meeting) {
  return meeting.items.flatMap((item, itemIndex) =>
    item.entries.flatMap((entry, entryIndex) => (entry.type === 'movement' ? [{ entry: entry as Movement, itemIndex, entryIndex }] : [])),
  );
}

describe('why a member cannot be named in a vote', () => {
  it('names the arrival time of a member not yet arrived', () => {
    const arrival = movements(example).find((m) => m.entry.movement === 'arrival');
    expect(arrival, 'the example has an arrival').toBeDefined();
    const { entry, itemIndex, entryIndex } = arrival!;
    const member = example.body.members.find((m) => m.id === entry.memberId)!;
    const position = { itemIndex, entryIndex };
    expect(presenceAt(example, position).presentIds).not.toContain(member.id);
    expect(whyNotNamed(example, position, member, none)).toBe(`${member.entity} non è presente in questo momento: arriva alle ${entry.time}.`);
  });

  it('names the departure time of a member who left', () => {
    const departure = movements(example).find((m) => m.entry.movement === 'departure');
    expect(departure, 'the example has a departure').toBeDefined();
    const { entry, itemIndex, entryIndex } = departure!;
    const member = example.body.members.find((m) => m.id === entry.memberId)!;
    const after = { itemIndex, entryIndex: entryIndex + 1 };
    expect(presenceAt(example, after).presentIds).not.toContain(member.id);
    expect(whyNotNamed(example, after, member, none)).toMatch(new RegExp(`^${member.entity} non è presente in questo momento: (è uscit[oa] alle ${entry.time}|rientra alle .* \\(uscit[oa] alle ${entry.time}\\))\\.$`));
  });

  it('says which list already holds a member', () => {
    const member = example.body.members[0]!;
    expect(whyNotNamed(example, { itemIndex: 0, entryIndex: 0 }, member, { ...none, abstained: [member.id] })).toBe(`${member.entity} è già tra gli astenuti.`);
  });
});

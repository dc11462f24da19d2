import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { href, parseRoute } from '../../../renderer/app/routes';
import { previewBlocks } from '../../../renderer/lib/preview';
import { filterSpeakers, fold, pickMember, speakerOptions } from '../../../renderer/lib/people';
import { MAJORITY_PRESETS, QUORUM_PRESETS, matchMajorityPreset, matchQuorumPreset } from '../../../renderer/lib/rule-presets';
import { MeetingFileSchema } from '../../../shared/meeting-file';
import { buildVerbale } from '../../../shared/verbale';

const example = MeetingFileSchema.parse(JSON.parse(readFileSync('resources/examples/meeting.json', 'utf8'))).meeting;

describe('routes', () => {
  it('round-trips every screen through the hash', () => {
    const routes = [
      { name: 'home' },
      { name: 'newBody' },
      { name: 'body', bodyId: 'b 1' },
      { name: 'setup', meetingId: 'm1' },
      { name: 'live', meetingId: 'm1' },
      { name: 'live', meetingId: 'm1', entryId: 'e 3/1' },
      { name: 'close', meetingId: 'm1' },
      { name: 'chair', meetingId: 'm/1' },
    ] as const;
    for (const route of routes) expect(parseRoute(href(route))).toEqual(route);
    expect(parseRoute('#/nowhere/x')).toEqual({ name: 'notFound', path: '/nowhere/x' });
  });
});

describe('picking people', () => {
  it('folds accents so "citta" finds "Città"', () => {
    expect(fold('Comune di Città di Borgo')).toContain('citta');
  });

  it('picks a member by exact seat number, else by name', () => {
    const members = example.body.members;
    const seven = members.find((m) => m.seat === 7)!;
    expect(pickMember(members, '7')?.id).toBe(seven.id);
    const target = members[2]!;
    const word = target.entity.split(' ').at(-1)!;
    expect(pickMember(members, word.toLowerCase())?.entity).toContain(word);
    expect(pickMember(members, '999')).toBeUndefined();
  });

  it('offers members, participants, guests and the minute-taker as speakers, filtered by every word', () => {
    const options = speakerOptions(example);
    expect(options.length).toBe(example.body.members.length + example.body.participants.length + example.guests.length + 1);
    const member = example.body.members[0]!;
    const found = filterSpeakers(options, member.representative.name.split(' ')[0]!.toLowerCase());
    expect(found.some((o) => o.speaker.kind === 'member' && o.speaker.memberId === member.id)).toBe(true);
    expect(filterSpeakers(options, 'zzzz nessuno')).toEqual([]);
  });
});

describe('rule presets', () => {
  it('each preset is recognised back from its own rule', () => {
    for (const p of QUORUM_PRESETS) expect(matchQuorumPreset({ ...p.rule, remoteCounts: true, recordInMinutes: true })?.id).toBe(p.id);
    for (const p of MAJORITY_PRESETS) expect(matchMajorityPreset(p.rule)?.id).toBe(p.id);
  });

  it('the example body uses a preset rule', () => {
    expect(matchQuorumPreset(example.body.rules.quorum)).toBeDefined();
  });
});

describe('verbale preview', () => {
  it('shows the current item exactly as the full verbale does, plus the opening and the signatures', () => {
    const full = buildVerbale(example);
    example.items.forEach((item, index) => {
      const preview = previewBlocks(example, item.id);
      if ('error' in preview) throw new Error(preview.error);
      const start = full.blocks.findIndex((b) => b.kind === 'itemHeading' && b.itemId === item.id);
      const next = full.blocks.findIndex((b, i) => i > start && (b.kind === 'itemHeading' || b.kind === 'signatures' || (b.kind === 'paragraph' && b.role === 'closing')));
      expect(preview.item).toEqual(full.blocks.slice(start, next));
      expect(preview.omittedBefore).toBe(index);
      // The tail is the verbale's own after the last item: closing, signatures, the list of attachments.
      expect(preview.tail).toEqual(full.blocks.slice(full.blocks.findIndex((b) => b.kind === 'paragraph' && b.role === 'closing')));
      expect(preview.tail.some((b) => b.kind === 'signatures')).toBe(true);
    });
  });
});

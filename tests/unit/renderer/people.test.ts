import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filterSpeakers, speakerOptions } from '../../../renderer/lib/people';
import { recentComposerKeys } from '../../../renderer/lib/tavolo-options';
import { MeetingFileSchema } from '../../../shared/meeting-file';
import type { Meeting } from '../../../shared/model';

const example = MeetingFileSchema.parse(JSON.parse(readFileSync('resources/examples/meeting.json', 'utf8'))).meeting;

const names = (meeting: Meeting, query: string) => filterSpeakers(speakerOptions(meeting), query).map((o) => o.name);

describe('speaker search', () => {
  it('finds the officers by office: «presidente» is the president first, «vicepres» the vice-president, «verbalizzante» the minute-taker', () => {
    expect(example.president).toMatchObject({ name: 'Mario Verdi', memberId: 'm09' });
    expect(names(example, 'presidente')).toEqual(['Mario Verdi', 'Elena Fabbri']);
    expect(names(example, 'Vicepres')).toEqual(['Elena Fabbri']);
    expect(names(example, 'verbalizzante')).toEqual(['Dott.ssa Chiara Lombardi']);
    const president = filterSpeakers(speakerOptions(example), 'presidente')[0];
    expect(president).toMatchObject({ speaker: { kind: 'member', memberId: 'm09' }, offices: ['presidente'] });
    expect(president?.detail).toMatch(/^Presidente · /);
  });

  it('finds participants by role, members by entity and seat, with accents folded', () => {
    expect(names(example, 'direttore')).toEqual(['Dott. Roberto Colombo']);
    expect(names(example, 'citta di borgo')).toEqual(['Francesco Leone']);
    expect(filterSpeakers(speakerOptions(example), '3')[0]).toMatchObject({ speaker: { kind: 'member', memberId: example.body.members.find((m) => m.seat === 3)!.id } });
  });

  it('lists one person once: the minute-taker who is also a participant, the president who is also a participant', () => {
    const both: Meeting = {
      ...example,
      body: {
        ...example.body,
        participants: [
          ...example.body.participants,
          { id: 'p-lombardi', honorific: 'Dott.ssa', name: 'Chiara Lombardi', role: 'Responsabile', organisation: 'Ufficio di Piano', gender: 'f' },
          { id: 'p-verdi', honorific: '', name: 'Mario Verdi', role: 'Presidente', organisation: '', gender: 'm' },
        ],
      },
    };
    const options = speakerOptions(both);
    expect(options.filter((o) => o.name.includes('Chiara Lombardi')).map((o) => o.key)).toEqual(['minuteTaker']);
    expect(options.filter((o) => o.name.includes('Mario Verdi')).map((o) => o.key)).toEqual(['member:m09']);
    expect(new Set(options.map((o) => o.key)).size).toBe(options.length);
    expect(names(both, 'ufficio di piano')).toContain('Dott.ssa Chiara Lombardi');
  });

  it('puts recent speakers first among equal matches, and lists them most recent first, each once', () => {
    const said = (memberId: string, id: string) => ({ id, type: 'statement' as const, speaker: { kind: 'member' as const, memberId }, text: 'Interviene.' });
    const [first, second] = example.items;
    const meeting: Meeting = {
      ...example,
      items: [
        { ...first!, entries: [said('m05', 's1'), said('m02', 's2')] },
        { ...second!, entries: [said('m12', 's3'), said('m05', 's4')] },
      ],
    };
    expect(recentComposerKeys(meeting)).toEqual(['member:m05', 'member:m12', 'member:m02']);
    const comune = filterSpeakers(speakerOptions(meeting), 'comune', 30, recentComposerKeys(meeting));
    expect(comune.slice(0, 3).map((o) => o.key)).toEqual(['member:m05', 'member:m12', 'member:m02']);
    expect(filterSpeakers(speakerOptions(meeting), 'comune', 30).slice(0, 3).map((o) => o.key)).toEqual(['member:m01', 'member:m02', 'member:m03']);
  });
});

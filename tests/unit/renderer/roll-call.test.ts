import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultPresence, membersForQuery, presenceChoices, presenceForKey } from '../../../renderer/lib/roll-call';
import { MeetingFileSchema } from '../../../shared/meeting-file';
import type { Meeting } from '../../../shared/model';

const example = MeetingFileSchema.parse(JSON.parse(readFileSync('resources/examples/meeting.json', 'utf8'))).meeting;
const members = example.body.members;
const seats = (query: string) => membersForQuery(members, query).map((m) => m.seat);

describe('roll call by keyboard', () => {
  it('reads seat numbers apart, run together when the run is no seat (the longest seat first), or one member by name', () => {
    expect(members).toHaveLength(17);
    expect(seats('3579')).toEqual([3, 5, 7, 9]);
    expect(seats('3 5, 12')).toEqual([3, 5, 12]);
    expect(seats('1215')).toEqual([12, 15]);
    expect(seats('1 2 15')).toEqual([1, 2, 15]);
    expect(seats('12')).toEqual([12]);
    expect(seats('18')).toEqual([1, 8]);
    expect(seats('1 0')).toEqual([]);
    expect(seats('fontebella')).toEqual([4]);
    expect(seats('nessuno')).toEqual([]);
  });

  it('offers what the modality allows: online has no «In aula», in person no «Da remoto», arrivals present by default', () => {
    const as = (modality: Meeting['modality']): Meeting => ({ ...example, modality });
    expect(presenceChoices(as('online'))).toEqual(['remote', 'absent']);
    expect(presenceChoices(as('presence'))).toEqual(['room', 'absent']);
    expect(presenceChoices(as('mixed'))).toEqual(['room', 'remote', 'absent']);
    expect(defaultPresence(as('online'))).toBe('remote');
    expect(defaultPresence(as('presence'))).toBe('room');
    expect(presenceForKey(as('online'), 'Enter')).toBe('remote');
    expect(presenceForKey(as('online'), '+')).toBeNull();
    expect(presenceForKey(as('presence'), '*')).toBeNull();
    expect(presenceForKey(as('mixed'), '-')).toBe('absent');
  });
});

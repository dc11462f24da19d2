import { describe, expect, it } from 'vitest';
import { href, parseRoute } from '../../../renderer/app/routes';
import { revisionCaption } from '../../../renderer/lib/revisions';

describe('past revisions in the renderer', () => {
  it('names a revision by its closing time and its reopening, in local time and Italian', () => {
    const reopenedAt = new Date(2026, 11, 2, 10, 15).toISOString();
    expect(revisionCaption({ revision: 1, endTime: '19:47', reopenedAt, reason: 'refuso' })).toBe(
      'Revisione 1: chiusa alle 19:47, riaperta il 2 dicembre 2026 alle 10:15',
    );
    expect(revisionCaption({ revision: 2, endTime: null, reopenedAt, reason: 'refuso' })).toBe('Revisione 2: riaperta il 2 dicembre 2026 alle 10:15');
  });

  it('opens a revision at its own address, and only a positive revision number', () => {
    const route = { name: 'revision', meetingId: 'seduta/1', revision: 2 } as const;
    expect(href(route)).toBe('#/meeting/seduta%2F1/revision/2');
    expect(parseRoute(href(route))).toEqual(route);
    for (const bad of ['#/meeting/m1/revision/0', '#/meeting/m1/revision/-1', '#/meeting/m1/revision/due', '#/meeting/m1/revision/'])
      expect(parseRoute(bad).name).not.toBe('revision');
  });
});

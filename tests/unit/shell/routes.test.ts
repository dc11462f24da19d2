import { describe, expect, it } from 'vitest';
import { chairMeetingIdFromUrl, chairUrl, meetingIdFromUrl } from '../../../electron/shell/routes';

describe('meetingIdFromUrl', () => {
  it.each([
    ['app://verbalizza/index.html#/meeting/abc-123', 'abc-123'],
    ['app://verbalizza/index.html#/meeting/abc-123/setup', 'abc-123'],
    ['app://verbalizza/index.html#/meeting/abc-123/close', 'abc-123'],
    ['app://verbalizza/index.html#/chair/m%20x', 'm x'],
  ])('reads the meeting of %s', (url, id) => {
    expect(meetingIdFromUrl(url)).toBe(id);
  });

  it.each(['app://verbalizza/index.html#/', 'app://verbalizza/index.html#/body/b1', 'app://verbalizza/index.html', 'rubbish', 'app://verbalizza/#/meeting/%E0%A4%A'])(
    'finds no meeting in %s',
    (url) => {
      expect(meetingIdFromUrl(url)).toBeNull();
    },
  );
});

describe('chairUrl', () => {
  it('loads the renderer chair route from our origin, and round-trips', () => {
    const url = chairUrl('seduta/1');
    expect(url).toBe('app://verbalizza/index.html#/chair/seduta%2F1');
    expect(meetingIdFromUrl(url)).toBe('seduta/1');
  });
});

describe('chairMeetingIdFromUrl', () => {
  it('reads only chair routes', () => {
    expect(chairMeetingIdFromUrl('app://verbalizza/index.html#/chair/m1')).toBe('m1');
    expect(chairMeetingIdFromUrl('app://verbalizza/index.html#/meeting/m1')).toBeNull();
    expect(chairMeetingIdFromUrl('nonsense')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { MeetingChangedEvent } from '../../../shared/api/events';
import { broadcastMeetingChange, type ChangeRecipient } from '../../../electron/shell/change-broadcast';
import type { WindowAccess } from '../../../electron/shell/ipc-guard';

/** A window as the broadcast sees it, recording what it was sent. */
function window(access: WindowAccess, url = 'app://verbalizza/index.html#/', destroyed = false) {
  const received: [string, MeetingChangedEvent][] = [];
  const recipient: ChangeRecipient = {
    access,
    webContents: { isDestroyed: () => destroyed, getURL: () => url, send: (channel, event) => received.push([channel, event]) },
  };
  return { recipient, received };
}

describe('change broadcast to windows', () => {
  it('sends every meeting’s event to the main window, and to the chair display only those of its meeting', () => {
    const main = window({ kind: 'full' });
    const chairOfA = window({ kind: 'chair', meetingId: 'a' }, 'app://verbalizza/index.html#/chair/a');
    const chairOfB = window({ kind: 'chair', meetingId: 'b' }, 'app://verbalizza/index.html#/chair/b');
    const windows = [main.recipient, chairOfA.recipient, chairOfB.recipient];
    broadcastMeetingChange({ meetingId: 'a', version: 7 }, windows);
    broadcastMeetingChange({ meetingId: 'c', version: 2 }, windows);
    expect(main.received).toEqual([
      ['verbalizza:changed', { meetingId: 'a', version: 7 }],
      ['verbalizza:changed', { meetingId: 'c', version: 2 }],
    ]);
    expect(chairOfA.received).toEqual([['verbalizza:changed', { meetingId: 'a', version: 7 }]]);
    expect(chairOfB.received).toEqual([]);
  });

  it('sends nothing to a window that is gone or no longer shows our app, and only the two fields', () => {
    const gone = window({ kind: 'full' }, 'app://verbalizza/index.html', true);
    const elsewhere = window({ kind: 'full' }, 'https://evil.example/');
    const ours = window({ kind: 'full' });
    const event = { meetingId: 'a', version: 3, extra: 'non inviato' } as MeetingChangedEvent;
    broadcastMeetingChange(event, [gone.recipient, elsewhere.recipient, ours.recipient]);
    expect(gone.received).toEqual([]);
    expect(elsewhere.received).toEqual([]);
    expect(ours.received).toEqual([['verbalizza:changed', { meetingId: 'a', version: 3 }]]);
  });
});

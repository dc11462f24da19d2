import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Transport } from '../../../renderer/api/transport';
import { connect } from '../../../renderer/store/connection';
import { followMeetingChanges } from '../../../renderer/store/follow';
import { useMeeting } from '../../../renderer/store/meeting';
import { useStatus } from '../../../renderer/store/status';
import { createExampleBody, testBackend, type TestBackend } from '../storage/helpers';

/**
 * A window's store following the change events of a real backend, as the IPC transport brings them (the event of a
 * write arrives before its reply). Writes made with `t.call` are another window's.
 */
let t: TestBackend;
let stopFollowing: () => void;
/** The meetings.get calls this window made. */
let loads: string[];
let meetingId: string;
let otherMeetingId: string;

const transport: Transport = {
  call(method, input) {
    if (method === 'meetings.get') loads.push((input as { meetingId: string }).meetingId);
    return t.backend.dispatch(method, input);
  },
  subscribe: (listener) => t.backend.onMeetingChanged(listener),
};

const newMeeting = { date: '2026-11-20', startTime: '17:30', modality: 'presence', place: '', convocation: 'first' } as const;
const idOf = (reply: unknown) => (reply as { meetingId?: string; meeting?: { id: string } }).meetingId ?? (reply as { meeting: { id: string } }).meeting.id;
const version = () => useMeeting.getState().view?.version;

beforeEach(async () => {
  t = testBackend();
  loads = [];
  connect(transport);
  useStatus.setState({ saving: 0, error: null, savedCount: 0 });
  useMeeting.setState({ view: null, loadError: null, lastAddedEntryId: null });
  const body = await createExampleBody(t);
  meetingId = idOf(await t.call('meetings.create', { bodyId: body.id, ...newMeeting }));
  otherMeetingId = idOf(await t.call('meetings.create', { bodyId: body.id, ...newMeeting, date: '2026-11-21' }));
  stopFollowing = followMeetingChanges();
  await useMeeting.getState().load(meetingId);
  loads = [];
});
afterEach(() => {
  stopFollowing();
  t.close();
});

describe('a window follows the meeting it shows', () => {
  it('reads it again when another window writes it, and shows what that window wrote', async () => {
    await t.call('meetings.addItem', { meetingId, title: 'Scritto altrove' });
    await expect.poll(version).toBe(2);
    expect(useMeeting.getState().view!.meeting.items.map((item) => item.title)).toEqual(['Scritto altrove']);
    expect(loads).toEqual([meetingId]);
  });

  it('does not read again for its own write (the reply brings that version) nor for another meeting', async () => {
    await useMeeting.getState().act('meetings.addItem', { meetingId, title: 'Mio' });
    expect(version()).toBe(2);
    await t.call('meetings.addItem', { meetingId: otherMeetingId, title: 'Di un’altra seduta' });
    expect(loads).toEqual([]);
  });

  it('a change made by another window while her write is on its way is not lost', async () => {
    const pending = useMeeting.getState().act('meetings.addItem', { meetingId, title: 'Mio' });
    await t.call('meetings.addItem', { meetingId, title: 'Altrove' });
    await pending;
    await expect.poll(version).toBe(3);
    expect(useMeeting.getState().view!.meeting.items.map((item) => item.title).sort()).toEqual(['Altrove', 'Mio']);
  });

  it('stops following when told to', async () => {
    stopFollowing();
    await t.call('meetings.addItem', { meetingId, title: 'Scritto altrove' });
    expect(loads).toEqual([]);
    expect(version()).toBe(1);
  });
});

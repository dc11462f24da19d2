import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingView } from '../../../shared/api/contract';
import type { ApiResponse } from '../../../shared/api/errors';
import type { Transport } from '../../../renderer/api/transport';
import { read, saveDraft, write } from '../../../renderer/store/calls';
import { connect } from '../../../renderer/store/connection';
import { useMeeting } from '../../../renderer/store/meeting';
import { useStatus } from '../../../renderer/store/status';
import { createExampleBody, testBackend, type TestBackend } from '../storage/helpers';

/**
 * The store driven through a fake transport that forwards to a real backend on a real SQLite file;
 * a call can be held back to see the status while it is on its way.
 */
let t: TestBackend;
let held: { method: string; release: () => void } | null;
let holdNext: string | null;
let view: MeetingView;
let itemId: string;

const transport: Transport = {
  async call(method, input) {
    if (holdNext === method) {
      holdNext = null;
      await new Promise<void>((release) => (held = { method, release }));
    }
    return t.backend.dispatch(method, input);
  },
  subscribe: () => () => {},
};

async function heldCall<R>(method: string, start: () => Promise<R>): Promise<{ whilePending: ReturnType<typeof useStatus.getState>; result: R }> {
  holdNext = method;
  const pending = start();
  await expect.poll(() => held?.method).toBe(method);
  const whilePending = useStatus.getState();
  held!.release();
  held = null;
  return { whilePending, result: await pending };
}

const wrongTally = () => ({
  meetingId: view.meeting.id,
  itemId,
  entry: { type: 'decision', kind: 'vote', subject: 'il bilancio', favourable: 1, against: 0, abstained: 0, notVoting: 0 } as const,
});

beforeEach(async () => {
  t = testBackend();
  held = null;
  holdNext = null;
  connect(transport);
  useStatus.setState({ saving: 0, error: null, savedCount: 0 });
  useMeeting.setState({ view: null, loadError: null, lastAddedEntryId: null });
  const body = await createExampleBody(t);
  view = await t.viewAfter('meetings.create', { bodyId: body.id, date: '2026-11-20', startTime: '17:30', modality: 'presence', place: '', convocation: 'first' });
  for (const member of body.members) view = await t.viewAfter('meetings.setRollCall', { meetingId: view.meeting.id, memberId: member.id, presence: 'room' });
  view = await t.viewAfter('meetings.addItem', { meetingId: view.meeting.id, title: 'Bilancio' });
  view = await t.viewAfter('meetings.start', { meetingId: view.meeting.id });
  itemId = view.meeting.items[0]!.id;
});
afterEach(() => t.close());

async function refusalMessage(): Promise<string> {
  const error = await t.fail('meetings.addEntry', wrongTally());
  return error.message;
}

describe('save status', () => {
  it('a read never shows "Salvataggio…" nor counts as saved', async () => {
    const { whilePending, result } = await heldCall('meetings.search', () => read('meetings.search', { text: '' }));
    expect(whilePending.saving).toBe(0);
    expect(result?.map((m) => m.id)).toEqual([view.meeting.id]);
    expect(useStatus.getState()).toMatchObject({ saving: 0, savedCount: 0, error: null });
  });

  it('a write shows "Salvataggio…" while on its way, then counts as saved', async () => {
    const { whilePending, result } = await heldCall('meetings.addEntry', () =>
      write('meetings.addEntry', { meetingId: view.meeting.id, itemId, entry: { type: 'note', text: 'Nota del verbalizzante' } }),
    );
    expect(whilePending.saving).toBe(1);
    expect(result?.entries).toHaveLength(1);
    expect(useStatus.getState()).toMatchObject({ saving: 0, savedCount: 1, error: null });
  });

  it('a refusal stays on screen through draft autosaves and reads, and goes with her next successful write', async () => {
    const expected = await refusalMessage();
    expect(await write('meetings.addEntry', wrongTally())).toBeNull();
    expect(useStatus.getState()).toMatchObject({ saving: 0, savedCount: 0, error: { message: expected } });

    expect(await saveDraft({ meetingId: view.meeting.id, key: 'statement:x', text: 'bozza' })).not.toBeNull();
    expect(await read('meetings.drafts', { meetingId: view.meeting.id })).toHaveLength(1);
    expect(useStatus.getState()).toMatchObject({ savedCount: 1, error: { message: expected } });

    expect(await write('meetings.addEntry', { meetingId: view.meeting.id, itemId, entry: { type: 'note', text: 'Nota' } })).not.toBeNull();
    expect(useStatus.getState()).toMatchObject({ savedCount: 2, error: null });
  });

  it('a failed read is shown until dismissed, and a later read that succeeds does not hide it', async () => {
    expect(await read('meetings.check', { meetingId: 'inesistente' })).toBeNull();
    const { error } = useStatus.getState();
    expect(error?.message).toMatch(/\S/);
    expect(await read('bodies.list', {})).toHaveLength(1);
    expect(useStatus.getState().error).toEqual(error);
    useStatus.getState().clearError();
    expect(useStatus.getState().error).toBeNull();
  });
});

describe('meeting store', () => {
  it('load shows the meeting without touching the save status; a failed load says why and the next good one clears it', async () => {
    await useMeeting.getState().load('inesistente');
    expect(useMeeting.getState().view).toBeNull();
    expect(useMeeting.getState().loadError).toMatch(/\S/);
    await useMeeting.getState().load(view.meeting.id);
    expect(useMeeting.getState()).toMatchObject({ loadError: null, view: { meeting: { id: view.meeting.id, revision: view.meeting.revision } } });
    expect(useStatus.getState()).toMatchObject({ saving: 0, savedCount: 0, error: null });
  });

  it('a reload of an unchanged meeting keeps the same view object (the chair screen does not redraw)', async () => {
    await useMeeting.getState().load(view.meeting.id);
    const first = useMeeting.getState().view;
    await useMeeting.getState().load(view.meeting.id);
    expect(useMeeting.getState().view).toBe(first);
  });

  it('act applies the reply to the view it holds, giving what a fresh load gives, and knows the entry it added by the id it made', async () => {
    await t.call('meetings.addItem', { meetingId: view.meeting.id, title: 'Varie' });
    await useMeeting.getState().load(view.meeting.id);
    const untouched = useMeeting.getState().view!.meeting.items[1];
    const sent: unknown[] = [];
    connect({ call: (method, input) => (sent.push(input), t.backend.dispatch(method, input)), subscribe: () => () => {} });
    const applied = await useMeeting.getState().act('meetings.addEntry', { meetingId: view.meeting.id, itemId, entry: { type: 'note', text: 'Nota' } });
    const made = (sent[0] as { entry: { id: string } }).entry.id;
    expect(made).toMatch(/^[0-9a-f-]{36}$/);
    expect(applied!.meeting.items[0]!.entries.map((entry) => entry.id)).toEqual([made]);
    expect(useMeeting.getState().lastAddedEntryId).toBe(made);
    expect(useMeeting.getState().view).toBe(applied);
    // The item the write did not touch is the one she had; the whole view equals what the archive gives now.
    expect(applied!.meeting.items[1]).toBe(untouched);
    expect(applied).toEqual(await t.call('meetings.get', { meetingId: view.meeting.id }));
    expect(useStatus.getState()).toMatchObject({ savedCount: 1, error: null });
  });

  it('a reply that does not follow the view held (another window wrote in between) loads the whole view again', async () => {
    await useMeeting.getState().load(view.meeting.id);
    await t.call('meetings.addEntry', { meetingId: view.meeting.id, itemId, entry: { type: 'note', text: 'da un\'altra finestra' } });
    const applied = await useMeeting.getState().act('meetings.addEntry', { meetingId: view.meeting.id, itemId, entry: { type: 'note', text: 'mia' } });
    expect(applied!.meeting.items[0]!.entries.map((entry) => entry.type === 'note' && entry.text)).toEqual(["da un'altra finestra", 'mia']);
    expect(applied).toEqual(await t.call('meetings.get', { meetingId: view.meeting.id }));
  });

  it('a refused act keeps the view she had and shows the refusal', async () => {
    await useMeeting.getState().load(view.meeting.id);
    const before = useMeeting.getState().view;
    const expected = await refusalMessage();
    expect(await useMeeting.getState().act('meetings.addEntry', wrongTally())).toBeNull();
    expect(useMeeting.getState().view).toBe(before);
    expect(useStatus.getState().error?.message).toBe(expected);
  });

  it('a transport that rejects ends in the error banner, not in an exception', async () => {
    connect({ call: (): Promise<ApiResponse<unknown>> => Promise.reject(new Error('canale chiuso')), subscribe: () => () => {} });
    expect(await write('meetings.undo', { meetingId: view.meeting.id })).toBeNull();
    expect(useStatus.getState()).toMatchObject({ saving: 0, error: { message: expect.stringMatching(/^Impossibile contattare/) } });
  });
});

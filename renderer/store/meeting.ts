import { create } from 'zustand';
import type { MeetingView, MethodInput, MethodResult } from '../../shared/api/contract';
import { client } from './connection';
import { errorText } from '../api/errors';
import { write, type UserWriteMethod } from './calls';

/** The writes whose reply is the meeting's new view. */
export type MeetingWriteMethod = { [M in UserWriteMethod]: MethodResult<M> extends MeetingView ? M : never }[UserWriteMethod];

/** The meeting open in the live screens. Every meeting write answers with the new MeetingView, which replaces the old one. */
interface MeetingState {
  view: MeetingView | null;
  /** Why the meeting could not be (re)loaded; cleared by the next load that succeeds. */
  loadError: string | null;
  /** Id of the last entry added by this window, so the timeline can show it and focus can return. */
  lastAddedEntryId: string | null;
  load(meetingId: string): Promise<void>;
  act<M extends MeetingWriteMethod>(method: M, input: MethodInput<M>): Promise<MeetingView | null>;
}

export const useMeeting = create<MeetingState>((set, get) => ({
  view: null,
  loadError: null,
  lastAddedEntryId: null,
  async load(meetingId) {
    // The screen shows a failed load in place of the meeting, so it does not go to the save status.
    const response = await client().call('meetings.get', { meetingId });
    if (!response.ok) {
      set({ loadError: errorText(response.error).message });
      return;
    }
    const before = get().view;
    const unchanged = before?.meeting.id === meetingId && before.updatedAt === response.result.updatedAt;
    set(unchanged ? { loadError: null } : { view: response.result, loadError: null });
  },
  async act(method, input) {
    const before = get().view;
    const view: MeetingView | null = await write(method, input);
    if (!view) return null;
    set({ view, lastAddedEntryId: method === 'meetings.addEntry' ? newEntryId(before, view) : get().lastAddedEntryId });
    return view;
  },
}));

function newEntryId(before: MeetingView | null, after: MeetingView): string | null {
  const known = new Set<string>();
  for (const item of before?.meeting.items ?? []) for (const e of item.entries) known.add(e.id);
  for (const item of after.meeting.items) for (const e of item.entries) if (!known.has(e.id)) return e.id;
  return null;
}

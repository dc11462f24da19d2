import { create } from 'zustand';
import { applyChange } from '../../shared/api/apply-change';
import type { MeetingChange, MeetingView, MethodInput, MethodResult } from '../../shared/api/contract';
import { client } from './connection';
import { errorText } from '../api/errors';
import { write, type UserWriteMethod } from './calls';

/** The writes that answer with a MeetingChange. */
export type MeetingWriteMethod = { [M in UserWriteMethod]: MethodResult<M> extends MeetingChange ? M : never }[UserWriteMethod];

/**
 * The meeting open in the live screens: `meetings.get` loads the whole view once, then every write answers with what
 * it changed, which is applied to the view held here.
 */
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
    const unchanged = before?.meeting.id === meetingId && before.version === response.result.version;
    set(unchanged ? { loadError: null } : { view: response.result, loadError: null });
  },
  async act(method, input) {
    const change: MeetingChange | null = await write(method, withCallerId(method, input));
    if (!change) return null;
    const before = get().view;
    const view = before ? applyChange(before, change) : null;
    if (!view) {
      // Not the next version of the view held here (another window wrote in between): load it whole.
      await get().load(change.meetingId);
    } else {
      set({ view });
    }
    if (method === 'meetings.addEntry' && change.createdId !== undefined) set({ lastAddedEntryId: change.createdId });
    return get().view;
  },
}));

/** Creating writes carry an id made here, so the window knows what it created without comparing views. */
function withCallerId<M extends MeetingWriteMethod>(method: M, input: MethodInput<M>): MethodInput<M> {
  const id = crypto.randomUUID();
  if (method === 'meetings.addEntry') {
    const add = input as MethodInput<'meetings.addEntry'>;
    return { ...add, entry: { ...add.entry, id: add.entry.id ?? id } } as MethodInput<M>;
  }
  if (method === 'meetings.addItem') {
    const add = input as MethodInput<'meetings.addItem'>;
    return { ...add, itemId: add.itemId ?? id } as MethodInput<M>;
  }
  if (method === 'meetings.addGuest') {
    const add = input as MethodInput<'meetings.addGuest'>;
    return { ...add, guest: { ...add.guest, id: add.guest.id ?? id } } as MethodInput<M>;
  }
  return input;
}

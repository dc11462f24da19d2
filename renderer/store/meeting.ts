import { create } from 'zustand';
import type { MeetingView, MethodInput, MethodName, MethodResult } from '../../shared/api/contract';
import { run } from './run';

/** The meeting open in the live screens. Every action returns the new MeetingView, which replaces the old one. */
interface MeetingState {
  view: MeetingView | null;
  loadError: string | null;
  /** Id of the last entry added by this window, so the timeline can show it and focus can return. */
  lastAddedEntryId: string | null;
  load(meetingId: string): Promise<void>;
  act<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M> | null>;
}

export const useMeeting = create<MeetingState>((set, get) => ({
  view: null,
  loadError: null,
  lastAddedEntryId: null,
  async load(meetingId) {
    const view = await run('meetings.get', { meetingId });
    if (view) set({ view, loadError: null });
    else set({ loadError: 'Seduta non trovata o non leggibile.' });
  },
  async act(method, input) {
    const before = get().view;
    const result = await run(method, input);
    if (result && isMeetingView(result)) {
      set({ view: result, lastAddedEntryId: method === 'meetings.addEntry' ? newEntryId(before, result) : get().lastAddedEntryId });
    }
    return result;
  },
}));

function isMeetingView(value: unknown): value is MeetingView {
  return typeof value === 'object' && value !== null && 'meeting' in value && 'quorumNow' in value;
}

function newEntryId(before: MeetingView | null, after: MeetingView): string | null {
  const known = new Set<string>();
  for (const item of before?.meeting.items ?? []) for (const e of item.entries) known.add(e.id);
  for (const item of after.meeting.items) for (const e of item.entries) if (!known.has(e.id)) return e.id;
  return null;
}

import type { MeetingChangedEvent, Unsubscribe } from '../../shared/api/events';
import { client } from './connection';
import { useMeeting } from './meeting';
import { useStatus } from './status';

/**
 * Keeps the meeting this window shows in step with what other windows and programs write (the chair display, a second
 * browser tab): when a change event names it at another version, it is read again. What she is typing is not in the
 * meeting (drafts and open fields are the components' own), so a reload never touches it.
 *
 * While one of her own writes is on its way the event is set aside: it is most likely that write's, whose reply
 * brings the same version (and a reply that is not the next version reloads by itself); the next change of the
 * view, or the next event, decides whether it still needs reading.
 */
export function followMeetingChanges(): Unsubscribe {
  let setAside: MeetingChangedEvent | null = null;
  const consider = (event: MeetingChangedEvent) => {
    const { view, load } = useMeeting.getState();
    if (view?.meeting.id !== event.meetingId) return;
    if (useStatus.getState().saving > 0) {
      setAside = event;
      return;
    }
    setAside = null;
    if (event.version !== view.version) void load(event.meetingId);
  };
  const stopEvents = client().subscribe(consider);
  const stopView = useMeeting.subscribe((state, previous) => {
    if (!setAside || state.view === previous.view) return;
    const event = setAside;
    setAside = null;
    if (state.view && event.version > state.view.version) consider(event);
  });
  return () => {
    stopEvents();
    stopView();
  };
}

import type { MeetingChangedEvent, MeetingChangedListener, Unsubscribe } from '../../../shared/api/events';

/**
 * The backend's change events, for whoever pushes them to windows (the Electron shell, browser mode's event stream).
 * It outlives a restore, which rebuilds the services behind it.
 */
export class MeetingChanges {
  private readonly listeners = new Set<MeetingChangedListener>();

  /** @param listenerFailed where a listener's failure goes: the write it announces is committed, so it must not fail. */
  constructor(private readonly listenerFailed: (error: unknown) => void) {}

  subscribe(listener: MeetingChangedListener): Unsubscribe {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: MeetingChangedEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener({ ...event });
      } catch (error) {
        this.listenerFailed(error);
      }
    }
  }
}

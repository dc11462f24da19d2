import type { MeetingChangedEvent } from '../../shared/api/events';
import type { WindowAccess } from './ipc-guard';
import { CHANGE_CHANNEL, isAppUrl } from './security-config';

/** One of our windows as the broadcast sees it (Electron's WebContents satisfies it): no Electron import, unit-tested. */
export interface ChangeRecipient {
  access: WindowAccess;
  webContents: { isDestroyed(): boolean; getURL(): string; send(channel: typeof CHANGE_CHANNEL, event: MeetingChangedEvent): void };
}

/**
 * Sends a meeting's change event to our windows showing our app: the main window gets every meeting's,
 * the chair display only those of the meeting it was opened on.
 */
export function broadcastMeetingChange(event: MeetingChangedEvent, windows: Iterable<ChangeRecipient>): void {
  for (const { access, webContents } of windows) {
    if (access.kind === 'chair' && access.meetingId !== event.meetingId) continue;
    if (webContents.isDestroyed() || !isAppUrl(webContents.getURL())) continue;
    webContents.send(CHANGE_CHANNEL, { meetingId: event.meetingId, version: event.version });
  }
}

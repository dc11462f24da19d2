import { z } from 'zod';
import { IdSchema } from '../model/primitives';

/**
 * The one pushed event: a meeting has a new version. It names the meeting and its version, nothing else (no
 * personal data travels with it): a window holding that meeting at another version reads it again.
 */
export const MeetingChangedEventSchema = z.strictObject({ meetingId: IdSchema, version: z.number().int().min(1) });

export type MeetingChangedEvent = z.infer<typeof MeetingChangedEventSchema>;

export type MeetingChangedListener = (event: MeetingChangedEvent) => void;

/** Stops the listener it was returned for. */
export type Unsubscribe = () => void;

/** Browser mode: where a signed-in page opens the stream of change events (server-sent events, GET). */
export const EVENTS_PATH = '/events';
/** The server-sent event's name; its data is the event as JSON. */
export const MEETING_CHANGED = 'meeting-changed';

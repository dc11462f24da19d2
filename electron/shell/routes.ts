import { APP_INDEX_URL } from './security-config';

/**
 * The renderer's hash routes the shell needs: which meeting the main window shows
 * (for the menu's export and chair display) and the chair route to load.
 */

const MEETING_ROUTE = /^#\/(?:meeting|chair)\/([^/]+)(?:\/(?:setup|close))?$/;

/** The meeting id of a window URL like app://verbalizza/index.html#/meeting/<id>, or null. */
export function meetingIdFromUrl(url: string): string | null {
  let hash: string;
  try {
    hash = new URL(url).hash;
  } catch {
    return null;
  }
  const match = MEETING_ROUTE.exec(hash);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

/** The meeting of a chair display URL (app://verbalizza/index.html#/chair/<id>), or null. */
export function chairMeetingIdFromUrl(url: string): string | null {
  let hash: string;
  try {
    hash = new URL(url).hash;
  } catch {
    return null;
  }
  return hash.startsWith('#/chair/') ? meetingIdFromUrl(url) : null;
}

/** The URL the chair display loads: read-only, large type, live (the renderer's #/chair/<id> route). */
export function chairUrl(meetingId: string): string {
  return `${APP_INDEX_URL}#/chair/${encodeURIComponent(meetingId)}`;
}

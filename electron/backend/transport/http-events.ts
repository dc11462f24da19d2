import type { IncomingMessage, ServerResponse } from 'node:http';
import { MEETING_CHANGED, type MeetingChangedListener, type Unsubscribe } from '../../../shared/api/events';
/** A comment line this often keeps the connection open through anything that closes idle ones. */
const KEEP_ALIVE_MS = 15_000;

export type SubscribeToChanges = (listener: MeetingChangedListener) => Unsubscribe;

/**
 * A GET from our own page. Browsers send no Origin on a same-origin GET, so: a foreign Origin, or a Sec-Fetch-Site
 * other than same-origin, is another site's page (which may carry our cookie: cookies ignore ports) and is refused.
 */
export function isOwnPageGet(request: IncomingMessage): boolean {
  const { origin, host } = request.headers;
  if (origin !== undefined && (!host || origin.toLowerCase() !== `http://${host.toLowerCase()}`)) return false;
  const site = request.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin';
}

/**
 * Streams every change event to one signed-in page until it goes away: each event as it is committed, a keep-alive
 * comment in between; the subscription ends with the connection.
 */
export function streamChanges(request: IncomingMessage, response: ServerResponse, subscribe: SubscribeToChanges, headers: Record<string, string>): void {
  response.writeHead(200, { ...headers, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store' });
  // The retry delay for the browser's reconnection, and a first line so that the page knows the stream is open.
  response.write('retry: 1000\n: verbalizza\n\n');
  const unsubscribe = subscribe((event) => {
    response.write(`event: ${MEETING_CHANGED}\ndata: ${JSON.stringify({ meetingId: event.meetingId, version: event.version })}\n\n`);
  });
  const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
  keepAlive.unref();
  request.socket.setTimeout(0);
  response.once('close', () => {
    clearInterval(keepAlive);
    unsubscribe();
  });
}

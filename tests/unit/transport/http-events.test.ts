import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingChangedListener } from '../../../shared/api/events';
import { startHttpServer, type HttpServer } from '../../../electron/backend/transport/http';
import { createExampleBody, testBackend, type TestBackend } from '../storage/helpers';
import { ownOrigin, rawRequest, signIn } from './http-client';
import { openSse, type SseStream } from './sse-client';

/** Browser mode's change stream, on a real backend and a real server: one page writes, another page's stream hears it. */
let t: TestBackend;
let server: HttpServer;
let page: Record<string, string>;
let bodyId: string;
/** Streams the server is feeding now (each subscription it holds on the backend). */
let subscribed = 0;

beforeAll(async () => {
  t = testBackend();
  bodyId = (await createExampleBody(t)).id;
  const changes = (listener: MeetingChangedListener) => {
    subscribed += 1;
    const unsubscribe = t.backend.onMeetingChanged(listener);
    return () => {
      subscribed -= 1;
      unsubscribe();
    };
  };
  server = await startHttpServer({ dispatch: t.backend.dispatch, changes, staticDir: null });
  page = await signIn(server);
});
// Every test closes its streams: the server lets go of each subscription.
afterEach(async () => {
  await until(() => subscribed === 0);
});
afterAll(async () => {
  await server.close();
  t.close();
});

const post = (method: string, body: unknown) =>
  rawRequest({ port: server.port, path: `/api/${method}`, headers: { 'content-type': 'application/json', ...page }, body: JSON.stringify(body) });

const newMeeting = { date: '2026-11-20', startTime: '17:30', modality: 'presence', place: '', convocation: 'first' };

async function until(condition: () => boolean): Promise<void> {
  await expect.poll(condition).toBe(true);
}

describe('GET /events (browser mode change stream)', () => {
  it('tells a second page of every write another page makes, with the meeting id and its new version only', async () => {
    const stream = await openSse(server.port, '/events', { cookie: page.cookie!, 'sec-fetch-site': 'same-origin', host: `127.0.0.1:${server.port}` });
    try {
      expect(stream.status).toBe(200);
      expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8');
      expect(stream.headers['content-security-policy']).toBeDefined();
      expect(stream.headers['cache-control']).toBe('no-store');

      const created = await post('meetings.create', { bodyId, ...newMeeting });
      expect(created.status).toBe(200);
      const first = await stream.next();
      expect(first.event).toBe('meeting-changed');
      const event = JSON.parse(first.data) as { meetingId: string; version: number };
      expect(Object.keys(event).sort()).toEqual(['meetingId', 'version']);
      expect(event.version).toBe(1);

      // The page that heard it reads the meeting at that version; the next write is version 2.
      const read = JSON.parse((await post('meetings.get', { meetingId: event.meetingId })).body);
      expect(read.result.version).toBe(1);
      expect((await post('meetings.addItem', { meetingId: event.meetingId, title: 'Bilancio' })).status).toBe(200);
      expect(JSON.parse((await stream.next()).data)).toEqual({ meetingId: event.meetingId, version: 2 });
    } finally {
      stream.close();
    }
  });

  it('sends nothing for a refused write or a read', async () => {
    const created = JSON.parse((await post('meetings.create', { bodyId, ...newMeeting })).body).result as { meetingId?: string; meeting?: { id: string } };
    const meetingId = created.meetingId ?? created.meeting!.id;
    const stream = await openSse(server.port, '/events', { ...page, 'sec-fetch-site': 'same-origin' });
    try {
      expect((await post('meetings.removeItem', { meetingId, itemId: 'nessuno' })).status).not.toBe(200);
      expect((await post('meetings.get', { meetingId })).status).toBe(200);
      expect((await post('meetings.addItem', { meetingId, title: 'Varie' })).status).toBe(200);
      // The first event the stream carries is the accepted write's (version 2), not one for the refusal.
      expect(JSON.parse((await stream.next()).data)).toEqual({ meetingId, version: 2 });
    } finally {
      stream.close();
    }
  });

  it('refuses a page that is not signed in, another site (Origin or Sec-Fetch-Site), and anything but GET; subscribes none of them', async () => {
    const own = ownOrigin(server.port);
    const attempts: { headers: Record<string, string>; status: number }[] = [
      { headers: { ...own }, status: 401 },
      { headers: { ...own, cookie: 'verbalizza_session=indovinato' }, status: 401 },
      { headers: { ...page, origin: 'http://127.0.0.1:9999' }, status: 403 },
      { headers: { ...page, origin: 'http://evil.example' }, status: 403 },
      { headers: { cookie: page.cookie!, host: own.host!, 'sec-fetch-site': 'same-site' }, status: 403 },
      { headers: { cookie: page.cookie!, host: own.host!, 'sec-fetch-site': 'cross-site' }, status: 403 },
    ];
    for (const attempt of attempts) {
      const response = await rawRequest({ port: server.port, method: 'GET', path: '/events', headers: attempt.headers });
      expect({ status: response.status, type: response.headers['content-type'] }).toEqual({ status: attempt.status, type: 'application/json; charset=utf-8' });
      expect(JSON.parse(response.body).error.kind).toBe('unauthorized');
    }
    const posted = await rawRequest({ port: server.port, method: 'POST', path: '/events', headers: page, body: '' });
    expect(posted.status).toBe(404);
    expect(subscribed).toBe(0);
  });

  it('ends the subscription when the page goes, and the stream when the server stops', async () => {
    const leaving = await openSse(server.port, '/events', page);
    await until(() => subscribed === 1);
    leaving.close();
    await until(() => subscribed === 0);

    const other = await startHttpServer({ dispatch: t.backend.dispatch, changes: t.backend.onMeetingChanged, staticDir: null });
    const staying: SseStream = await openSse(other.port, '/events', await signIn(other));
    expect(staying.status).toBe(200);
    await other.close();
    await staying.ended;
  });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databasePath } from '../../../electron/backend/paths';
import { openBackend } from '../../../electron/backend/services/backend';
import type { Dispatch } from '../../../electron/backend/transport/dispatch';
import { SESSION_PATH, startHttpServer, type HttpServer } from '../../../electron/backend/transport/http';
import type { MeetingChange, MeetingView } from '../../../shared/api/contract';
import { rawRequest, type RawResponse } from '../transport/http-client';
import { createExampleBody, testBackend, type TestBackend } from './helpers';
import { bundleLockChild, spawnLines, type LineChild } from './writer-lock-processes';

let t: TestBackend;
let server: HttpServer;
let childScript: string;
let meetingId: string;
/** Resolves when the server hands a write to the backend: the write is then waiting for the lock. */
let writeStarted: () => void = () => undefined;
let cookie: string;

beforeAll(async () => {
  childScript = await bundleLockChild('busy');
  t = testBackend();
  const staticDir = join(t.dir, 'renderer');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html><head><title>Verbalizza</title></head><body></body></html>');
  const body = await createExampleBody(t);
  meetingId = (await t.call('meetings.create', { bodyId: body.id, date: '2026-12-01', startTime: '17:30', modality: 'presence', place: '', convocation: 'first' })).meetingId;
  const dispatch: Dispatch = (method, input) => {
    if (method === 'meetings.addItem') writeStarted();
    return t.backend.dispatch(method, input);
  };
  server = await startHttpServer({ dispatch, staticDir });
  cookie = await signIn();
});
afterAll(async () => {
  await server.close();
  t.close();
});

const sameOrigin = () => ({ 'content-type': 'application/json', host: `127.0.0.1:${server.port}`, origin: `http://127.0.0.1:${server.port}` });
const api = (method: string, input: unknown) => rawRequest({ port: server.port, path: `/api/${method}`, headers: { ...sameOrigin(), cookie }, body: JSON.stringify(input) });

/** What the page does once: the launch token for the session cookie. */
async function signIn(): Promise<string> {
  const answer = await rawRequest({ port: server.port, path: SESSION_PATH, headers: sameOrigin(), body: JSON.stringify({ token: server.token }) });
  const setCookie = answer.headers['set-cookie']?.[0];
  if (answer.status !== 204 || !setCookie) throw new Error(`accesso non riuscito: ${answer.status} ${answer.body}`);
  return setCookie.split(';')[0]!;
}
const page = () => rawRequest({ port: server.port, method: 'GET', path: '/', headers: { host: `127.0.0.1:${server.port}` } });

/** Sends a write and resolves once the backend has it (so that what follows happens while it waits for the lock). */
async function startWrite(title: string): Promise<{ answer: Promise<RawResponse>; settled: () => boolean }> {
  const started = new Promise<void>((resolve) => (writeStarted = resolve));
  let done = false;
  const answer = api('meetings.addItem', { meetingId, title }).finally(() => (done = true));
  await Promise.race([started, answer.then((early) => Promise.reject(new Error(`risposta prima di arrivare al servizio: ${early.status} ${early.body}`)))]);
  return { answer, settled: () => done };
}

async function timed<T>(call: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await call();
  return { result, ms: performance.now() - start };
}

describe('another program holding the database lock', () => {
  let holder: LineChild;

  it('does not stop the server: pages and reads answer while a write waits, and the write is refused in Italian', async () => {
    holder = spawnLines([childScript, 'hold-write', databasePath(t.dir)]);
    await holder.waitFor(/^HOLDING$/);
    const refused = await startWrite('Punto rifiutato');

    const latencies: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      const home = await timed(page);
      expect(home.result.status).toBe(200);
      expect(home.result.body).toContain('<title>Verbalizza</title>');
      const read = await timed(() => api('meetings.get', { meetingId }));
      expect(read.result.status).toBe(200);
      latencies.push(home.ms, read.ms);
    }
    // Ordering, not timing, is the proof: all of them answered while the write was still waiting for the lock.
    expect(refused.settled()).toBe(false);
    console.log(`Latenze con l’archivio bloccato da un altro processo (GET / e meetings.get, ms): ${latencies.map((ms) => ms.toFixed(1)).join(', ')}`);
    expect(Math.max(...latencies)).toBeLessThan(1000);

    const { result: answer, ms } = await timed(() => refused.answer);
    console.log(`Scrittura rinunciata dopo ${ms.toFixed(0)} ms di attesa ulteriore`);
    expect(answer.status).toBe(422);
    const { error } = JSON.parse(answer.body);
    expect(error).toMatchObject({ kind: 'domain', code: 'STORAGE_BUSY' });
    expect(error.message).toMatch(/^Archivio in uso da un altro programma: l’operazione non è stata eseguita, nulla è stato modificato\./);
  }, 20_000);

  it('lets a write that waits for the lock through once the other program lets go', async () => {
    const waiting = await startWrite('Punto dopo il rilascio');
    expect(waiting.settled()).toBe(false);
    holder.send('release');
    await holder.waitFor(/^RELEASED$/);
    const answer = await waiting.answer;
    expect(answer.status).toBe(200);
    const change = JSON.parse(answer.body).result as MeetingChange;
    const { meeting } = JSON.parse((await api('meetings.get', { meetingId: change.meetingId })).body).result as MeetingView;
    expect(meeting.items.map((item) => [item.id, item.title])).toEqual([[change.createdId, 'Punto dopo il rilascio']]);
    expect((await holder.exited).code).toBe(0);
  });

  it('leaves the service with what is on disk: the refused write is nowhere, the accepted one everywhere', async () => {
    const served = await t.call('meetings.get', { meetingId });
    const reader = openBackend(t.dir, { readOnly: true });
    const fromDisk = await reader.dispatch('meetings.get', { meetingId });
    reader.close();
    expect(fromDisk.ok && (fromDisk.result as MeetingView).meeting).toEqual(served.meeting);
    expect(served.meeting.items.map((item) => item.title)).toEqual(['Punto dopo il rilascio']);
  });
});

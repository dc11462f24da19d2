import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLoopbackHost, startHttpServer, type HttpServer } from '../../../electron/backend/transport/http';
import { exampleBody, profileOf, testBackend, type TestBackend } from '../storage/helpers';
import { ownOrigin, rawRequest, signIn } from './http-client';

let t: TestBackend;
let server: HttpServer;
let staticDir: string;
let page: Record<string, string>;

beforeAll(async () => {
  t = testBackend();
  staticDir = join(t.dir, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html><head><title>Verbalizza</title></head><body></body></html>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(t.dir, 'secret.txt'), 'segreto');
  server = await startHttpServer({ dispatch: t.backend.dispatch, staticDir });
  page = await signIn(server);
});
afterAll(async () => {
  await server.close();
  t.close();
});

const api = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  rawRequest({
    port: server.port,
    path: `/api/${path}`,
    headers: { 'content-type': 'application/json', ...page, ...headers },
    body: JSON.stringify(body),
  });

describe('HTTP adapter', () => {
  it('listens on 127.0.0.1 on a random port with a long random token, which only the sign-in address carries', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.signInUrl).toBe(`http://127.0.0.1:${server.port}/?t=${server.token}`);
    expect(server.port).toBeGreaterThan(0);
    expect(server.token).toMatch(/^[0-9a-f]{64}$/);
  });

  it('answers a valid call with 200 and the result', async () => {
    const response = await api('bodies.list', {});
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ ok: true, result: [] });
  });

  it('maps each error kind to its status, with Italian messages and field paths', async () => {
    const invalid = await api('meetings.create', { bodyId: 'x', date: '2026-02-30', startTime: '25:00', modality: 'presence', place: '', convocation: 'first' });
    expect(invalid.status).toBe(400);
    const error = JSON.parse(invalid.body).error;
    expect(error.kind).toBe('validation');
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: 'date', message: 'Data inesistente' },
        { path: 'startTime', message: 'Orario non valido: usare il formato HH:MM (es. 17:51)' },
      ]),
    );
    const zodDefault = JSON.parse((await api('meetings.get', { meetingId: 42 })).body).error;
    expect(zodDefault.issues[0]).toMatchObject({ path: 'meetingId' });
    expect(zodDefault.issues[0].message).toMatch(/atteso|non valido/i);

    const notFound = await api('meetings.get', { meetingId: 'nessuna' });
    expect(notFound.status).toBe(404);
    expect(JSON.parse(notFound.body).error).toEqual({ kind: 'notFound', message: 'Seduta non trovata («nessuna»)' });

    const unknown = await api('meetings.explode', {});
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body).error.kind).toBe('unknownMethod');
  });

  it('says in Server-Timing how long the dispatch of a call took and how long the rest of the server', async () => {
    const written = await api('bodies.create', { profile: profileOf(exampleBody()) });
    expect(written.status).toBe(200);
    const timing = /^dispatch;dur=(\d+\.\d\d), http;dur=(\d+\.\d\d)$/.exec(String(written.headers['server-timing']));
    expect(timing).not.toBeNull();
    // A write commits to disk: its dispatch cannot take no time; the server's own share is measured, never negative.
    expect(Number(timing![1])).toBeGreaterThan(0);
    expect(Number(timing![2])).toBeGreaterThanOrEqual(0);
    const refused = await api('meetings.get', { meetingId: 'nessuna' });
    expect(refused.headers['server-timing']).toMatch(/^dispatch;dur=\d+\.\d\d, http;dur=\d+\.\d\d$/);
  });

  it('answers 422 for a broken rule', async () => {
    const body = await t.call('bodies.create', { profile: profileOf(exampleBody()) });
    const response = await api('bodies.importMembers', { bodyId: body.id, file: { format: 'text', text: 'N.;Ente\n1;Comune di Prova' }, mode: 'append' });
    expect(response.status).toBe(422);
    expect(JSON.parse(response.body).error).toMatchObject({ kind: 'domain', code: 'MEMBERS_INVALID', details: expect.arrayContaining(['Scegli la colonna di «Rappresentante».']) });
  });

  it('refuses a missing or wrong session cookie and a non-loopback Host with 401', async () => {
    const noCookie = await rawRequest({ port: server.port, path: '/api/bodies.list', headers: ownOrigin(server.port), body: '{}' });
    expect(noCookie.status).toBe(401);
    expect(JSON.parse(noCookie.body).error.kind).toBe('unauthorized');
    expect((await api('bodies.list', {}, { cookie: `verbalizza_session=${'a'.repeat(64)}` })).status).toBe(401);
    // The launch token itself is no session: it is spent, and never a cookie.
    expect((await api('bodies.list', {}, { cookie: `verbalizza_session=${server.token}` })).status).toBe(401);
    const rebinding = await api('bodies.list', {}, { host: 'evil.example:80' });
    expect(rebinding.status).toBe(401);
    const page = await rawRequest({ port: server.port, method: 'GET', path: '/', headers: { host: 'attacker.test' } });
    expect(page.status).toBe(401);
    expect(page.body).not.toContain(server.token);
  });

  it('serves the renderer, and index.html for unknown paths, never files outside', async () => {
    const host = { host: `localhost:${server.port}` };
    const index = await rawRequest({ port: server.port, method: 'GET', path: '/', headers: host });
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>Verbalizza</title>');
    const asset = await rawRequest({ port: server.port, method: 'GET', path: '/assets/app.js', headers: host });
    expect(asset.body).toBe('console.log(1)');
    expect(asset.headers['content-type']).toMatch(/javascript/);
    const unknown = await rawRequest({ port: server.port, method: 'GET', path: '/seduta/123', headers: host });
    expect(unknown.body).toBe(index.body);
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const response = await rawRequest({ port: server.port, method: 'GET', path, headers: host });
      expect(response.body).not.toContain('segreto');
    }
  });

  it('accepts loopback names only', () => {
    expect(isLoopbackHost('127.0.0.1:5180')).toBe(true);
    expect(isLoopbackHost('localhost')).toBe(true);
    expect(isLoopbackHost('127.0.0.1.evil.com')).toBe(false);
    expect(isLoopbackHost('192.168.1.10:5180')).toBe(false);
    expect(isLoopbackHost(undefined)).toBe(false);
  });
});

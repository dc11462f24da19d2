import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/backend/content-security-policy';
import { startHttpServer, type HttpServer } from '../../../electron/backend/transport/http';
import { databaseContent, exampleMeetingText, testBackend, type TestBackend } from '../storage/helpers';
import { ownOrigin, rawRequest, signIn, type RawResponse } from './http-client';

let t: TestBackend;
let server: HttpServer;

async function start(options: { maxBodyBytes?: number } = {}): Promise<void> {
  t = testBackend();
  const staticDir = join(t.dir, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html><head><title>Verbalizza</title></head><body></body></html>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  server = await startHttpServer({ dispatch: t.backend.dispatch, staticDir, ...options });
}

afterEach(async () => {
  await server.close();
  t.close();
});

const json = { 'content-type': 'application/json' };
const exchange = (token: string, headers: Record<string, string> = ownOrigin(server.port)) =>
  rawRequest({ port: server.port, path: '/session', headers: { ...json, ...headers }, body: JSON.stringify({ token }) });

/** Everything a response shows: status line, headers and body. */
const everything = (response: RawResponse) => `${response.status} ${JSON.stringify(response.headers)} ${response.body}`;

/** A raw socket: writes the request as given and resolves with what the server answered, once it closes the connection. */
function rawExchange(port: number, request: string | Buffer, timeoutMs = 5_000): Promise<{ answer: string; closedInMs: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
    socket.on('close', () => resolve({ answer, closedInMs: performance.now() - started }));
    socket.on('error', () => {}); // a reset after the answer is the server refusing to read more: the answer is what counts
    socket.setTimeout(timeoutMs, () => {
      socket.destroy();
      reject(new Error(`nessuna risposta in ${timeoutMs} ms: ${answer.slice(0, 200)}`));
    });
  });
}

describe('browser mode sign-in', () => {
  it('never shows the token in a response to anyone not signed in: pages, assets, unknown paths, errors', async () => {
    await start();
    const origin = ownOrigin(server.port);
    const requests: Array<Parameters<typeof rawRequest>[0]> = [
      { port: server.port, method: 'GET', path: '/', headers: origin },
      { port: server.port, method: 'GET', path: `/?t=${server.token}`, headers: origin },
      { port: server.port, method: 'HEAD', path: '/', headers: origin },
      { port: server.port, method: 'GET', path: '/index.html', headers: origin },
      { port: server.port, method: 'GET', path: '/assets/app.js', headers: origin },
      { port: server.port, method: 'GET', path: '/assets/manca.js', headers: origin },
      { port: server.port, method: 'GET', path: '/%ZZ', headers: origin },
      { port: server.port, method: 'GET', path: '/session', headers: origin },
      { port: server.port, method: 'GET', path: '/api/bodies.list', headers: origin },
      { port: server.port, method: 'POST', path: '/api/bodies.list', headers: origin, body: '{}' },
      { port: server.port, method: 'POST', path: '/api/non.esiste', headers: origin, body: '{' },
      { port: server.port, method: 'POST', path: '/', headers: origin, body: 'x' },
      { port: server.port, method: 'POST', path: '/session', headers: { ...origin, ...json }, body: '{"token":' },
      { port: server.port, method: 'POST', path: '/session', headers: { ...origin, ...json }, body: JSON.stringify({ token: server.token.slice(0, -1) }) },
      { port: server.port, method: 'POST', path: '/session', headers: { ...json, host: origin.host!, origin: 'http://evil.example' }, body: JSON.stringify({ token: server.token }) },
      { port: server.port, method: 'POST', path: '/session', headers: { ...origin, ...json }, body: 'x'.repeat(5_000) },
      { port: server.port, method: 'GET', path: '/', headers: { host: 'evil.example' } },
    ];
    for (const request of requests) {
      const response = await rawRequest(request);
      expect(everything(response), `${request.method} ${request.path}`).not.toContain(server.token);
    }
    // The token was never spent by any of those: the page's exchange still works.
    expect((await exchange(server.token)).status).toBe(204);
  });

  it('exchanges the token once for an HttpOnly, SameSite=Strict cookie; the token cannot be used twice', async () => {
    await start();
    const first = await exchange(server.token);
    expect(first.status).toBe(204);
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(/^verbalizza_session=[0-9a-f]{64}; HttpOnly; SameSite=Strict; Path=\/$/);
    expect(cookie).not.toContain(server.token);
    const again = await exchange(server.token);
    expect(again.status).toBe(401);
    expect(JSON.parse(again.body).error.message).toMatch(/già usato/);
    expect(again.headers['set-cookie']).toBeUndefined();
    // The browser that signed in stays signed in, also when it opens the printed address again.
    const page = { ...ownOrigin(server.port), cookie: cookie.split(';')[0]! };
    expect((await exchange(server.token, page)).status).toBe(204);
    const call = await rawRequest({ port: server.port, path: '/api/bodies.list', headers: { ...json, ...page }, body: '{}' });
    expect(JSON.parse(call.body)).toEqual({ ok: true, result: [] });
  });

  it('refuses API calls and sign-ins from another origin, before running anything', async () => {
    await start();
    const page = await signIn(server);
    const before = createHash('sha256').update(databaseContent(t.backend)).digest('hex');
    const content = exampleMeetingText();
    const foreigns: Array<Record<string, string>> = [
      { origin: 'http://evil.example' },
      { origin: 'null' },
      { origin: `http://127.0.0.1:${server.port + 1}` },
      { origin: '' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
    ];
    for (const foreign of foreigns) {
      const headers: Record<string, string> = { ...json, ...page, ...foreign };
      if (headers.origin === '') delete headers.origin;
      const response = await rawRequest({ port: server.port, path: '/api/files.importJson', headers, body: JSON.stringify({ content }) });
      expect(response.status, JSON.stringify(foreign)).toBe(403);
      expect(JSON.parse(response.body).error).toMatchObject({ kind: 'unauthorized', message: expect.stringMatching(/non proviene dalla pagina di Verbalizza/) });
    }
    expect(createHash('sha256').update(databaseContent(t.backend)).digest('hex')).toBe(before);
    // A foreign page cannot spend the token either.
    expect((await exchange(server.token, { host: `127.0.0.1:${server.port}`, origin: 'http://evil.example' })).status).toBe(403);
  });

  it('sends the one CSP as a header on every response: page, asset, API answer, errors', async () => {
    await start();
    const page = await signIn(server);
    const responses = [
      await rawRequest({ port: server.port, method: 'GET', path: '/', headers: ownOrigin(server.port) }),
      await rawRequest({ port: server.port, method: 'GET', path: '/assets/app.js', headers: ownOrigin(server.port) }),
      await rawRequest({ port: server.port, path: '/api/bodies.list', headers: { ...json, ...page }, body: '{}' }),
      await rawRequest({ port: server.port, path: '/api/meetings.get', headers: { ...json, ...page }, body: '{"meetingId":"nessuna"}' }),
      await rawRequest({ port: server.port, path: '/api/bodies.list', headers: ownOrigin(server.port), body: '{}' }),
      await rawRequest({ port: server.port, method: 'GET', path: '/', headers: { host: 'evil.example' } }),
      await exchange('sbagliato'),
    ];
    for (const response of responses) expect(response.headers['content-security-policy'], String(response.status)).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses a page call to a shell-only method, and writes no file a page named', async () => {
    await start();
    const page = await signIn(server);
    const view = await t.call('files.importJson', { content: exampleMeetingText() });
    const target = join(t.dir, 'scelto-dalla-pagina.docx');
    const saved = await rawRequest({ port: server.port, path: '/api/files.saveDocx', headers: { ...json, ...page }, body: JSON.stringify({ meetingId: view.meeting.id, outputPath: target }) });
    expect(saved.status).toBe(403);
    expect(JSON.parse(saved.body).error).toMatchObject({ kind: 'unauthorized', message: expect.stringMatching(/riservata all’applicazione/) });
    const exported = await rawRequest({ port: server.port, path: '/api/files.exportDocx', headers: { ...json, ...page }, body: JSON.stringify({ meetingId: view.meeting.id, outputPath: target }) });
    expect(exported.status).toBe(200);
    expect(JSON.parse(exported.body).result.base64.length).toBeGreaterThan(1000);
    expect(existsSync(target)).toBe(false);
  });
});

describe('browser mode body limit', () => {
  it('answers a declared 10 GB Content-Length with 413 at once, without waiting for or reading the body', async () => {
    await start();
    const page = await signIn(server);
    const head = [
      'POST /api/files.importJson HTTP/1.1',
      `Host: ${page.host}`,
      `Origin: ${page.origin}`,
      `Cookie: ${page.cookie}`,
      'Content-Type: application/json',
      `Content-Length: ${10 * 1024 ** 3}`,
      '',
      '{"content":"',
    ].join('\r\n');
    const { answer, closedInMs } = await rawExchange(server.port, head);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain('Richiesta troppo grande');
    expect(answer.toLowerCase()).toContain(`content-security-policy: ${CONTENT_SECURITY_POLICY.toLowerCase()}`);
    // The connection is closed by the server: it does not sit waiting for 10 GB.
    expect(closedInMs).toBeLessThan(2_000);
  });

  it('cuts a body without Content-Length (chunked) at the limit, answers 413 and reads no further', async () => {
    await start({ maxBodyBytes: 1_000 });
    const page = await signIn(server);
    const chunk = Buffer.from('x'.repeat(600));
    const request = Buffer.concat([
      Buffer.from(
        ['POST /api/files.importJson HTTP/1.1', `Host: ${page.host}`, `Origin: ${page.origin}`, `Cookie: ${page.cookie}`, 'Content-Type: application/json', 'Transfer-Encoding: chunked', '', ''].join('\r\n'),
      ),
      // Three chunks of 600 bytes and no final chunk: the server must answer without waiting for the end.
      ...[1, 2, 3].map(() => Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')])),
    ]);
    const { answer } = await rawExchange(server.port, request);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    const list = await rawRequest({ port: server.port, path: '/api/meetings.search', headers: { ...json, ...page }, body: '{}' });
    expect(JSON.parse(list.body)).toEqual({ ok: true, result: [] });
  });
});

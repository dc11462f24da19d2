/**
 * The clients the benches call the browser-mode server with, each timed on its own side only: the request sent, the
 * reply read and parsed. A page in browser mode is Chromium's fetch over a persistent connection; node:http with a
 * keep-alive agent is the same pattern from Node; undici (Node's global fetch) costs more per request than either and
 * is kept labelled as such. The direct dispatch is no HTTP at all: the share of the service, for reference.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Dispatch } from '../electron/backend/transport/dispatch';
import type { HttpServer } from '../electron/backend/transport/http';
import type { ApiResponse } from '../shared/api/errors';
import { openCdpPage } from './cdp-page';
import { CHROMIUM } from './ui/harness';

export interface Timed {
  /** The call as its client pays it: request written → reply parsed. */
  ms: number;
  /** The reply's body in bytes (0 without HTTP). */
  bytes: number;
  response: ApiResponse<unknown>;
  /** The server's share, from its Server-Timing header (null without HTTP): the rest is the client and the connection. */
  server: ServerShare | null;
}

export interface ServerShare {
  /** Validation, service, commit. */
  dispatch: number;
  /** The server's own HTTP work: checks, body read and parsed, reply serialized. */
  http: number;
}

/** `dispatch;dur=0.61, http;dur=0.08` → its two durations. */
export function serverShare(header: string | null | undefined): ServerShare | null {
  const match = /dispatch;dur=([\d.]+), http;dur=([\d.]+)/.exec(header ?? '');
  return match ? { dispatch: Number(match[1]), http: Number(match[2]) } : null;
}

export interface PageClient {
  label: string;
  call(method: string, input: unknown): Promise<Timed>;
  close(): Promise<void>;
}

export type ClientKind = 'diretto' | 'chromium' | 'node-http' | 'undici';

/** The session's headers as a page sends them (Origin is the server's own): the launch token is spent once, so every client shares them. */
export async function signIn(server: HttpServer): Promise<Record<string, string>> {
  const origin = server.url.slice(0, -1);
  const answer = await fetch(`${origin}/session`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: JSON.stringify({ token: server.token }) });
  const cookie = answer.headers.getSetCookie()[0]?.split(';')[0];
  if (answer.status !== 204 || !cookie) throw new Error(`accesso non riuscito: HTTP ${answer.status}`);
  return { origin, 'content-type': 'application/json', cookie };
}

function directClient(dispatch: Dispatch): PageClient {
  return {
    label: 'chiamata diretta (senza HTTP, riferimento)',
    async call(method, input) {
      const t0 = performance.now();
      const response = await dispatch(method, input);
      return { ms: performance.now() - t0, bytes: 0, response, server: null };
    },
    close: async () => {},
  };
}

function nodeHttpClient(server: HttpServer, headers: Record<string, string>): PageClient {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  return {
    label: 'node:http, connessione persistente',
    call(method, input) {
      const t0 = performance.now();
      const body = JSON.stringify(input);
      return new Promise((resolve, reject) => {
        const sent = request({ host: '127.0.0.1', port: server.port, method: 'POST', path: `/api/${method}`, agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (reply) => {
          const chunks: Buffer[] = [];
          reply.on('data', (chunk: Buffer) => chunks.push(chunk));
          reply.on('error', reject);
          reply.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const response = JSON.parse(text) as ApiResponse<unknown>;
            resolve({ ms: performance.now() - t0, bytes: Buffer.byteLength(text), response, server: serverShare(String(reply.headers['server-timing'])) });
          });
        });
        sent.on('error', reject);
        sent.end(body);
      });
    },
    close: async () => agent.destroy(),
  };
}

function undiciClient(server: HttpServer, headers: Record<string, string>): PageClient {
  return {
    label: 'fetch di Node (undici)',
    async call(method, input) {
      const t0 = performance.now();
      const answer = await fetch(`${server.url}api/${method}`, { method: 'POST', headers, body: JSON.stringify(input) });
      const text = await answer.text();
      const response = JSON.parse(text) as ApiResponse<unknown>;
      return { ms: performance.now() - t0, bytes: Buffer.byteLength(text), response, server: serverShare(answer.headers.get('server-timing')) };
    },
    close: async () => {},
  };
}

/**
 * Real Chromium (Debian's), a page of the server's own origin with the session cookie, and the call timed inside the
 * page around its own fetch and `response.json()`, as renderer/api/transport.ts makes it. The reply is handed back to
 * Node afterwards, outside the time. Driven over a bare DevTools pipe (bench/cdp-page.ts), not Playwright, whose
 * following of every request would be charged to the page's fetch. The page's clock has a resolution of 0.1 ms.
 */
async function chromiumClient(server: HttpServer, headers: Record<string, string>): Promise<PageClient> {
  const [name = '', value = ''] = (headers.cookie ?? '').split('=');
  // Without the renderer build the server answers 404 at "/", which still gives a page of its origin.
  const page = await openCdpPage(CHROMIUM.executablePath, CHROMIUM.args, server.url, { name, value });
  return {
    label: 'Chromium, fetch della pagina',
    async call(method, input) {
      const request = JSON.stringify({ path: `/api/${method}`, body: JSON.stringify(input) });
      const { ms, bytes, text, timing } = await page.evaluate<{ ms: number; bytes: number; text: string; timing: string | null }>(`(async ({ path, body }) => {
        const t0 = performance.now();
        const answer = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        const parsed = await answer.json();
        const ms = performance.now() - t0;
        return { ms, bytes: Number(answer.headers.get('content-length')), text: JSON.stringify(parsed), timing: answer.headers.get('server-timing') };
      })(${request})`);
      return { ms, bytes, response: JSON.parse(text) as ApiResponse<unknown>, server: serverShare(timing) };
    },
    close: () => page.close(),
  };
}

export async function openClient(kind: ClientKind, server: HttpServer, headers: Record<string, string>, dispatch: Dispatch): Promise<PageClient> {
  if (kind === 'diretto') return directClient(dispatch);
  if (kind === 'chromium') return chromiumClient(server, headers);
  return kind === 'node-http' ? nodeHttpClient(server, headers) : undiciClient(server, headers);
}

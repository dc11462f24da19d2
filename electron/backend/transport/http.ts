import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, normalize, resolve, sep } from 'node:path';
import { contract, isMethodName } from '../../../shared/api/contract';
import type { ApiError, ApiResponse } from '../../../shared/api/errors';
import { EVENTS_PATH } from '../../../shared/api/events';
import { CONTENT_SECURITY_POLICY } from '../content-security-policy';
import { contentTypeOf } from '../static-content-types';
import type { Dispatch } from './dispatch';
import { isOwnPageGet, streamChanges, type SubscribeToChanges } from './http-events';
import { BrowserSession, isSameOriginRequest, sessionCookie } from './http-session';

/** Where the page exchanges the one-time token of the start URL for its session cookie. */
export const SESSION_PATH = '/session';
/** Above the largest input the contract accepts (a 50 MB meeting file), with room for JSON escaping. */
const MAX_BODY_BYTES = 120 * 1024 * 1024;
const MAX_SESSION_BODY_BYTES = 1024;

export interface HttpServerOptions {
  dispatch: Dispatch;
  /** The renderer build (dist/renderer); null serves the API only. */
  staticDir: string | null;
  /** 0 or undefined: a free port chosen by the system. */
  port?: number;
  /** The one-time sign-in token. Default: 32 random bytes, new at each launch. */
  token?: string;
  /** Default 120 MB; smaller in tests. */
  maxBodyBytes?: number;
  /** The backend's change events, streamed to signed-in pages on GET /events; without it the stream is not served. */
  changes?: SubscribeToChanges;
}

export interface HttpServer {
  port: number;
  token: string;
  /** The server's address, without the token. */
  url: string;
  /** The address to open once in the browser: it carries the one-time token (?t=…), which the page exchanges. */
  signInUrl: string;
  close(): Promise<void>;
}

const STATUS: Record<ApiError['kind'], number> = {
  validation: 400,
  domain: 422,
  notFound: 404,
  unknownMethod: 404,
  unauthorized: 401,
  internal: 500,
};

/** On every response, whatever it carries: the renderer's one policy, and no sniffing, framing or referrer. */
const COMMON_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

/** Only requests addressed to the loopback name are served: a page of another site cannot reach us by DNS rebinding. */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const match = /^(127\.0\.0\.1|localhost|\[::1\])(?::(\d{1,5}))?$/i.exec(host.trim());
  return match !== null;
}

/** When an API call's request arrived and how long its dispatch (validation, service, commit) took. */
interface CallTiming {
  arrived: number;
  dispatchMs: number;
}

/**
 * Server-Timing of an API reply: `dispatch` (validation, rules, rows, journal, commit) and `http` (the rest of the
 * server's share: checks, body read and parsed, reply serialized). What a page measures beyond their sum is its own
 * fetch and the connection; the benches and the browser's developer tools read it from there.
 */
function serverTiming(timing: CallTiming): string {
  const httpMs = performance.now() - timing.arrived - timing.dispatchMs;
  return `dispatch;dur=${timing.dispatchMs.toFixed(2)}, http;dur=${httpMs.toFixed(2)}`;
}

function sendJson(response: ServerResponse, status: number, body: ApiResponse<unknown>, headers: Record<string, string> = {}, timing?: CallTiming): void {
  const text = JSON.stringify(body);
  if (timing) headers = { ...headers, 'server-timing': serverTiming(timing) };
  response.writeHead(status, {
    ...COMMON_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(text);
}

function sendError(response: ServerResponse, error: ApiError, status = STATUS[error.kind], headers: Record<string, string> = {}): void {
  sendJson(response, status, { ok: false, error }, headers);
}

const TOO_LARGE: ApiError = { kind: 'validation', message: 'Richiesta troppo grande.', issues: [{ path: '', message: 'Richiesta troppo grande' }] };

/**
 * The body as text, or null when it is larger than the limit: a declared Content-Length over the limit is
 * refused before a byte is read, a body without one is cut at the limit. Either way nothing more is read.
 */
function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.resolve(null);
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.off('data', onData);
        request.pause();
        resolveBody(null);
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** 413, then the connection is closed: the rest of an oversized body is never read. */
function refuseTooLarge(request: IncomingMessage, response: ServerResponse): void {
  response.once('finish', () => request.socket.destroySoon());
  sendError(response, TOO_LARGE, 413, { connection: 'close' });
}

/** Only POSTs from our own page go on; true when the request was refused (answered, its small body drained). */
function refuseForeign(request: IncomingMessage, response: ServerResponse): boolean {
  if (request.method !== 'POST') {
    sendError(response, { kind: 'unknownMethod', message: 'Le operazioni si chiamano con POST.' });
    request.resume();
    return true;
  }
  if (!isSameOriginRequest(request)) {
    sendError(response, { kind: 'unauthorized', message: 'Richiesta rifiutata: non proviene dalla pagina di Verbalizza.' }, 403);
    request.resume();
    return true;
  }
  return false;
}

async function handleSignIn(request: IncomingMessage, response: ServerResponse, session: BrowserSession): Promise<void> {
  if (refuseForeign(request, response)) return;
  const text = await readBody(request, MAX_SESSION_BODY_BYTES);
  if (text === null) return refuseTooLarge(request, response);
  if (session.isSignedIn(request)) {
    response.writeHead(204, { ...COMMON_HEADERS, 'cache-control': 'no-store' }).end();
    return;
  }
  let given: unknown;
  try {
    given = (JSON.parse(text) as { token?: unknown }).token;
  } catch {
    given = undefined;
  }
  const sessionId = session.exchange(given);
  if (!sessionId) {
    sendError(response, { kind: 'unauthorized', message: 'Collegamento non valido o già usato: riavviare la modalità browser e aprire l’indirizzo che stampa.' });
    return;
  }
  response.writeHead(204, { ...COMMON_HEADERS, 'cache-control': 'no-store', 'set-cookie': sessionCookie(sessionId) }).end();
}

async function handleApi(request: IncomingMessage, response: ServerResponse, path: string, options: { dispatch: Dispatch; session: BrowserSession; maxBodyBytes: number }) {
  const arrived = performance.now();
  if (refuseForeign(request, response)) return;
  if (!options.session.isSignedIn(request)) {
    sendError(response, { kind: 'unauthorized', message: 'Accesso non autorizzato: aprire l’indirizzo stampato all’avvio della modalità browser.' });
    request.resume();
    return;
  }
  let methodName: string;
  try {
    methodName = decodeURIComponent(path.slice('/api/'.length));
  } catch {
    methodName = '';
  }
  if (isMethodName(methodName) && contract[methodName].access.callers !== 'pages') {
    // The contract reserves it to the Node side (e.g. writing a file at a path): a page never reaches it.
    sendError(response, { kind: 'unauthorized', message: 'Operazione riservata all’applicazione: non disponibile dalla pagina.' }, 403);
    request.resume();
    return;
  }
  const text = await readBody(request, options.maxBodyBytes);
  if (text === null) return refuseTooLarge(request, response);
  let input: unknown;
  try {
    input = text.length === 0 ? {} : JSON.parse(text);
  } catch {
    sendError(response, { kind: 'validation', message: 'Il corpo della richiesta non è JSON valido.', issues: [{ path: '', message: 'JSON non valido' }] });
    return;
  }
  const dispatched = performance.now();
  const answer = await options.dispatch(methodName, input);
  sendJson(response, answer.ok ? 200 : STATUS[answer.error.kind], answer, {}, { arrived, dispatchMs: performance.now() - dispatched });
}

/** GET /events: the change events, to our own signed-in page only (the same cookie and origin rules as the API). */
function handleEvents(request: IncomingMessage, response: ServerResponse, session: BrowserSession, changes: SubscribeToChanges | undefined): void {
  request.resume();
  if (!changes) return sendError(response, { kind: 'notFound', message: 'Risorsa non trovata.' });
  if (request.method !== 'GET') return sendError(response, { kind: 'unknownMethod', message: 'Il flusso degli aggiornamenti si apre con GET.' });
  if (!isOwnPageGet(request)) {
    return sendError(response, { kind: 'unauthorized', message: 'Richiesta rifiutata: non proviene dalla pagina di Verbalizza.' }, 403);
  }
  if (!session.isSignedIn(request)) {
    return sendError(response, { kind: 'unauthorized', message: 'Accesso non autorizzato: aprire l’indirizzo stampato all’avvio della modalità browser.' });
  }
  streamChanges(request, response, changes, COMMON_HEADERS);
}

async function serveStatic(response: ServerResponse, path: string, staticDir: string | null): Promise<void> {
  if (!staticDir) {
    sendError(response, { kind: 'notFound', message: 'Interfaccia non disponibile.' });
    return;
  }
  const root = resolve(staticDir);
  let relative: string;
  try {
    relative = normalize(decodeURIComponent(path)).replace(/^([/\\])+/, '');
  } catch {
    relative = '';
  }
  const candidate = resolve(join(root, relative));
  const inside = candidate === root || candidate.startsWith(root + sep);
  let file = join(root, 'index.html');
  if (inside && relative !== '' && relative !== 'index.html') {
    try {
      if ((await stat(candidate)).isFile()) file = candidate;
    } catch {
      // Unknown paths get the app (hash routing does the rest).
    }
  }
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch {
    sendError(response, { kind: 'notFound', message: "Interfaccia non compilata: eseguire 'npm run build:renderer'." });
    return;
  }
  response.writeHead(200, {
    ...COMMON_HEADERS,
    'content-type': contentTypeOf(file) ?? 'application/octet-stream',
    'content-length': content.length,
    'cache-control': 'no-cache',
  });
  response.end(content);
}

/**
 * The browser-mode adapter: the contract's page methods over HTTP on 127.0.0.1 only, for our own origin,
 * to the browser that exchanged the launch's one-time token for a session cookie.
 */
export function startHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const token = options.token ?? randomBytes(32).toString('hex');
  const session = new BrowserSession(token);
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  // requireHostHeader off: a request without Host gets our structured 401, not Node's bare 400.
  const server: Server = createServer({ requireHostHeader: false }, (request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const work = async () => {
      if (!isLoopbackHost(request.headers.host)) {
        sendError(response, { kind: 'unauthorized', message: 'Richiesta rifiutata: Verbalizza risponde solo a 127.0.0.1.' });
        request.resume();
        return;
      }
      if (path === SESSION_PATH) {
        await handleSignIn(request, response, session);
        return;
      }
      if (path === EVENTS_PATH) {
        handleEvents(request, response, session, options.changes);
        return;
      }
      if (path === '/api' || path.startsWith('/api/')) {
        await handleApi(request, response, path, { dispatch: options.dispatch, session, maxBodyBytes });
        return;
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        sendError(response, { kind: 'notFound', message: 'Risorsa non trovata.' });
        request.resume();
        return;
      }
      await serveStatic(response, path, options.staticDir);
    };
    work().catch(() => {
      if (!response.headersSent) sendError(response, { kind: 'internal', message: 'Errore interno del server.' });
      else response.destroy();
    });
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end(`HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Security-Policy: ${CONTENT_SECURITY_POLICY}\r\n\r\n`);
    else socket.destroy();
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolveServer({
        port,
        token,
        url: `http://127.0.0.1:${port}/`,
        signInUrl: `http://127.0.0.1:${port}/?t=${token}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, normalize, resolve, sep } from 'node:path';
import type { ApiError, ApiResponse } from '../../shared/api/errors';
import { contentTypeOf } from '../static-content-types';
import type { Dispatch } from './dispatch';

export const TOKEN_HEADER = 'x-verbalizza-token';
/** Above the largest input the contract accepts (a 50 MB meeting file), with room for JSON escaping. */
const MAX_BODY_BYTES = 120 * 1024 * 1024;

export interface HttpServerOptions {
  dispatch: Dispatch;
  /** The renderer build (dist/renderer); null serves the API only. */
  staticDir: string | null;
  /** 0 or undefined: a free port chosen by the system. */
  port?: number;
  /** Default: 32 random bytes, new at each launch. */
  token?: string;
}

export interface HttpServer {
  port: number;
  token: string;
  url: string;
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


/** Only requests addressed to the loopback name are served: a page of another site cannot reach us by DNS rebinding. */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const match = /^(127\.0\.0\.1|localhost|\[::1\])(?::(\d{1,5}))?$/i.exec(host.trim());
  return match !== null;
}

function sameToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendJson(response: ServerResponse, status: number, body: ApiResponse<unknown>): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(text);
}

function sendError(response: ServerResponse, error: ApiError, status = STATUS[error.kind]): void {
  sendJson(response, status, { ok: false, error });
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      if (!tooLarge) chunks.push(chunk);
    });
    request.on('end', () => resolveBody(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

async function handleApi(request: IncomingMessage, response: ServerResponse, path: string, options: Required<Pick<HttpServerOptions, 'dispatch'>> & { token: string }) {
  if (!sameToken(request.headers[TOKEN_HEADER], options.token)) {
    sendError(response, { kind: 'unauthorized', message: 'Accesso non autorizzato: ricaricare la pagina da Verbalizza.' });
    request.resume();
    return;
  }
  if (request.method !== 'POST') {
    sendError(response, { kind: 'unknownMethod', message: 'Le operazioni si chiamano con POST.' });
    request.resume();
    return;
  }
  let methodName: string;
  try {
    methodName = decodeURIComponent(path.slice('/api/'.length));
  } catch {
    methodName = '';
  }
  const text = await readBody(request);
  if (text === null) {
    sendError(response, { kind: 'validation', message: 'Richiesta troppo grande.', issues: [{ path: '', message: 'Richiesta troppo grande' }] }, 413);
    return;
  }
  let input: unknown;
  try {
    input = text.length === 0 ? {} : JSON.parse(text);
  } catch {
    sendError(response, { kind: 'validation', message: 'Il corpo della richiesta non è JSON valido.', issues: [{ path: '', message: 'JSON non valido' }] });
    return;
  }
  if (methodName === 'files.exportDocx' && typeof input === 'object' && input !== null && 'outputPath' in input) {
    // In the browser the file is downloaded: a page must never choose where the server writes on disk.
    const message = 'In modalità browser il documento viene scaricato: non si può indicare un percorso.';
    sendError(response, { kind: 'validation', message, issues: [{ path: 'outputPath', message }] });
    return;
  }
  const answer = await options.dispatch(methodName, input);
  sendJson(response, answer.ok ? 200 : STATUS[answer.error.kind], answer);
}

function injectToken(html: string, token: string): string {
  const meta = `<meta name="verbalizza-token" content="${token}">`;
  if (/<meta name="verbalizza-token"[^>]*>/.test(html)) return html.replace(/<meta name="verbalizza-token"[^>]*>/, meta);
  return html.includes('</head>') ? html.replace('</head>', `  ${meta}\n</head>`) : `${meta}\n${html}`;
}

async function serveStatic(response: ServerResponse, path: string, staticDir: string | null, token: string): Promise<void> {
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
  const isIndex = file === join(root, 'index.html');
  const body = isIndex ? Buffer.from(injectToken(content.toString('utf8'), token)) : content;
  response.writeHead(200, {
    'content-type': contentTypeOf(file) ?? 'application/octet-stream',
    'content-length': body.length,
    'cache-control': isIndex ? 'no-store' : 'no-cache',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
  });
  response.end(body);
}

/** The browser-mode adapter: the contract over HTTP on 127.0.0.1 only, guarded by a per-launch token. */
export function startHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const token = options.token ?? randomBytes(32).toString('hex');
  // requireHostHeader off: a request without Host gets our structured 401, not Node's bare 400.
  const server: Server = createServer({ requireHostHeader: false }, (request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const work = async () => {
      if (!isLoopbackHost(request.headers.host)) {
        sendError(response, { kind: 'unauthorized', message: 'Richiesta rifiutata: Verbalizza risponde solo a 127.0.0.1.' });
        request.resume();
        return;
      }
      if (path === '/api' || path.startsWith('/api/')) {
        await handleApi(request, response, path, { dispatch: options.dispatch, token });
        return;
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        sendError(response, { kind: 'notFound', message: 'Risorsa non trovata.' });
        request.resume();
        return;
      }
      await serveStatic(response, path, options.staticDir, token);
    };
    work().catch(() => {
      if (!response.headersSent) sendError(response, { kind: 'internal', message: 'Errore interno del server.' });
      else response.destroy();
    });
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
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
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentTypeOf } from '../backend/static-content-types';
import { APP_HOST, APP_SCHEME, SECURITY_HEADERS } from './security-config';

/**
 * The app:// protocol: serves the built renderer (dist/renderer) to our windows.
 * Pure Node: the handler takes a WHATWG Request and returns a Response, exactly what
 * Electron's protocol.handle expects, so it is tested here with real files and no Electron.
 */


export type AppPathResolution =
  | { ok: true; filePath: string; mimeType: string }
  | { ok: false; status: 400 | 403 | 404; reason: string };

/**
 * Maps an app:// URL to a file under rendererRoot, or refuses it.
 * Refused: another scheme or host, encoded slashes or NUL, and any path that would leave rendererRoot.
 */
export function resolveAppPath(rendererRoot: string, url: string): AppPathResolution {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400, reason: 'URL non valido' };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) {
    return { ok: false, status: 403, reason: 'Origine non ammessa' };
  }
  return resolvePathname(rendererRoot, parsed.pathname);
}

/**
 * The path check itself, on a raw (still percent-encoded) pathname. new URL() already collapses
 * dot segments, even encoded ones; this check does not rely on it.
 */
export function resolvePathname(rendererRoot: string, pathname: string): AppPathResolution {
  // %2F / %5C / %00 inside a segment would let a segment become a separator after decoding.
  if (/%(2f|5c|00)/i.test(pathname) || pathname.includes('\0')) {
    return { ok: false, status: 400, reason: 'Percorso non valido' };
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { ok: false, status: 400, reason: 'Percorso non valido' };
  }
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^[\\/]+/, '');
  const root = path.resolve(rendererRoot);
  const filePath = path.resolve(root, relative);
  if (filePath !== root && !filePath.startsWith(root + path.sep)) {
    return { ok: false, status: 403, reason: 'Percorso fuori dalla cartella dell’applicazione' };
  }
  const mimeType = contentTypeOf(filePath);
  if (!mimeType) return { ok: false, status: 404, reason: 'Tipo di file non servito' };
  return { ok: true, filePath, mimeType };
}

export type ReadFile = (filePath: string) => Promise<Uint8Array>;

/** The protocol.handle handler: GET only, files from rendererRoot, security headers on every response. */
export function createAppRequestHandler(rendererRoot: string, read: ReadFile = readFile): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Metodo non ammesso');
    }
    const resolved = resolveAppPath(rendererRoot, request.url);
    if (!resolved.ok) return textResponse(resolved.status, resolved.reason);
    let body: Uint8Array;
    try {
      body = await read(resolved.filePath);
    } catch {
      return textResponse(404, 'File non trovato');
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': resolved.mimeType, 'Cache-Control': 'no-cache' },
    });
  };
}

function textResponse(status: number, message: string): Response {
  return new Response(message, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

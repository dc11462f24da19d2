import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const SESSION_COOKIE = 'verbalizza_session';

/**
 * Browser mode's sign-in: the start command prints a URL carrying a one-time token; the page sends it
 * once (POST /session) and gets an HttpOnly, SameSite=Strict session cookie, which every API call carries.
 * The token is never served by the server, and it is spent by the first exchange: a URL left in a
 * terminal's scroll-back or a browser's history opens nothing afterwards.
 */
export class BrowserSession {
  private token: string | null;
  private sessionId: string | null = null;

  constructor(token: string) {
    this.token = token;
  }

  /** The session id for the launch token, once; null for anything else (a wrong or already spent token). */
  exchange(given: unknown): string | null {
    if (this.token === null || typeof given !== 'string' || !sameSecret(given, this.token)) return null;
    this.token = null;
    this.sessionId = randomBytes(32).toString('hex');
    return this.sessionId;
  }

  isSignedIn(request: IncomingMessage): boolean {
    const given = cookieValue(request.headers.cookie, SESSION_COOKIE);
    return this.sessionId !== null && given !== null && sameSecret(given, this.sessionId);
  }
}

/** HttpOnly: no script reads it; SameSite=Strict: no other site's page makes the browser send it. */
export function sessionCookie(sessionId: string): string {
  return `${SESSION_COOKIE}=${sessionId}; HttpOnly; SameSite=Strict; Path=/`;
}

/**
 * API calls come from our own page only: the browser's Origin must be this server's, and where the browser
 * says where the request comes from (Sec-Fetch-Site), it must say same-origin. Another site's page, even one
 * that guessed the port, is refused before anything is read.
 */
export function isSameOriginRequest(request: IncomingMessage): boolean {
  const { origin, host } = request.headers;
  if (typeof origin !== 'string' || !host || origin.toLowerCase() !== `http://${host.toLowerCase()}`) return false;
  const site = request.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin';
}

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

function sameSecret(given: string, secret: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

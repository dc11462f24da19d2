import type { ApiResponse } from '../../shared/api/errors';
import { EVENTS_PATH, MEETING_CHANGED, MeetingChangedEventSchema, type MeetingChangedListener, type Unsubscribe } from '../../shared/api/events';

/** Carries one call of the contract to the Node side and returns its ApiResponse; brings the change events back. */
export interface Transport {
  call(method: string, input: unknown): Promise<ApiResponse<unknown>>;
  /** The listener gets every meeting change event pushed by the Node side until the returned function is called. */
  subscribe(listener: MeetingChangedListener): Unsubscribe;
}

export interface VerbalizzaBridge {
  api: Record<string, (input: unknown) => Promise<ApiResponse<unknown>>>;
  subscribe(listener: (event: unknown) => void): Unsubscribe;
}

/** What reaches a listener: a well-formed event, whatever came over the channel. */
function checked(listener: MeetingChangedListener): (value: unknown) => void {
  return (value) => {
    const event = MeetingChangedEventSchema.safeParse(value);
    if (event.success) listener(event.data);
  };
}

/** Electron: the preload exposes one function per contract method. */
export function ipcTransport(bridge: VerbalizzaBridge): Transport {
  return {
    call(method, input) {
      const fn = bridge.api[method];
      if (!fn) {
        return Promise.resolve({ ok: false, error: { kind: 'unknownMethod', message: `Metodo sconosciuto: ${method}` } });
      }
      return fn(input);
    },
    subscribe: (listener) => bridge.subscribe(checked(listener)),
  };
}

/**
 * Browser mode: POST /api/<method>, authenticated by the session cookie (HttpOnly: this code never sees it).
 * signInToken, the one-time token of the address the start command printed, is exchanged for that cookie
 * (POST /session) once, before the first call; null when the page has none (a reload, a second tab).
 */
export function httpTransport(signInToken: string | null, baseUrl = ''): Transport {
  let signedIn: Promise<void> | null = null;
  const signIn = async () => {
    if (signInToken === null) return;
    // A refused exchange (token already spent) is not an error here: a cookie from before may still hold; the call says.
    await fetch(`${baseUrl}/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: signInToken }) });
  };
  const listeners = new Set<(value: unknown) => void>();
  let stream: EventSource | null = null;
  const openStream = async () => {
    // A failed sign-in leaves the stream to say so: EventSource retries until the server answers.
    await (signedIn ??= signIn()).catch(() => (signedIn = null));
    if (listeners.size === 0 || stream) return;
    // One stream for the page, opened with its first listener and closed with its last; EventSource reconnects by itself.
    stream = new EventSource(`${baseUrl}${EVENTS_PATH}`);
    stream.addEventListener(MEETING_CHANGED, (message) => {
      let value: unknown;
      try {
        value = JSON.parse(String((message as { data?: unknown }).data));
      } catch {
        return;
      }
      for (const listener of [...listeners]) listener(value);
    });
  };
  return {
    subscribe(listener) {
      const forward = checked(listener);
      listeners.add(forward);
      void openStream();
      return () => {
        listeners.delete(forward);
        if (listeners.size === 0 && stream) {
          stream.close();
          stream = null;
        }
      };
    },
    async call(method, input) {
      let response: Response;
      try {
        await (signedIn ??= signIn());
        response = await fetch(`${baseUrl}/api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        signedIn = null;
        return { ok: false, error: { kind: 'internal', message: 'Impossibile contattare il servizio di Verbalizza: verificare che sia in esecuzione.' } };
      }
      try {
        return (await response.json()) as ApiResponse<unknown>;
      } catch {
        return { ok: false, error: { kind: 'internal', message: `Risposta non valida dal servizio (HTTP ${response.status}).` } };
      }
    },
  };
}

/**
 * The one-time sign-in token of the address browser mode prints (http://127.0.0.1:<port>/?t=<token>), taken
 * out of the address bar at once so that it stays in no bookmark, history entry or shared screenshot.
 */
export function takeSignInToken(
  location: { search: string; pathname: string; hash: string },
  history: { replaceState(data: unknown, unused: string, url: string): void },
): string | null {
  const token = new URLSearchParams(location.search).get('t');
  if (token !== null) history.replaceState(null, '', `${location.pathname}${location.hash}`);
  return token;
}

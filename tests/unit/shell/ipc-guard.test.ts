import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../../electron/services';
import { createDispatch } from '../../../electron/transport/dispatch';
import { checkSender, createIpcHandler, type InvokeEventLike } from '../../../electron/shell/ipc-guard';

const OUR_WINDOW = 7;
const CHAIR_WINDOW = 8;
const trusted = new Map([
  [OUR_WINDOW, 'full' as const],
  [CHAIR_WINDOW, 'readOnly' as const],
]);

function event(overrides: { id?: number; url?: string; parent?: unknown; noFrame?: boolean } = {}): InvokeEventLike {
  return {
    sender: { id: overrides.id ?? OUR_WINDOW },
    senderFrame: overrides.noFrame ? null : { url: overrides.url ?? 'app://verbalizza/index.html#/meeting/m1', parent: overrides.parent ?? null },
  };
}

/**
 * The real dispatcher of electron/transport (the one the HTTP adapter uses), over handlers that
 * record what reaches them: what the guard lets through is validated exactly as over HTTP.
 */
function recordingDispatch() {
  const calls: Array<[string, unknown]> = [];
  const handlers = new Proxy({} as Handlers, {
    get: (_target, methodName) => (input: unknown) => {
      calls.push([String(methodName), input]);
      return { echoed: methodName };
    },
  });
  return { calls, dispatch: createDispatch(handlers, () => {}) };
}

describe('checkSender', () => {
  it('accepts the main frame of our window on app://verbalizza', () => {
    expect(checkSender(event(), trusted)).toEqual({ ok: true });
  });

  it.each([
    ['another webContents', event({ id: 99 })],
    ['a sub-frame', event({ parent: { url: 'app://verbalizza/index.html' } })],
    ['a frame already gone', event({ noFrame: true })],
    ['a remote page', event({ url: 'https://evil.example/' })],
    ['a file:// page', event({ url: 'file:///tmp/x.html' })],
    ['a look-alike origin', event({ url: 'app://verbalizza.evil/index.html' })],
  ])('refuses %s', (_label, ev) => {
    expect(checkSender(ev, trusted).ok).toBe(false);
  });
});

describe('createIpcHandler', () => {
  it('dispatches a valid call from our window, once, with the input as sent', async () => {
    const { calls, dispatch } = recordingDispatch();
    const handle = createIpcHandler(dispatch, trusted);
    const response = await handle(event(), 'meetings.get', { meetingId: 'm1' });
    expect(response).toEqual({ ok: true, result: { echoed: 'meetings.get' } });
    expect(calls).toEqual([['meetings.get', { meetingId: 'm1' }]]);
  });

  it('refuses a wrong sender as unauthorized without dispatching', async () => {
    const { calls, dispatch } = recordingDispatch();
    const logged: string[] = [];
    const handle = createIpcHandler(dispatch, trusted, (line) => logged.push(line));
    const response = await handle(event({ url: 'https://evil.example/' }), 'meetings.get', { meetingId: 'm1' });
    expect(response).toMatchObject({ ok: false, error: { kind: 'unauthorized' } });
    expect(calls).toEqual([]);
    expect(logged.join('\n')).toContain('https://evil.example/');
  });

  it.each([['nope.method'], ['__proto__'], ['constructor'], [42], [undefined]])('refuses the unknown method %s', async (name) => {
    const { calls, dispatch } = recordingDispatch();
    const response = await createIpcHandler(dispatch, trusted)(event(), name, {});
    expect(response).toMatchObject({ ok: false, error: { kind: 'unknownMethod' } });
    expect(calls).toEqual([]);
  });

  it('refuses a bad payload with the contract schema, in Italian, before any handler runs', async () => {
    const { calls, dispatch } = recordingDispatch();
    const response = await createIpcHandler(dispatch, trusted)(event(), 'meetings.close', { meetingId: 'm1', endTime: '25:99' });
    expect(response.ok).toBe(false);
    if (response.ok) return;
    expect(response.error.kind).toBe('validation');
    if (response.error.kind !== 'validation') return;
    expect(response.error.issues.map((issue) => issue.path)).toContain('endTime');
    expect(response.error.message).toMatch(/ora|orario|HH:MM/i);
    expect(calls).toEqual([]);
  });

  it.each([[null], ['stringa'], [[1, 2]]])('refuses a non-object payload %s', async (input) => {
    const { calls, dispatch } = recordingDispatch();
    const response = await createIpcHandler(dispatch, trusted)(event(), 'meetings.get', input);
    expect(response).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(calls).toEqual([]);
  });

  it('lets the read-only chair display read, and nothing else', async () => {
    const { calls, dispatch } = recordingDispatch();
    const handle = createIpcHandler(dispatch, trusted);
    const read = await handle(event({ id: CHAIR_WINDOW, url: 'app://verbalizza/index.html#/chair/m1' }), 'meetings.get', { meetingId: 'm1' });
    expect(read.ok).toBe(true);
    const write = await handle(event({ id: CHAIR_WINDOW, url: 'app://verbalizza/index.html#/chair/m1' }), 'meetings.undo', { meetingId: 'm1' });
    expect(write).toMatchObject({ ok: false, error: { kind: 'unauthorized' } });
    expect(calls).toEqual([['meetings.get', { meetingId: 'm1' }]]);
  });

  it('turns an error thrown by the dispatcher into an internal error without its message', async () => {
    const handle = createIpcHandler(async () => {
      throw new Error('SQLITE_BUSY at /home/segreto/db.sqlite');
    }, trusted);
    const response = await handle(event(), 'bodies.list', {});
    expect(response).toMatchObject({ ok: false, error: { kind: 'internal' } });
    expect(JSON.stringify(response)).not.toContain('segreto');
  });
});

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract, methodNames } from '../../../shared/api/contract';
import type { Handlers } from '../../../electron/backend/services';
import { createDispatch } from '../../../electron/backend/transport/dispatch';
import { accessRefusal, checkSender, createIpcHandler, type InvokeEventLike, type WindowAccess } from '../../../electron/shell/ipc-guard';
import { exampleMeetingText, testBackend } from '../storage/helpers';

const OUR_WINDOW = 7;
const CHAIR_WINDOW = 8;
const trusted = new Map<number, WindowAccess>([
  [OUR_WINDOW, { kind: 'full' }],
  [CHAIR_WINDOW, { kind: 'chair', meetingId: 'm1' }],
]);
const chairEvent = () => event({ id: CHAIR_WINDOW, url: 'app://verbalizza/index.html#/chair/m1' });

function event(overrides: { id?: number; url?: string; parent?: unknown; noFrame?: boolean } = {}): InvokeEventLike {
  return {
    sender: { id: overrides.id ?? OUR_WINDOW },
    senderFrame: overrides.noFrame ? null : { url: overrides.url ?? 'app://verbalizza/index.html#/meeting/m1', parent: overrides.parent ?? null },
  };
}

/**
 * The real dispatcher of electron/backend/transport (the one the HTTP adapter uses), over handlers that
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
  const silent = { info: () => {}, warn: () => {}, error: () => {} };
  return { calls, dispatch: createDispatch(handlers, silent) };
}

describe('checkSender', () => {
  it('accepts the main frame of our window on app://verbalizza', () => {
    expect(checkSender(event(), trusted)).toEqual({ ok: true, access: { kind: 'full' } });
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

  it('lets the chair display read its own meeting, and nothing else: no write, no other meeting, no list', async () => {
    const { calls, dispatch } = recordingDispatch();
    const handle = createIpcHandler(dispatch, trusted);
    expect((await handle(chairEvent(), 'meetings.get', { meetingId: 'm1' })).ok).toBe(true);
    for (const [method, input] of [
      ['meetings.undo', { meetingId: 'm1' }],
      ['meetings.get', { meetingId: 'm2' }],
      ['meetings.journal', { meetingId: 'm2' }],
      ['meetings.search', { text: '' }],
      ['bodies.list', {}],
      ['meetings.get', null],
    ] as const) {
      expect(await handle(chairEvent(), method, input)).toMatchObject({ ok: false, error: { kind: 'unauthorized' } });
    }
    expect(calls).toEqual([['meetings.get', { meetingId: 'm1' }]]);
  });

  it('refuses a shell-only method from a page, even from the main window: a page never writes a file at a path it chose', async () => {
    const { calls, dispatch } = recordingDispatch();
    const response = await createIpcHandler(dispatch, trusted)(event(), 'files.saveDocx', { meetingId: 'm1', outputPath: '/home/utente/.bashrc' });
    expect(response).toMatchObject({ ok: false, error: { kind: 'unauthorized', message: expect.stringContaining('riservata all’applicazione') } });
    expect(calls).toEqual([]);
  });

  it('writes nothing when a page sends files.exportDocx with an outputPath (the real backend): the bytes come back instead', async () => {
    const t = testBackend();
    try {
      const view = await t.call('files.importJson', { content: exampleMeetingText() });
      const target = join(t.dir, 'scritto-dalla-pagina.docx');
      const handle = createIpcHandler(t.backend.dispatch, trusted);
      const response = await handle(event(), 'files.exportDocx', { meetingId: view.meeting.id, outputPath: target });
      expect(response.ok).toBe(true);
      expect(existsSync(target)).toBe(false);
      expect(response.ok && (response.result as { base64: string }).base64.length).toBeGreaterThan(1000);
    } finally {
      t.close();
    }
  });

  it.each(methodNames)('obeys the contract access of %s in the main window and the chair display', async (method) => {
    const { access } = contract[method];
    const input = { meetingId: 'm1' };
    expect(accessRefusal({ kind: 'full' }, method, input) === null).toBe(access.callers === 'pages');
    expect(accessRefusal({ kind: 'chair', meetingId: 'm1' }, method, input) === null).toBe(access.callers === 'pages' && access.effect === 'read');
    expect(accessRefusal({ kind: 'chair', meetingId: 'm2' }, method, input)).not.toBeNull();
    const { calls, dispatch } = recordingDispatch();
    const response = await createIpcHandler(dispatch, trusted)(event(), method, input);
    expect(response.ok === false && response.error.kind === 'unauthorized').toBe(access.callers !== 'pages');
    expect(calls.length).toBe(access.callers === 'pages' && response.ok ? 1 : 0);
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

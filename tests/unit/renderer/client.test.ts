import { describe, expect, it } from 'vitest';
import { createClient } from '../../../renderer/api/client';
import { errorText } from '../../../renderer/api/errors';
import { httpTransport, takeSignInToken, type Transport } from '../../../renderer/api/transport';

describe('typed client', () => {
  it('answers with the result of an ok response and sends method and input unchanged', async () => {
    const calls: [string, unknown][] = [];
    const transport: Transport = {
      call: async (method, input) => {
        calls.push([method, input]);
        return { ok: true, result: [{ id: 'b1', name: 'Assemblea', kind: 'assemblea', memberCount: 3, meetingCount: 0 }] };
      },
      subscribe: () => () => {},
    };
    const bodies = await createClient(transport).call('bodies.list', {});
    expect(bodies.ok && bodies.result[0]?.name).toBe('Assemblea');
    expect(calls).toEqual([['bodies.list', {}]]);
  });

  it('answers a failed call with the structured error, shown in Italian with the fields to fix', async () => {
    const transport: Transport = {
      call: async () => ({
        ok: false,
        error: { kind: 'validation', message: 'Dati non validi', issues: [{ path: 'entry.favourable', message: 'deve essere un numero' }] },
      }),
      subscribe: () => () => {},
    };
    const response = await createClient(transport).call('meetings.get', { meetingId: 'x' });
    if (response.ok) throw new Error('expected a failed response');
    expect(errorText(response.error)).toEqual({ message: 'Dati non validi', details: ['Favorevoli: deve essere un numero'] });
  });

  it('answers a bridge that rejects with an Italian error instead of throwing', async () => {
    const transport: Transport = { call: () => Promise.reject(new Error('IPC channel closed')), subscribe: () => () => {} };
    const response = await createClient(transport).call('bodies.list', {});
    expect(response).toMatchObject({ ok: false, error: { kind: 'internal', message: expect.stringMatching(/^Impossibile contattare il servizio/) } });
  });

  it('HTTP transport: exchanges the sign-in token once (POST /session) before the first call, sends no token with calls, and answers in Italian when the server is unreachable', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (url: string, init: RequestInit) => {
      seen.push({ url, init });
      return url.endsWith('/session') ? new Response(null, { status: 204 }) : new Response(JSON.stringify({ ok: true, result: [] }), { status: 200 });
    }) as typeof fetch;
    try {
      const transport = httpTransport('tok123', 'http://127.0.0.1:1');
      expect(await transport.call('bodies.list', {})).toEqual({ ok: true, result: [] });
      expect(await transport.call('bodies.list', {})).toEqual({ ok: true, result: [] });
      expect(seen.map((request) => request.url)).toEqual(['http://127.0.0.1:1/session', 'http://127.0.0.1:1/api/bodies.list', 'http://127.0.0.1:1/api/bodies.list']);
      expect(JSON.parse(String(seen[0]?.init.body))).toEqual({ token: 'tok123' });
      expect(JSON.stringify(seen.slice(1))).not.toContain('tok123');
      seen.length = 0;
      await httpTransport(null, 'http://127.0.0.1:1').call('bodies.list', {});
      expect(seen.map((request) => request.url)).toEqual(['http://127.0.0.1:1/api/bodies.list']);
      globalThis.fetch = (async () => {
        throw new TypeError('fetch failed');
      }) as typeof fetch;
      const failed = await httpTransport('tok', 'http://127.0.0.1:1').call('bodies.list', {});
      expect(failed.ok).toBe(false);
      expect(!failed.ok && failed.error.message).toMatch(/Impossibile contattare/);
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  it('takes the sign-in token out of the address, keeping the route', () => {
    const replaced: string[] = [];
    const history = { replaceState: (_data: unknown, _unused: string, url: string) => replaced.push(url) };
    expect(takeSignInToken({ search: '?t=abc', pathname: '/', hash: '#/meeting/m1' }, history)).toBe('abc');
    expect(replaced).toEqual(['/#/meeting/m1']);
    expect(takeSignInToken({ search: '', pathname: '/', hash: '' }, history)).toBeNull();
    expect(replaced).toHaveLength(1);
  });
});

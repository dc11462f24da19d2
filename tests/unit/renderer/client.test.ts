import { describe, expect, it } from 'vitest';
import { createClient } from '../../../renderer/api/client';
import { errorText } from '../../../renderer/api/errors';
import { httpTransport, type Transport } from '../../../renderer/api/transport';
import { ApiCallError } from '../../../shared/api/errors';

describe('typed client', () => {
  it('returns the result of an ok response and sends method and input unchanged', async () => {
    const calls: [string, unknown][] = [];
    const transport: Transport = {
      call: async (method, input) => {
        calls.push([method, input]);
        return { ok: true, result: [{ id: 'b1', name: 'Assemblea', kind: 'assemblea', memberCount: 3, meetingCount: 0 }] };
      },
    };
    const bodies = await createClient(transport).call('bodies.list', {});
    expect(bodies[0]?.name).toBe('Assemblea');
    expect(calls).toEqual([['bodies.list', {}]]);
  });

  it('throws ApiCallError carrying the structured error, shown in Italian with the fields to fix', async () => {
    const transport: Transport = {
      call: async () => ({
        ok: false,
        error: { kind: 'validation', message: 'Dati non validi', issues: [{ path: 'entry.favourable', message: 'deve essere un numero' }] },
      }),
    };
    const error = await createClient(transport)
      .call('meetings.get', { meetingId: 'x' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiCallError);
    expect(errorText(error)).toEqual({ message: 'Dati non validi', details: ['entry.favourable: deve essere un numero'] });
  });

  it('HTTP transport: POST /api/<method> with the token, and an Italian error when the server is unreachable', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (url: string, init: RequestInit) => {
      seen.push({ url, init });
      return new Response(JSON.stringify({ ok: true, result: [] }), { status: 200 });
    }) as typeof fetch;
    try {
      const response = await httpTransport('tok123', 'http://127.0.0.1:1').call('bodies.list', {});
      expect(response).toEqual({ ok: true, result: [] });
      expect(seen[0]?.url).toBe('http://127.0.0.1:1/api/bodies.list');
      expect((seen[0]?.init.headers as Record<string, string>)['x-verbalizza-token']).toBe('tok123');
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
});

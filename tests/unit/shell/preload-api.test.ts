import { describe, expect, it } from 'vitest';
import { isPageMethod, methodNames } from '../../../shared/api/contract';
import { buildBridgeApi } from '../../../electron/shell/preload-api';

describe('buildBridgeApi', () => {
  it('exposes exactly the contract methods open to pages, frozen; no shell-only method', () => {
    const api = buildBridgeApi(async () => ({ ok: true, result: null }));
    expect(Object.keys(api).sort()).toEqual(methodNames.filter(isPageMethod).sort());
    expect(methodNames.filter((name) => !isPageMethod(name))).toContain('files.saveDocx');
    expect(api).not.toHaveProperty('files.saveDocx');
    expect(Object.isFrozen(api)).toBe(true);
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('send');
  });

  it('forwards only the channel, the method name and the input, and returns the plain response', async () => {
    const calls: unknown[][] = [];
    const api = buildBridgeApi(async (...args) => {
      calls.push(args);
      return { ok: true, result: 'fatto' };
    });
    const call = api['meetings.get'];
    expect(call).toBeTypeOf('function');
    await expect(call?.({ meetingId: 'm1' })).resolves.toEqual({ ok: true, result: 'fatto' });
    expect(calls).toEqual([['verbalizza:call', 'meetings.get', { meetingId: 'm1' }]]);
  });
});

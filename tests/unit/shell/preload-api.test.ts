import { describe, expect, it } from 'vitest';
import { isPageMethod, methodNames } from '../../../shared/api/contract';
import { buildBridgeApi, buildSubscribe, type IpcEvents } from '../../../electron/shell/preload-api';

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

describe('buildSubscribe', () => {
  /** ipcRenderer's on/removeListener, recording the listeners it holds. */
  function fakeIpc() {
    const listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();
    const ipc: IpcEvents = {
      on: (channel, listener) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
      removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
    };
    const send = (channel: string, payload: unknown) => {
      for (const listener of listeners.get(channel) ?? []) listener({ sender: { secret: 'ipc' }, senderFrame: {} }, payload);
    };
    return { ipc, send, count: () => [...listeners.values()].reduce((n, set) => n + set.size, 0) };
  }

  it('hands the page each change event as a plain { meetingId, version }, never the IPC event, until it unsubscribes', () => {
    const { ipc, send, count } = fakeIpc();
    const heard: unknown[][] = [];
    const unsubscribe = buildSubscribe(ipc)((...args: unknown[]) => heard.push(args));
    send('verbalizza:changed', { meetingId: 'm1', version: 4, name: 'non passa' });
    send('verbalizza:call', { meetingId: 'm1', version: 5 });
    expect(heard).toEqual([[{ meetingId: 'm1', version: 4 }]]);
    unsubscribe();
    unsubscribe();
    send('verbalizza:changed', { meetingId: 'm1', version: 6 });
    expect(heard).toHaveLength(1);
    expect(count()).toBe(0);
  });
});

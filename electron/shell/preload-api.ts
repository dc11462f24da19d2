import type { MeetingChangedEvent, MeetingChangedListener, Unsubscribe } from '../../shared/api/events';
import type { ApiResponse } from '../../shared/api/errors';
import { PAGE_METHOD_NAMES } from './method-names';
import { CHANGE_CHANNEL, IPC_CHANNEL } from './security-config';

/** ipcRenderer.invoke, narrowed to what the bridge uses. */
export type Invoke = (channel: typeof IPC_CHANNEL, methodName: string, input: unknown) => Promise<unknown>;

/** ipcRenderer's listening half, narrowed to what the subscription uses. */
export interface IpcEvents {
  on(channel: typeof CHANGE_CHANNEL, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(channel: typeof CHANGE_CHANNEL, listener: (event: unknown, payload: unknown) => void): unknown;
}

export type BridgeApi = Readonly<Record<string, (input: unknown) => Promise<ApiResponse<unknown>>>>;

/**
 * window.verbalizza.api: one function per contract method a page may call, nothing else.
 * Each function forwards only (methodName, input) on the one channel and returns the
 * plain ApiResponse: no ipcRenderer, no event object, no callback reaches the page.
 */
export function buildBridgeApi(invoke: Invoke): BridgeApi {
  const api: Record<string, (input: unknown) => Promise<ApiResponse<unknown>>> = {};
  for (const name of PAGE_METHOD_NAMES) {
    api[name] = (input: unknown) => invoke(IPC_CHANNEL, name, input) as Promise<ApiResponse<unknown>>;
  }
  return Object.freeze(api);
}

/**
 * window.verbalizza.subscribe: the listener gets each change event the main process sends, as a plain
 * { meetingId, version }; never the IPC event (which would hand the page the sender). Returns the unsubscribe.
 */
export function buildSubscribe(ipc: IpcEvents): (listener: MeetingChangedListener) => Unsubscribe {
  return (listener) => {
    const forward = (_event: unknown, payload: unknown) => {
      const { meetingId, version } = (payload ?? {}) as Partial<MeetingChangedEvent>;
      listener({ meetingId: String(meetingId), version: Number(version) });
    };
    ipc.on(CHANGE_CHANNEL, forward);
    return () => {
      ipc.removeListener(CHANGE_CHANNEL, forward);
    };
  };
}

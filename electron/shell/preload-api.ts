import type { ApiResponse } from '../../shared/api/errors';
import { PAGE_METHOD_NAMES } from './method-names';
import { IPC_CHANNEL } from './security-config';

/** ipcRenderer.invoke, narrowed to what the bridge uses. */
export type Invoke = (channel: typeof IPC_CHANNEL, methodName: string, input: unknown) => Promise<unknown>;

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

import { createClient, type Client } from './client';
import { defaultTransport } from './page-transport';
import type { Transport } from './transport';

let shared: Client | null = null;

/** The client of this window (IPC in Electron, HTTP in browser mode). */
export function client(): Client {
  shared ??= createClient(defaultTransport());
  return shared;
}

/** Replaces the window's transport: the store's tests drive it through a fake one. */
export function connectTransport(transport: Transport): void {
  shared = createClient(transport);
}

import { createClient, type Client } from './client';
import { defaultTransport } from './page-transport';

let shared: Client | null = null;

/** The client of this window (IPC in Electron, HTTP in browser mode). */
export function client(): Client {
  shared ??= createClient(defaultTransport());
  return shared;
}

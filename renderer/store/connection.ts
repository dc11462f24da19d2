import { createClient, type Client } from '../api/client';
import type { Transport } from '../api/transport';

let current: Client | null = null;

/** Called once at start-up with the window's transport (IPC in Electron, HTTP in browser mode); tests pass a fake one. */
export function connect(transport: Transport): void {
  current = createClient(transport);
}

/** The client the store calls: the only way from the UI to the Node side. */
export function client(): Client {
  if (!current) throw new Error('Verbalizza: connect() non chiamato prima di usare il servizio');
  return current;
}

import { setTimeout as wait } from 'node:timers/promises';
import { describeFault } from '../db/faults';

/**
 * Waits between attempts while another program holds the database's write lock: 20 ms doubling to 500 ms,
 * about 3 s in all. Asynchronous, so other requests (and reads, never blocked in WAL mode) go on meanwhile.
 */
export const BUSY_RETRY_DELAYS_MS: readonly number[] = [20, 40, 80, 160, 320, 500, 500, 500, 500, 500];

export function isDatabaseBusy(error: unknown): boolean {
  return describeFault(error)?.code === 'BUSY';
}

/**
 * Runs a service call, again after each wait while it fails because the database is locked. Safe to repeat: a call
 * that met the lock has rolled back its transaction and the services forgot their caches (Storage.onFailure).
 * The last failure is thrown as it is.
 */
export async function retryWhileBusy<T>(call: () => T | Promise<T>, delays: readonly number[] = BUSY_RETRY_DELAYS_MS): Promise<T> {
  for (const delay of delays) {
    try {
      return await call();
    } catch (error) {
      if (!isDatabaseBusy(error)) throw error;
    }
    await wait(delay);
  }
  return call();
}

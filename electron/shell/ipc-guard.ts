import { isMethodName } from '../../shared/api/contract';
import type { ApiError, ApiResponse } from '../../shared/api/errors';
import { isAppUrl } from './security-config';

/**
 * Guard of the one IPC channel. No Electron import: it sees the IPC event through the
 * minimal shapes below (Electron's IpcMainInvokeEvent satisfies them), so it is unit-tested.
 */

export interface SenderFrameLike {
  url: string;
  /** null for a main (top-level) frame. */
  parent: unknown;
}

export interface InvokeEventLike {
  sender: { id: number };
  senderFrame: SenderFrameLike | null;
}

/** Runs one contract call: electron/transport/dispatch (zod validation with the contract's schema, services, error mapping). */
export type Dispatch = (methodName: string, input: unknown) => Promise<ApiResponse<unknown>>;

/**
 * Our own windows by webContents id, with what each may do; calls from anything else are refused.
 * The chair display is read-only: it may only read the meeting it shows.
 */
export type WindowAccess = 'full' | 'readOnly';

export interface TrustedSenders {
  has(webContentsId: number): boolean;
  get(webContentsId: number): WindowAccess | undefined;
}

export const READ_ONLY_METHODS: ReadonlySet<string> = new Set(['meetings.get', 'meetings.at', 'meetings.check']);

export type SenderCheck = { ok: true } | { ok: false; reason: string };

/** A call is accepted only from the main frame of one of our windows, showing our app:// origin. */
export function checkSender(event: InvokeEventLike, trusted: TrustedSenders): SenderCheck {
  if (!trusted.has(event.sender.id)) return { ok: false, reason: 'finestra non riconosciuta' };
  const frame = event.senderFrame;
  if (!frame) return { ok: false, reason: 'frame non più disponibile' };
  if (frame.parent !== null && frame.parent !== undefined) return { ok: false, reason: 'chiamata da un frame interno' };
  if (!isAppUrl(frame.url)) return { ok: false, reason: 'origine non ammessa' };
  return { ok: true };
}

function refused(error: ApiError): ApiResponse<unknown> {
  return { ok: false, error };
}

/**
 * Builds the ipcMain.handle listener: sender check, method name and window access check, then the
 * dispatcher the HTTP adapter also uses, which validates the payload with the contract's zod schema.
 * It never throws: every outcome is an ApiResponse, and nothing but plain data goes back.
 */
export function createIpcHandler(dispatch: Dispatch, trusted: TrustedSenders, log: (message: string) => void = () => {}) {
  return async (event: InvokeEventLike, methodName: unknown, input: unknown): Promise<ApiResponse<unknown>> => {
    const sender = checkSender(event, trusted);
    if (!sender.ok) {
      log(`Chiamata IPC rifiutata (${sender.reason}): ${event.senderFrame?.url ?? 'frame sconosciuto'}`);
      return refused({ kind: 'unauthorized', message: 'Chiamata non autorizzata.' });
    }
    if (typeof methodName !== 'string' || !isMethodName(methodName)) {
      return refused({ kind: 'unknownMethod', message: `Operazione sconosciuta: ${String(methodName).slice(0, 80)}` });
    }
    if (trusted.get(event.sender.id) === 'readOnly' && !READ_ONLY_METHODS.has(methodName)) {
      log(`Chiamata IPC rifiutata (finestra in sola lettura): ${methodName}`);
      return refused({ kind: 'unauthorized', message: 'Questa finestra è in sola lettura.' });
    }
    try {
      return await dispatch(methodName, input);
    } catch (error) {
      log(`Errore interno nella chiamata ${methodName}: ${error instanceof Error ? error.message : String(error)}`);
      return refused({ kind: 'internal', message: 'Errore interno: l’operazione non è stata eseguita.' });
    }
  };
}

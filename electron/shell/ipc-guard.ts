import { contract, isMethodName, type MethodName } from '../../shared/api/contract';
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

/** Runs one contract call: electron/backend/transport/dispatch (zod validation with the contract's schema, services, error mapping). */
export type Dispatch = (methodName: string, input: unknown) => Promise<ApiResponse<unknown>>;

/**
 * What one of our windows may call. The main window: every method the contract opens to pages.
 * The chair display: only reads (contract access effect 'read'), and only of the meeting it was opened on.
 */
export type WindowAccess = { kind: 'full' } | { kind: 'chair'; meetingId: string };

/** Our own windows by webContents id, with what each may do; calls from anything else are refused. */
export interface TrustedSenders {
  get(webContentsId: number): WindowAccess | undefined;
}

/** Why a window may not make this call, or null when it may. Reads only the contract's access declaration. */
export function accessRefusal(access: WindowAccess, methodName: MethodName, input: unknown): string | null {
  const declared = contract[methodName].access;
  if (declared.callers !== 'pages') return 'operazione riservata all’applicazione';
  if (access.kind === 'full') return null;
  if (declared.effect !== 'read') return 'finestra in sola lettura';
  const meetingId = typeof input === 'object' && input !== null ? (input as { meetingId?: unknown }).meetingId : undefined;
  return meetingId === access.meetingId ? null : 'la finestra mostra un’altra seduta';
}

export type SenderCheck = { ok: true; access: WindowAccess } | { ok: false; reason: string };

/** A call is accepted only from the main frame of one of our windows, showing our app:// origin. */
export function checkSender(event: InvokeEventLike, trusted: TrustedSenders): SenderCheck {
  const access = trusted.get(event.sender.id);
  if (!access) return { ok: false, reason: 'finestra non riconosciuta' };
  const frame = event.senderFrame;
  if (!frame) return { ok: false, reason: 'frame non più disponibile' };
  if (frame.parent !== null && frame.parent !== undefined) return { ok: false, reason: 'chiamata da un frame interno' };
  if (!isAppUrl(frame.url)) return { ok: false, reason: 'origine non ammessa' };
  return { ok: true, access };
}

function refused(error: ApiError): ApiResponse<unknown> {
  return { ok: false, error };
}

/**
 * Builds the ipcMain.handle listener: sender check, method name, the window's access to it (from the contract), then the
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
    const refusal = accessRefusal(sender.access, methodName, input);
    if (refusal) {
      log(`Chiamata IPC rifiutata (${refusal}): ${methodName}`);
      return refused({ kind: 'unauthorized', message: `Operazione non permessa da questa finestra: ${refusal}.` });
    }
    try {
      return await dispatch(methodName, input);
    } catch (error) {
      log(`Errore interno nella chiamata ${methodName}: ${error instanceof Error ? error.message : String(error)}`);
      return refused({ kind: 'internal', message: 'Errore interno: l’operazione non è stata eseguita.' });
    }
  };
}

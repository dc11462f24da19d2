import type { MethodInput, MethodName, MethodResult } from '../../shared/api/contract';
import type { ApiResponse } from '../../shared/api/errors';
import type { MeetingChangedListener, Unsubscribe } from '../../shared/api/events';
import type { Transport } from './transport';

/** The one typed client of the UI: every method typed from shared/api/contract.ts; a failure is an answer, never a throw. */
export interface Client {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<ApiResponse<MethodResult<M>>>;
  /** Every meeting change the Node side commits, from any window or program, until the returned function is called. */
  subscribe(listener: MeetingChangedListener): Unsubscribe;
}

export function createClient(transport: Transport): Client {
  return {
    async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<ApiResponse<MethodResult<M>>> {
      try {
        return (await transport.call(method, input)) as ApiResponse<MethodResult<M>>;
      } catch {
        // Only a broken bridge rejects (the transports answer every failure they know of).
        return { ok: false, error: { kind: 'internal', message: 'Impossibile contattare il servizio di Verbalizza: riavviare l’applicazione.' } };
      }
    },
    subscribe: (listener) => transport.subscribe(listener),
  };
}

import type { ApiResponse } from '../../shared/api/errors';

/** Carries one call of the contract to the Node side and returns its ApiResponse. */
export interface Transport {
  call(method: string, input: unknown): Promise<ApiResponse<unknown>>;
}

export interface VerbalizzaBridge {
  api: Record<string, (input: unknown) => Promise<ApiResponse<unknown>>>;
}

/** Electron: the preload exposes one function per contract method. */
export function ipcTransport(bridge: VerbalizzaBridge): Transport {
  return {
    call(method, input) {
      const fn = bridge.api[method];
      if (!fn) {
        return Promise.resolve({ ok: false, error: { kind: 'unknownMethod', message: `Metodo sconosciuto: ${method}` } });
      }
      return fn(input);
    },
  };
}

/** Browser mode: POST /api/<method> with the per-launch token read from the page. */
export function httpTransport(token: string, baseUrl = ''): Transport {
  return {
    async call(method, input) {
      let response: Response;
      try {
        response = await fetch(`${baseUrl}/api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-verbalizza-token': token },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return { ok: false, error: { kind: 'internal', message: 'Impossibile contattare il servizio di Verbalizza: verificare che sia in esecuzione.' } };
      }
      try {
        return (await response.json()) as ApiResponse<unknown>;
      } catch {
        return { ok: false, error: { kind: 'internal', message: `Risposta non valida dal servizio (HTTP ${response.status}).` } };
      }
    },
  };
}

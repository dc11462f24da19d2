import type { MethodInput, MethodName, MethodResult } from '../../shared/api/contract';
import { ApiCallError } from '../../shared/api/errors';
import type { Transport } from './transport';

/** The one typed client of the UI: every method typed from shared/api/contract.ts. */
export interface Client {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>>;
}

export function createClient(transport: Transport): Client {
  return {
    async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
      const response = await transport.call(method, input);
      if (!response.ok) throw new ApiCallError(response.error);
      return response.result as MethodResult<M>;
    },
  };
}

export { ApiCallError };

import type { MethodInput, MethodName, MethodResult } from '../../shared/api/contract';
import { client } from '../api';
import { errorText } from '../api/errors';
import { useStatus } from './status';

/**
 * Calls the API with the save state kept up to date.
 * Returns the result, or null when the call failed (the error is then shown by the status bar).
 */
export async function run<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M> | null> {
  const status = useStatus.getState();
  status.begin();
  try {
    const result = await client().call(method, input);
    useStatus.getState().succeed();
    return result;
  } catch (error) {
    useStatus.getState().fail(errorText(error));
    return null;
  }
}

import type { Contract, MethodInput, MethodName, MethodResult } from '../../shared/api/contract';
import { client } from './connection';
import { errorText } from '../api/errors';
import { useStatus } from './status';

type PageMethod<Effect extends 'read' | 'write'> = {
  [M in MethodName]: Contract[M]['access'] extends { effect: Effect; callers: 'pages' } ? M : never;
}[MethodName];

export type ReadMethod = PageMethod<'read'>;
/** Writes the user makes; the background draft save has its own call, saveDraft. */
export type UserWriteMethod = Exclude<PageMethod<'write'>, 'meetings.saveDraft'>;

/** A read: never shows "Salvataggio…" or "Salvato"; its failure is shown until dismissed. Null when it failed. */
export async function read<M extends ReadMethod>(method: M, input: MethodInput<M>): Promise<MethodResult<M> | null> {
  const response = await client().call(method, input);
  if (response.ok) return response.result;
  useStatus.getState().readFailed(errorText(response.error));
  return null;
}

/** A write by the user: "Salvataggio…" then "Salvato", which also clears the error shown. Null when it was refused. */
export function write<M extends UserWriteMethod>(method: M, input: MethodInput<M>): Promise<MethodResult<M> | null> {
  return send(method, input, 'user');
}

/** The autosave of a draft: a write, but it leaves any error on screen until she has read it. */
export function saveDraft(input: MethodInput<'meetings.saveDraft'>): Promise<MethodResult<'meetings.saveDraft'> | null> {
  return send('meetings.saveDraft', input, 'draft');
}

async function send<M extends PageMethod<'write'>>(method: M, input: MethodInput<M>, by: 'user' | 'draft'): Promise<MethodResult<M> | null> {
  useStatus.getState().writeStarted();
  const response = await client().call(method, input);
  if (response.ok) {
    useStatus.getState().writeSaved(by);
    return response.result;
  }
  useStatus.getState().writeFailed(errorText(response.error));
  return null;
}

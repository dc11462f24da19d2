import { z } from 'zod';
import { contract, isMethodName } from '../../../shared/api/contract';
import { DomainError, NotFoundError, type ApiError, type ApiResponse } from '../../../shared/api/errors';
import { describeFault } from '../db/faults';
import { callIds } from '../log/log-fields';
import type { Log } from '../log/log-file';
import type { Handlers } from '../services';
import { InvalidInputError, describeIssues, zodIssues } from '../services/invalid-input';
import { retryWhileBusy } from './retry-busy';

// Zod's own messages (for checks without a custom message) in Italian, on the Node side.
z.config(z.locales.it());

export type Dispatch = (methodName: string, input: unknown) => Promise<ApiResponse<unknown>>;

/** Turns anything thrown into an ApiError: never a stack trace, never an English internal message. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof DomainError) {
    return error.details.length > 0 ? { kind: 'domain', code: error.code, message: error.message, details: error.details } : { kind: 'domain', code: error.code, message: error.message };
  }
  if (error instanceof InvalidInputError) return { kind: 'validation', message: error.message, issues: error.issues };
  if (error instanceof NotFoundError) return { kind: 'notFound', message: error.message };
  if (error instanceof z.ZodError) {
    const issues = zodIssues(error);
    return { kind: 'validation', message: describeIssues(issues), issues };
  }
  const fault = describeFault(error);
  if (fault) return { kind: 'domain', code: `STORAGE_${fault.code}`, message: fault.message };
  return { kind: 'internal', message: 'Errore interno: l\'operazione non è stata eseguita. Riprovare; se si ripete, segnalarlo.' };
}

/** A read slower than this is logged, like every write. */
const SLOW_READ_MS = 100;

/**
 * The one entry point of every transport: checks the method name, validates the input with the
 * contract's schema, runs the service and answers with an ApiResponse. It never throws.
 * The log gets every write, every refusal and every slow read: method, ids, outcome code and time, never the content.
 */
export function createDispatch(handlers: Handlers, log: Pick<Log, 'info' | 'warn' | 'error'>): Dispatch {
  return async (methodName, input) => {
    if (typeof methodName !== 'string' || !isMethodName(methodName)) {
      log.warn('call.unknownMethod', {});
      return { ok: false, error: { kind: 'unknownMethod', message: `Operazione sconosciuta: «${String(methodName).slice(0, 100)}»` } };
    }
    const started = performance.now();
    const fields = () => ({ method: methodName, ...callIds(input), ms: Math.round((performance.now() - started) * 10) / 10 });
    const parsed = contract[methodName].input.safeParse(input);
    if (!parsed.success) {
      const issues = zodIssues(parsed.error);
      log.warn('call.refused', { ...fields(), kind: 'validation', paths: issues.map((issue) => issue.path).join(' ').slice(0, 300) });
      return { ok: false, error: { kind: 'validation', message: describeIssues(issues), issues } };
    }
    try {
      const handler = handlers[methodName] as (input: unknown) => unknown;
      const result = await retryWhileBusy(() => handler(parsed.data));
      const done = fields();
      if (contract[methodName].access.effect === 'write' || done.ms >= SLOW_READ_MS) log.info('call', done);
      return { ok: true, result };
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.kind === 'internal') log.error('call.internalError', error, fields());
      else log.warn('call.refused', { ...fields(), kind: apiError.kind, code: apiError.kind === 'domain' ? apiError.code : undefined });
      return { ok: false, error: apiError };
    }
  };
}

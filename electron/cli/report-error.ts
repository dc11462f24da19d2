import type { ApiError } from '../../shared/api/errors';
import type { CliIo } from './command';

/** Prints an API error the way a person reads it: the message, then each problem or field. */
export function reportApiError(io: CliIo, error: ApiError): void {
  io.err(error.message);
  if (error.kind === 'validation') {
    for (const issue of error.issues) io.err(`  - ${issue.path ? `${issue.path}: ` : ''}${issue.message}`);
  }
  if (error.kind === 'domain') {
    for (const detail of error.details ?? []) io.err(`  - ${detail}`);
  }
}

import type { ApiError } from '../../../shared/api/errors';
import { issueLines } from '../../../shared/api/field-names';
import { describeFault, StorageFaultError, userMessage } from '../db/faults';
import { UnusableArchiveError } from '../db/open';
import { restoreCommand } from '../db/restore';
import type { CliIo } from './command';

/** Prints an API error the way a person reads it: the message, then each problem or field. */
export function reportApiError(io: CliIo, error: ApiError): void {
  io.err(error.message);
  if (error.kind === 'validation') {
    for (const line of issueLines(error)) io.err(`  - ${line}`);
  }
  if (error.kind === 'domain') {
    for (const detail of error.details ?? []) io.err(`  - ${detail}`);
  }
}

/**
 * Prints whatever a command threw, in Italian and without a stack trace: a storage fault as its
 * Italian sentence (an unusable archive with the restore command to type), an unknown failure as
 * "errore interno". With --debug, the original error and its stack follow.
 */
export function reportFailure(io: CliIo, error: unknown, { dataDir, debug }: { dataDir: string; debug: boolean }): void {
  io.err(userMessage(error));
  if (error instanceof UnusableArchiveError && error.newestBackup) {
    io.err(`Per ripristinarla: ${restoreCommand(dataDir, error.newestBackup.fileName)}`);
  }
  if (debug) {
    io.err('');
    io.err('Dettagli per chi sviluppa (--debug):');
    const original = error instanceof StorageFaultError && error.cause ? error.cause : error;
    io.err(original instanceof Error ? (original.stack ?? `${original.name}: ${original.message}`) : String(original));
  } else if (!describeFault(error)) {
    io.err('Per i dettagli tecnici rilanciare il comando con --debug.');
  }
}

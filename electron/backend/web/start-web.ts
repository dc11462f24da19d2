import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { reportFailure } from '../cli/report-error';
import { openLog } from '../log/log-file';
import { openBackend, type Backend } from '../services/backend';
import { defaultDataDir } from '../paths';
import { startHttpServer } from '../transport/http';

const TOKEN_VARIABLE = 'VERBALIZZA_WEB_TOKEN';

/** Browser mode: the same API and UI as the app, served on 127.0.0.1. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      debug: { type: 'boolean' },
    },
  });
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Porta non valida: «${values.port}»`);
    process.exit(2);
  }
  // Errors on the console with their stack only with --debug: here the console is the user's terminal.
  const log = openLog(dataDir, { program: 'browser', console: values.debug ?? false });
  let backend: Backend;
  try {
    backend = openBackend(dataDir, { writer: 'modalità browser', log });
  } catch (error) {
    reportFailure({ out: console.log, err: console.error }, error, { dataDir, debug: values.debug ?? false });
    process.exit(1);
  }
  const staticDir = resolve(import.meta.dirname, '..', '..', '..', 'dist', 'renderer');
  const server = await startHttpServer({ dispatch: backend.dispatch, changes: backend.onMeetingChanged, staticDir, port, token: launcherToken() });
  console.log(`Verbalizza in modalità browser: aprire una volta ${server.signInUrl}`);
  console.log('(il collegamento vale per un solo accesso: il browser che lo apre resta collegato fino alla chiusura del server)');
  console.log(`Dati in ${dataDir}`);
  const stop = () => {
    void server.close().then(() => {
      backend.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/**
 * A launcher that drives the browser itself (the e2e tests) chooses the token and passes it in the
 * environment, never over HTTP. Otherwise the server draws a new one.
 */
function launcherToken(): string | undefined {
  const token = process.env[TOKEN_VARIABLE];
  if (token === undefined) return undefined;
  if (!/^[A-Za-z0-9_-]{32,200}$/.test(token)) {
    console.error(`${TOKEN_VARIABLE} non valido: almeno 32 caratteri tra lettere, cifre, «-» e «_».`);
    process.exit(2);
  }
  return token;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

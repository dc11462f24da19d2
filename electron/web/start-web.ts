import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openBackend } from '../services/backend';
import { defaultDataDir } from '../paths';
import { startHttpServer } from '../transport/http';

/** Browser mode: the same API and UI as the app, served on 127.0.0.1. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
    },
  });
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Porta non valida: «${values.port}»`);
    process.exit(2);
  }
  const backend = openBackend(dataDir);
  const staticDir = resolve(import.meta.dirname, '..', '..', 'dist', 'renderer');
  const server = await startHttpServer({ dispatch: backend.dispatch, staticDir, port });
  console.log(`Verbalizza in modalità browser: http://127.0.0.1:${server.port}/`);
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

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

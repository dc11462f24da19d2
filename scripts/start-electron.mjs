// npm start: builds the renderer and the Electron bundles, makes sure better-sqlite3 is built
// for Electron (apart from the Node build), then launches Electron on this checkout.
// `--build-only` does every build step and does not launch (packaging, and machines without Electron's binary).
import { spawn } from 'node:child_process';
import { PROJECT_ROOT, buildRenderer, bundleElectron, ensureElectronNative, locateElectron } from './build-electron.mjs';

const buildOnly = process.argv.includes('--build-only');

/** The path of Electron's executable, or an explanation of why there is none. */
function electronOrExplanation() {
  const electron = locateElectron();
  if (electron.ok) return electron;
  return {
    ok: false,
    message:
      'Impossibile avviare Verbalizza: il programma Electron non è installato in node_modules/electron ' +
      '(installazione fatta con ELECTRON_SKIP_BINARY_DOWNLOAD=1, o download non riuscito).\n' +
      'Rimedio: `node node_modules/electron/install.js` con accesso a Internet, oppure `npm ci` senza ELECTRON_SKIP_BINARY_DOWNLOAD.\n' +
      'Per usare l’interfaccia senza Electron: `npm run start:web`.\n' +
      `Dettaglio: ${electron.detail}`,
  };
}

async function main() {
  // Checked first: without the binary every build step below would be wasted.
  const electron = buildOnly ? null : electronOrExplanation();
  if (electron && !electron.ok) {
    console.error(electron.message);
    process.exit(1);
  }
  buildRenderer();
  await bundleElectron();
  ensureElectronNative();
  if (!electron) {
    console.log('Compilazione completata (dist/renderer, dist/electron, native/).');
    return;
  }
  const env = { ...process.env };
  // The app must start as Electron, never as the plain Node some shells force with this variable.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(electron.path, [PROJECT_ROOT], { stdio: 'inherit', env });
  child.on('error', (error) => {
    console.error(`Impossibile avviare Electron (${electron.path}): ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

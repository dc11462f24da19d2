// npm run test:electron: the desktop app's end-to-end test (tests/electron, Playwright's Electron support).
// Checks first that Electron's binary is there and that there is a screen, then builds the app as `npm start` does
// and runs playwright.electron.config.ts. Extra arguments go to Playwright. Not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { buildRenderer, bundleElectron, ensureElectronNative, locateElectron, PROJECT_ROOT } from './build-electron.mjs';

function stop(message) {
  console.error(message);
  process.exit(1);
}

const electron = locateElectron();
if (!electron.ok) {
  stop(
    'npm run test:electron: il programma Electron non è installato in node_modules/electron (installazione fatta con ' +
      'ELECTRON_SKIP_BINARY_DOWNLOAD=1, o download non riuscito): il test dell’app desktop non può partire.\n' +
      'Per averlo, con accesso a Internet: `node node_modules/electron/install.js`, oppure `npm ci` senza ELECTRON_SKIP_BINARY_DOWNLOAD.\n' +
      '\n' +
      'npm run test:electron: Electron’s binary is not installed in node_modules/electron (installed with ' +
      'ELECTRON_SKIP_BINARY_DOWNLOAD=1, or its download failed): the desktop app test cannot run.\n' +
      'To get it, with internet access: `node node_modules/electron/install.js`, or `npm ci` without ELECTRON_SKIP_BINARY_DOWNLOAD.\n' +
      `\nDettaglio / detail: ${electron.detail}`,
  );
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  stop(
    'npm run test:electron: nessuno schermo (DISPLAY non impostato): eseguire `xvfb-run -a npm run test:electron`.\n' +
      'npm run test:electron: no display (DISPLAY is not set): run `xvfb-run -a npm run test:electron`.',
  );
}

buildRenderer();
await bundleElectron();
ensureElectronNative();
const run = spawnSync('npx', ['playwright', 'test', '--config', 'playwright.electron.config.ts', ...process.argv.slice(2)], {
  cwd: PROJECT_ROOT,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
process.exit(run.status ?? 1);

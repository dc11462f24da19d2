import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

/** Browser mode on a fixed port with a fresh data folder for every run. Run after `vite build` (npm run test:e2e). */
const PORT = Number(process.env.VERBALIZZA_E2E_PORT ?? 5187);
// Only the main process starts the web server; workers reuse the env value so they do not create folders.
process.env.VERBALIZZA_E2E_DATA ??= mkdtempSync(join(tmpdir(), 'verbalizza-e2e-'));
const dataDir = process.env.VERBALIZZA_E2E_DATA;
/** Set to test a server that is already running: the sign-in address its `npm run start:web` printed (…/?t=<token>), not yet opened. */
const externalUrl = process.env.VERBALIZZA_E2E_URL;
const baseURL = externalUrl ? new URL('/', externalUrl).href : `http://127.0.0.1:${PORT}/`;
/**
 * Browser mode's one-time sign-in token: chosen here and given to the server in its environment (never over
 * HTTP); tests/e2e/sign-in.ts exchanges it once and every test's browser starts with the session cookie.
 */
process.env.VERBALIZZA_E2E_TOKEN ??= externalUrl ? (new URL(externalUrl).searchParams.get('t') ?? '') : randomBytes(32).toString('hex');
/** Beside this run's data folder: two runs at once (another port) never read each other's cookie. */
const SESSION_STATE = `${dataDir}-session.json`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  workers: 1,
  fullyParallel: false,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  globalSetup: './tests/e2e/sign-in.ts',
  use: {
    baseURL,
    storageState: SESSION_STATE,
    viewport: { width: 1440, height: 900 },
    locale: 'it-IT',
    timezoneId: 'Europe/Rome',
    acceptDownloads: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--lang=it-IT',
      ],
    },
  },
  webServer: externalUrl
    ? undefined
    : {
        command: `npx tsx electron/backend/web/start-web.ts --data-dir "${dataDir}" --port ${PORT}`,
        url: `http://127.0.0.1:${PORT}/`,
        env: { VERBALIZZA_WEB_TOKEN: process.env.VERBALIZZA_E2E_TOKEN },
        reuseExistingServer: false,
        timeout: 60_000,
        stdout: 'pipe',
        stderr: 'pipe',
      },
});

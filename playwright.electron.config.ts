import { defineConfig } from '@playwright/test';

/** The built desktop app through Playwright's Electron support: `npm run test:electron` (scripts/test-electron.mjs) builds it first. */
export default defineConfig({
  testDir: 'tests/electron',
  outputDir: 'test-results/electron',
  workers: 1,
  timeout: 180_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});

import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeModules = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'url', 'stream', 'util', 'events', 'worker_threads', 'zlib', 'buffer', 'process'];

/** shared/ is pure TypeScript: no Node, no Electron, no React, no DOM. */
const sharedPurity = {
  files: ['shared/**/*.ts'],
  languageOptions: { globals: {} },
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: nodeModules, message: 'shared/ must not import Node modules.' },
          { group: ['electron', 'electron/*'], message: 'shared/ must not import Electron.' },
          { group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*'], message: 'shared/ must not import React.' },
          { group: ['better-sqlite3', 'docx', 'papaparse'], message: 'shared/ must stay renderer- and storage-neutral.' },
          { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ must not import from electron/ or renderer/.' },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'XMLHttpRequest', 'HTMLElement', 'process', 'Buffer', 'require', '__dirname', '__filename', 'global'].map((name) => ({
        name,
        message: `shared/ is pure: ${name} is not allowed here.`,
      })),
    ],
  },
};

/** Only the Electron shell talks to Electron. */
const electronOnlyInShell = {
  files: ['electron/**/*.ts', 'renderer/**/*.ts', 'renderer/**/*.tsx'],
  ignores: ['electron/shell/**'],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [{ group: ['electron', 'electron/*'], message: 'Only electron/shell/ may import Electron.' }] },
    ],
  },
};

/** The Node backend never reaches into the Electron shell: the shell uses the backend, not the other way round. */
const backendWithoutShell = {
  files: ['electron/backend/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['electron', 'electron/*'], message: 'Only electron/shell/ may import Electron.' },
          { group: ['**/shell', '**/shell/**'], message: 'electron/backend/ must not import from electron/shell/.' },
        ],
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.tsbuild/', 'out/', 'release/', 'test-results/', 'playwright-report/', 'native/', '.data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'eqeqeq': ['error', 'always'],
    },
  },
  { files: ['electron/**/*.ts', 'tests/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{ts,mjs,js}', 'bin/**/*.mjs', '*.config.{ts,js}'], languageOptions: { globals: globals.node } },
  { files: ['renderer/**/*.{ts,tsx}'], languageOptions: { globals: globals.browser } },
  sharedPurity,
  electronOnlyInShell,
  backendWithoutShell,
);

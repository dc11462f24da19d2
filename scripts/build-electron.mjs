// Build steps of the Electron app, shared by `npm start` (scripts/start-electron.mjs) and packaging.
// Each step is exported so that tests run it without the Electron binary.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

/** The Electron version from its npm package (present even when its binary is not). */
export function electronVersion(root = PROJECT_ROOT) {
  return JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
}

/**
 * Electron's executable, as its npm package names it, or why there is none: installs made with
 * ELECTRON_SKIP_BINARY_DOWNLOAD=1 (or whose download failed) have the package without the program.
 */
export function locateElectron(root = PROJECT_ROOT) {
  try {
    const executable = createRequire(path.join(root, 'package.json'))('electron');
    if (existsSync(executable)) return { ok: true, path: executable };
    return { ok: false, detail: `${executable} non esiste / does not exist` };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

/** Electron's NODE_MODULE_VERSION, from the abi_version file its package ships. */
export function electronAbi(root = PROJECT_ROOT) {
  return readFileSync(path.join(root, 'node_modules', 'electron', 'abi_version'), 'utf8').trim();
}

/** Where the Electron build of better-sqlite3 lives: apart from node_modules/better-sqlite3/build (the Node build). */
export function electronBinaryPath(root, abi) {
  return path.join(root, 'native', `electron-${abi}`, 'better_sqlite3.node');
}

/**
 * Bundles main and preload to CommonJS. electron and better-sqlite3 stay external (runtime-provided / native), and so
 * does pdfkit: it reads its sRGB profile and font data from files beside its own code.
 */
export async function bundleElectron({ root = PROJECT_ROOT, outDir = path.join(root, 'dist', 'electron') } = {}) {
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    sourcemap: false,
    logLevel: 'warning',
    legalComments: 'none',
  };
  await build({
    ...common,
    entryPoints: [path.join(root, 'electron', 'shell', 'main.ts')],
    outfile: path.join(outDir, 'main.cjs'),
    external: ['electron', 'better-sqlite3', 'pdfkit'],
  });
  // The sandboxed preload can require only 'electron': everything else is inlined.
  await build({
    ...common,
    entryPoints: [path.join(root, 'electron', 'shell', 'preload.ts')],
    outfile: path.join(outDir, 'preload.cjs'),
    external: ['electron'],
  });
  return { main: path.join(outDir, 'main.cjs'), preload: path.join(outDir, 'preload.cjs') };
}

/** The renderer, built by Vite into dist/renderer. */
export function buildRenderer(root = PROJECT_ROOT) {
  run(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], { cwd: root }, 'Compilazione dell’interfaccia (vite build) non riuscita');
}

/**
 * The ABI a native addon was built for, read from the registration symbol V8 addons export
 * (node_register_module_v<ABI>). Static: works for a binary the running Node could not load.
 */
export function readModuleAbi(filePath) {
  const match = /node_register_module_v(\d+)/.exec(readFileSync(filePath).toString('latin1'));
  return match ? match[1] : null;
}

/**
 * The environment for node-gyp without any nodedir setting. This machine's npm config has
 * nodedir=/usr, which npm exports to scripts as npm_config_nodedir: node-gyp would then compile
 * against Node's own headers and "succeed" with the wrong ABI.
 */
export function cleanBuildEnv(env) {
  const clean = {};
  for (const [key, value] of Object.entries(env)) {
    if (/^npm_config_(nodedir|target|runtime|dist_url|disturl|devdir)$/i.test(key)) continue;
    clean[key] = value;
  }
  return clean;
}

/** node-gyp arguments that name the target explicitly: Electron's version, runtime and header source. */
export function nodeGypArgs(command, { version, devdir, platform = process.platform, arch = process.arch }) {
  const args = [command, `--target=${version}`, `--arch=${arch}`, `--dist-url=${ELECTRON_HEADERS_URL}`, `--devdir=${devdir}`];
  // Reuses headers already downloaded into devdir.
  if (command === 'install') args.push('--ensure');
  if (command === 'rebuild') {
    args.push('--runtime=electron', '--release');
    // Explicit headers dir (on Windows node-gyp then looks for node.lib elsewhere, so there the devdir alone is used).
    if (platform !== 'win32') args.push(`--nodedir=${path.join(devdir, version)}`);
  }
  return args;
}

/**
 * Makes sure native/electron-<abi>/better_sqlite3.node exists and is built for Electron's ABI.
 * Builds it in a temporary copy of node_modules/better-sqlite3, so the Node build that `npm test`
 * uses is never touched. Throws an Error with an Italian message when it cannot.
 */
export function ensureElectronNative({ root = PROJECT_ROOT, log = console.log, devdir = path.join(homedir(), '.electron-gyp') } = {}) {
  const version = electronVersion(root);
  const abi = electronAbi(root);
  const target = electronBinaryPath(root, abi);
  if (existsSync(target)) {
    verifyAbi(target, abi, 'Cancellare la cartella native/ e rilanciare npm start.');
    return target;
  }
  log(`Compilo better-sqlite3 per Electron ${version} (ABI ${abi}): la prima volta richiede qualche minuto…`);
  const work = mkdtempSync(path.join(tmpdir(), 'verbalizza-native-'));
  try {
    const source = path.join(work, 'better-sqlite3');
    cpSync(path.join(root, 'node_modules', 'better-sqlite3'), source, {
      recursive: true,
      filter: (file) => !file.startsWith(path.join(root, 'node_modules', 'better-sqlite3', 'build')),
    });
    const nodeGyp = path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
    const env = cleanBuildEnv(process.env);
    const hint = `Servono la rete (intestazioni da ${ELECTRON_HEADERS_URL}), Python 3 e un compilatore C++.`;
    run(process.execPath, [nodeGyp, ...nodeGypArgs('install', { version, devdir })], { cwd: source, env }, `Download delle intestazioni di Electron ${version} non riuscito. ${hint}`);
    run(process.execPath, [nodeGyp, ...nodeGypArgs('rebuild', { version, devdir })], { cwd: source, env }, `Compilazione di better-sqlite3 per Electron non riuscita. ${hint}`);
    const built = path.join(source, 'build', 'Release', 'better_sqlite3.node');
    verifyAbi(built, abi, `Le intestazioni in ${devdir} non sono quelle di Electron ${version}: cancellarle e riprovare. Nulla è stato copiato in native/.`);
    mkdirSync(path.dirname(target), { recursive: true });
    cpSync(built, target);
    log(`Modulo nativo per Electron pronto: ${path.relative(root, target)}`);
    return target;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Refuses a binary built for another ABI (the nodedir trap produces exactly that). */
export function verifyAbi(filePath, expectedAbi, remedy = '') {
  const found = readModuleAbi(filePath);
  if (found !== expectedAbi) {
    throw new Error(`${filePath} è compilato per l’ABI ${found ?? 'sconosciuta'}, ma Electron richiede l’ABI ${expectedAbi}. ${remedy}`.trim());
  }
}

function run(command, args, options, failure) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error || result.status !== 0) {
    throw new Error(`${failure}${result.error ? ` (${result.error.message})` : ''}`);
  }
}

import path from 'node:path';

/**
 * Which better-sqlite3 binary a runtime loads.
 * - Node (npm test, the CLI, browser mode): better-sqlite3's own build in node_modules (undefined = its default).
 * - Electron: native/electron-<abi>/better_sqlite3.node, built apart by scripts/start-electron.mjs, so the
 *   two builds coexist and `npm start` never overwrites the build `npm test` uses.
 * In a packaged app the file sits in app.asar.unpacked (asarUnpack '**\/*.node'): native code cannot load from inside an asar.
 */

export interface RuntimeInfo {
  /** process.versions.electron, undefined under plain Node. */
  electronVersion: string | undefined;
  /** process.versions.modules: the NODE_MODULE_VERSION (ABI) of the running runtime. */
  abi: string;
  /** Where package.json of the app is (app.getAppPath() under Electron). */
  appRoot: string;
}

export const NATIVE_DIR = 'native';
export const BINARY_NAME = 'better_sqlite3.node';

/** native/electron-<abi>/better_sqlite3.node, relative to the app root. */
export function electronBinaryRelativePath(abi: string): string {
  return path.join(NATIVE_DIR, `electron-${abi}`, BINARY_NAME);
}

/** Native code cannot be loaded from inside app.asar: point at the unpacked copy. */
export function unpackedAsarPath(filePath: string): string {
  return filePath.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}

/** better-sqlite3's nativeBinding option for this runtime: a path for Electron, undefined for Node. */
export function selectNativeBinding(runtime: RuntimeInfo): string | undefined {
  if (!runtime.electronVersion) return undefined;
  return unpackedAsarPath(path.join(runtime.appRoot, electronBinaryRelativePath(runtime.abi)));
}

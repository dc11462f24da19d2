export const PROJECT_ROOT: string;
export const ELECTRON_HEADERS_URL: string;
export function electronVersion(root?: string): string;
export function electronAbi(root?: string): string;
export function locateElectron(root?: string): { ok: true; path: string } | { ok: false; detail: string };
export function electronBinaryPath(root: string, abi: string): string;
export function bundleElectron(options?: { root?: string; outDir?: string }): Promise<{ main: string; preload: string }>;
export function buildRenderer(root?: string): void;
export function readModuleAbi(filePath: string): string | null;
export function cleanBuildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export function nodeGypArgs(
  command: 'install' | 'rebuild',
  options: { version: string; devdir: string; platform?: NodeJS.Platform; arch?: string },
): string[];
/** devdir: where node-gyp keeps Electron's headers (default ~/.electron-gyp). */
export function ensureElectronNative(options?: { root?: string; log?: (message: string) => void; devdir?: string }): string;
export function verifyAbi(filePath: string, expectedAbi: string, remedy?: string): void;

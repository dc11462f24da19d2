import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'Verbalizza';
export const DATABASE_FILE = 'verbalizza.sqlite';

/**
 * The folder Electron's app.getPath('userData') gives for productName "Verbalizza",
 * so that browser mode and the CLI use the same data as the app by default.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') {
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  }
  if (platform === 'darwin') {
    return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  }
  const config = env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.length > 0 ? env.XDG_CONFIG_HOME : join(home, '.config');
  return join(config, PRODUCT_NAME);
}

export function databasePath(dataDir: string): string {
  return join(dataDir, DATABASE_FILE);
}

export function backupsDir(dataDir: string): string {
  return join(dataDir, 'backups');
}

/**
 * The repository's resources/ folder (fonts, example meeting): two levels up both from this file (electron/backend)
 * and from the bundled main process (dist/electron), whatever runs it (tsx, vitest, the bundle).
 */
export const RESOURCES_DIR = join(typeof __dirname === 'string' ? __dirname : import.meta.dirname, '..', '..', 'resources');

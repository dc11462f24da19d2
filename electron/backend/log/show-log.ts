import { dirname } from 'node:path';
import type { LogView } from '../../../shared/api/log';
import type { Log } from './log-file';

/** Opens a folder in the system's file manager; resolves to '' or to why it could not (Electron's shell.openPath). */
export type OpenFolder = (folder: string) => Promise<string>;

export const LOG_LINES_SHOWN = 50;

/**
 * "Apri il registro": the app opens the log's own folder (never a path a page gives); browser mode, which cannot,
 * shows where the log is and its last lines.
 */
export async function showLog(log: Log, openFolder: OpenFolder | undefined): Promise<LogView> {
  log.info('log.shown', {});
  const failure = openFolder ? await openFolder(dirname(log.path)) : null;
  if (failure) log.warn('log.openFolderFailed', {});
  return { path: log.path, lastLines: log.lastLines(LOG_LINES_SHOWN), openedFolder: failure === '' };
}

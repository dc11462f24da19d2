/** What "Apri il registro" answers: the log file, its last lines, and whether the app opened its folder. */
export interface LogView {
  path: string;
  /** The last lines, oldest first: one JSON object each (time, level, event, ids, codes, timings). */
  lastLines: string[];
  /** True when the app opened the log's folder in the system's file manager (Electron); false in browser mode. */
  openedFolder: boolean;
}

/** Backups as the app shows them: the list to restore from and the banner after a failed copy. */

export interface BackupFile {
  /** The name in the backups folder: the only way to choose one (never a path). */
  fileName: string;
  /** When it was made, ISO (UTC). */
  createdAt: string;
  size: number;
}

export interface BackupFailure {
  /** ISO time of the failed attempt. */
  at: string;
  /** Short, lower case: «disco pieno». */
  reason: string;
  /** The whole Italian message. */
  message: string;
}

export interface BackupStatus {
  /** The last attempt failed (and none succeeded since): the app shows a banner until one does. */
  lastFailure: BackupFailure | null;
  newest: BackupFile | null;
}

export interface RestoreOutcome {
  restored: BackupFile;
  /** The file name the replaced archive was set aside as, in the data folder (null when there was none). */
  setAside: string | null;
}

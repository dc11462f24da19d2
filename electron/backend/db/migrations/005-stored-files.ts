import type { Migration } from '../migration';

/**
 * Stored files, inside the archive: attachments' bytes (blobs, named by their SHA-256 and shared by whoever refers to
 * them), the PDF/A exported for signing and the signed file brought back. In SQLite, not beside it, so that a file and
 * the row referring to it are written in one transaction (a kill leaves both or neither) and backups and restore carry
 * them with the rest. Attachments without a file (and stored rows from before) need no change: `file` is optional.
 */
export const storedFiles: Migration = {
  version: 5,
  name: 'file allegati e firmati',
  up(db) {
    db.exec(`
      CREATE TABLE blobs (
        sha256 TEXT PRIMARY KEY,
        mime_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        data BLOB NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE signing_exports (
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        sha256 TEXT NOT NULL REFERENCES blobs(sha256),
        file_name TEXT NOT NULL,
        exported_at TEXT NOT NULL,
        PRIMARY KEY (meeting_id, sha256)
      );
      CREATE TABLE signed_files (
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        sha256 TEXT NOT NULL REFERENCES blobs(sha256),
        file_name TEXT NOT NULL,
        kind TEXT NOT NULL,
        signatures INTEGER NOT NULL,
        export_sha256 TEXT NOT NULL,
        attached_at TEXT NOT NULL,
        PRIMARY KEY (meeting_id, revision)
      );
    `);
  },
};

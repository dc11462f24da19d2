import type Database from 'better-sqlite3';
import { DomainError } from '../../../shared/api/errors';
import type { Meeting } from '../../../shared/model';
import { hasBlob } from '../db/blobs';
import { sql } from '../db/rows';

/** Whether the meeting refers to a stored file by this hash: an attachment's, an export for signing or the signed file. */
export function meetingNamesFile(db: Database.Database, meeting: Meeting, sha256: string): boolean {
  if (meeting.items.some((item) => item.attachments.some((attachment) => attachment.file?.sha256 === sha256))) return true;
  const signing = sql(
    db,
    'SELECT 1 FROM signing_exports WHERE meeting_id = ? AND sha256 = ? UNION ALL SELECT 1 FROM signed_files WHERE meeting_id = ? AND sha256 = ?',
  ).get(meeting.id, sha256, meeting.id, sha256);
  return signing !== undefined;
}

/**
 * A whole meeting coming in (an import) may name only files the archive holds: a meeting file carries the
 * attachments' references, not their bytes (those travel in the fascicolo).
 */
export function assertFilesStored(db: Database.Database, meeting: Meeting): void {
  for (const item of meeting.items) {
    for (const attachment of item.attachments) {
      if (!attachment.file || hasBlob(db, attachment.file.sha256)) continue;
      throw new DomainError(
        'ATTACHMENT_FILE_MISSING',
        `L'allegato ${attachment.label} («${attachment.file.fileName}») non è nell'archivio: il file di seduta contiene il riferimento, non il file. Nulla è stato importato.`,
      );
    }
  }
}

import type Database from 'better-sqlite3';
import type { Meeting } from '../../shared/model';
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

import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { MEETING_FILE_MAX_BYTES, type MeetingFile } from '../../../shared/meeting-file';
import { parseMeetingFile } from '../services/file-service';
import { InvalidInputError } from '../services/invalid-input';

function refusal(message: string): InvalidInputError {
  return new InvalidInputError(message, []);
}

/** The text of a meeting file, refused before reading it when it is larger than any path accepts. */
export function readMeetingFileText(path: string): string {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw refusal(missing ? `File di seduta non trovato: ${path}` : `File di seduta non leggibile: ${path}`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw refusal(`Non è un file: ${path}`);
    if (stat.size > MEETING_FILE_MAX_BYTES) {
      const mb = (bytes: number) => Math.ceil(bytes / 1_000_000);
      throw refusal(`File troppo grande (${mb(stat.size)} MB): un file di seduta può avere al massimo ${mb(MEETING_FILE_MAX_BYTES)} MB. ${path}`);
    }
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/** A meeting file read and parsed the one way every command does (parseMeetingFile: MeetingSchema and its rules). */
export function readMeetingFile(path: string): MeetingFile {
  return parseMeetingFile(readMeetingFileText(path));
}

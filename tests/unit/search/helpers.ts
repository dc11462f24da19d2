import type { ArchiveHit } from '../../../shared/api/search';
import type { MeetingFile } from '../../../shared/meeting-file';
import { exampleMeetingFile, type TestBackend } from '../storage/helpers';

/** The example meeting file as another meeting: its own id, date and status (the same body). */
export function exampleCopy(id: string, date: string, status: MeetingFile['meeting']['status'] = 'closed'): MeetingFile {
  const file = exampleMeetingFile();
  return { ...file, meeting: { ...file.meeting, id, date, status, ...(status !== 'closed' && { endTime: null }) } };
}

export async function importFile(t: TestBackend, file: MeetingFile): Promise<void> {
  await t.call('files.importJson', { content: JSON.stringify(file) });
}

/** A hit's snippet as text, the found words in [brackets]. */
export function snippetText(hit: ArchiveHit): string {
  return hit.snippet.map((part) => (part.match ? `[${part.text}]` : part.text)).join('');
}

import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ExportedFile, MeetingView, MethodName, MethodParsedInput } from '../../shared/api/contract';
import { MEETING_FILE_FORMAT, MEETING_FILE_VERSION, MeetingFileSchema, type MeetingFile } from '../../shared/meeting-file';
import type { Meeting } from '../../shared/model';
import type { BodyService } from './body-service';
import { InvalidInputError, zodIssues } from './invalid-input';
import type { MeetingService } from './meeting-service';
import type { Storage } from './storage';

type In<M extends MethodName> = MethodParsedInput<M>;

function baseName(meeting: Meeting): string {
  return `verbale-${meeting.date}-rev${meeting.revision}`;
}

export function meetingFile(meeting: Meeting, exportedAt: string): MeetingFile {
  return { format: MEETING_FILE_FORMAT, version: MEETING_FILE_VERSION, exportedAt, meeting };
}

/** Parses a meeting file, saying where and why it is wrong. Writes nothing. */
export function parseMeetingFile(content: string): MeetingFile {
  let data: unknown;
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    const where = position ? ` (carattere ${position})` : '';
    throw new InvalidInputError(`Il file non è JSON valido${where}.`, [{ path: '', message: `JSON non valido${where}` }]);
  }
  const result = MeetingFileSchema.safeParse(data);
  if (!result.success) {
    const issues = zodIssues(result.error);
    const first = issues[0];
    const where = first?.path ? ` in ${first.path}` : '';
    throw new InvalidInputError(`File di seduta non valido${where}: ${first?.message ?? 'contenuto inatteso'}`, issues);
  }
  return result.data;
}

export class FileService {
  constructor(
    private readonly storage: Storage,
    private readonly meetings: MeetingService,
    private readonly bodies: BodyService,
  ) {}

  exportJson(input: In<'files.exportJson'>): { fileName: string; content: string } {
    return this.storage.read(() => {
      const meeting = this.meetings.meeting(input.meetingId);
      const file = meetingFile(meeting, this.storage.nowIso());
      return { fileName: `${baseName(meeting)}.json`, content: `${JSON.stringify(file, null, 2)}\n` };
    });
  }

  /** Imports a meeting (and its body when the archive does not have it). A meeting id already in use gets a new id. */
  importJson(input: In<'files.importJson'>): MeetingView {
    const file = parseMeetingFile(input.content);
    return this.storage.write(() => {
      let meeting = file.meeting;
      if (this.meetings.exists(meeting.id)) meeting = { ...meeting, id: randomUUID() };
      if (!this.bodies.exists(meeting.body.id)) this.bodies.insert(meeting.body, 'files.importJson');
      return this.meetings.insert(
        meeting,
        'files.importJson',
        { originalId: file.meeting.id, exportedAt: file.exportedAt, size: input.content.length },
        `Importata la seduta del ${meeting.date} da file`,
      );
    });
  }

  async exportDocx(input: In<'files.exportDocx'>): Promise<ExportedFile> {
    const meeting = this.meetings.meeting(input.meetingId);
    const { renderMeetingDocx } = await import('../docx');
    const bytes = await renderMeetingDocx(meeting);
    const fileName = `${baseName(meeting)}.docx`;
    if (input.outputPath) {
      const path = resolve(input.outputPath);
      writeFileSync(path, bytes);
      return { fileName, path, base64: null };
    }
    return { fileName, path: null, base64: Buffer.from(bytes).toString('base64') };
  }
}

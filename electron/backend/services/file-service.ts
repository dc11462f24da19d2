import type { TavoloService } from './tavolo-service';
import { resolve } from 'node:path';
import type { ExportedFile, ImportedMeeting, MethodName, MethodParsedInput, SavedFile } from '../../../shared/api/contract';
import { DomainError } from '../../../shared/api/errors';
import { issueLine } from '../../../shared/api/field-names';
import { MEETING_FILE_FORMAT, MEETING_FILE_VERSION, MeetingFileSchema, type MeetingFile } from '../../../shared/meeting-file';
import type { Meeting } from '../../../shared/model';
import type { VerbaleCopy } from '../verbale-export';
import { writeFileAtomic } from '../write-file-atomic';
import type { BodyService } from './body-service';
import { InvalidInputError, zodIssues } from './invalid-input';
import { canonicalJson, meetingDifferences } from './meeting-comparison';
import type { MeetingService } from './meeting-service';
import type { Storage } from './storage';

type In<M extends MethodName> = MethodParsedInput<M>;

/** The name of a meeting's exported files, without extension: verbale-<data>-rev<n>. */
export function baseName(meeting: Meeting): string {
  return `verbale-${meeting.date}-rev${meeting.revision}`;
}

/** The public copy's files say so in their name: verbale-<data>-rev<n>-pubblicazione. */
export function copyName(meeting: Meeting, copy: VerbaleCopy): string {
  return copy === 'public' ? `${baseName(meeting)}-pubblicazione` : baseName(meeting);
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
    throw new InvalidInputError(`File di seduta non valido: ${first ? issueLine(first) : 'contenuto inatteso'}`, issues);
  }
  return result.data;
}

export class FileService {
  constructor(
    private readonly storage: Storage,
    private readonly meetings: MeetingService,
    private readonly bodies: BodyService,
    private readonly tavoli: TavoloService,
  ) {}

  exportJson(input: In<'files.exportJson'>): { fileName: string; content: string } {
    return this.storage.read(() => {
      const meeting = this.meetings.meeting(input.meetingId);
      const file = meetingFile(meeting, this.storage.nowIso());
      return { fileName: `${baseName(meeting)}.json`, content: `${JSON.stringify(file, null, 2)}\n` };
    });
  }

  /**
   * Imports a meeting (and its body when the archive does not have it). Importing again is harmless: a meeting whose
   * id is in the archive is never duplicated; identical, nothing is written; different, the import is refused.
   * A tavolo's later session brings the organisations that joined since the archive's copy of the tavolo (late
   * joiners), so that the next session and the register know them.
   */
  importJson(input: In<'files.importJson'>): ImportedMeeting {
    const { meeting, exportedAt } = parseMeetingFile(input.content);
    return this.storage.write(() => {
      if (this.meetings.exists(meeting.id)) return { ...this.alreadyPresent(meeting), alreadyPresent: true, organisationsAdded: [] };
      let organisationsAdded: string[] = [];
      if (this.bodies.exists(meeting.body.id)) organisationsAdded = this.bodies.appendOrganisations(meeting.body.id, meeting.body, 'files.importJson');
      else this.bodies.insert(meeting.body, 'files.importJson');
      const view = this.meetings.importMeeting(meeting, { exportedAt, size: input.content.length }, `Importata la seduta del ${meeting.date} da file`);
      return { ...view, alreadyPresent: false, organisationsAdded };
    });
  }

  /** The archive's view of a meeting it already holds, when the file holds the same meeting. */
  private alreadyPresent(meeting: Meeting) {
    const stored = this.meetings.meeting(meeting.id);
    if (canonicalJson(stored) === canonicalJson(meeting)) return this.meetings.get({ meetingId: meeting.id });
    const differences = meetingDifferences(stored, meeting);
    throw new DomainError('MEETING_EXISTS_DIFFERENT', `Seduta già presente nell'archivio, diversa: ${differences.join(', ')}.`, [
      `L'archivio ha già la seduta del ${stored.date} con identificativo «${meeting.id}»: per sostituirla, eliminarla prima dall'archivio; nulla è stato importato.`,
    ]);
  }

  async exportDocx(input: In<'files.exportDocx'>): Promise<ExportedFile> {
    const { fileName, bytes } = await this.renderDocx(input.meetingId, input.copy);
    return { fileName, base64: Buffer.from(bytes).toString('base64') };
  }

  /** Shell only (contract access): the path comes from the app's save dialog or the CLI, never from a page. */
  async saveDocx(input: In<'files.saveDocx'>): Promise<SavedFile> {
    const { fileName, bytes } = await this.renderDocx(input.meetingId, input.copy);
    const path = resolve(input.outputPath);
    writeFileAtomic(path, bytes);
    return { fileName, path };
  }

  private async renderDocx(meetingId: string, copy: VerbaleCopy = 'original'): Promise<{ fileName: string; bytes: Uint8Array }> {
    const meeting = this.meetings.meeting(meetingId);
    const { renderMeetingDocx } = await import('../docx');
    return { fileName: `${copyName(meeting, copy)}.docx`, bytes: await renderMeetingDocx(meeting, copy, this.tavoli.sessionNumber(meeting)) };
  }

  async exportPdf(input: In<'files.exportPdf'>): Promise<ExportedFile> {
    const { fileName, bytes } = await this.renderPdf(input.meetingId, input.copy);
    return { fileName, base64: Buffer.from(bytes).toString('base64') };
  }

  /** Shell only, like saveDocx; written to a temporary name and renamed. */
  async savePdf(input: In<'files.savePdf'>): Promise<SavedFile> {
    const { fileName, bytes } = await this.renderPdf(input.meetingId, input.copy);
    const path = resolve(input.outputPath);
    writeFileAtomic(path, bytes);
    return { fileName, path };
  }

  private async renderPdf(meetingId: string, copy: VerbaleCopy = 'original'): Promise<{ fileName: string; bytes: Uint8Array }> {
    const meeting = this.meetings.meeting(meetingId);
    const { renderMeetingPdf } = await import('../pdf');
    return { fileName: `${copyName(meeting, copy)}.pdf`, bytes: await renderMeetingPdf(meeting, copy, this.tavoli.sessionNumber(meeting)) };
  }
}

import type { ExportedFile, MethodName, MethodParsedInput } from '../../../shared/api/contract';
import { NotFoundError } from '../../../shared/api/errors';
import type { RevisionSummary, RevisionView } from '../../../shared/api/revisions';
import type { Meeting } from '../../../shared/model';
import { checkMeeting, evaluateQuorum, presenceAtEnd } from '../../../shared/rules';
import { readStoredMeeting } from '../db/body-blobs';
import { sql } from '../db/rows';
import { baseName } from './file-service';
import { bodyWithoutBlobs, logoRef } from './meeting-change';
import type { MeetingService } from './meeting-service';
import type { Storage } from './storage';

type In<M extends MethodName> = MethodParsedInput<M>;

interface RevisionRow {
  revision: number;
  reopened_at: string;
  reason: string;
  end_time: string | null;
}

/**
 * The closed revisions a reopening kept (meeting_revisions): listed, read and exported as they were closed, never
 * changed. A revision was a closed meeting that checked clean, so it is read as stored.
 */
export class RevisionService {
  constructor(
    private readonly storage: Storage,
    private readonly meetings: MeetingService,
  ) {}

  private get db() {
    return this.storage.db;
  }

  list(input: In<'meetings.revisions'>): RevisionSummary[] {
    return this.storage.read(() => {
      this.assertMeetingExists(input.meetingId);
      const rows = sql(
        this.db,
        `SELECT revision, reopened_at, reason, json_extract(content, '$.endTime') AS end_time
           FROM meeting_revisions WHERE meeting_id = ? ORDER BY revision`,
      ).all(input.meetingId) as RevisionRow[];
      return rows.map(summaryOf);
    });
  }

  get(input: In<'meetings.revision'>): RevisionView {
    return this.storage.read(() => {
      const { row, meeting } = this.load(input.meetingId, input.revision);
      const presenceAtClose = presenceAtEnd(meeting);
      return {
        ...summaryOf({ ...row, end_time: meeting.endTime }),
        meeting: { ...meeting, body: bodyWithoutBlobs(meeting.body) },
        logo: logoRef(meeting.body),
        check: checkMeeting(meeting),
        presenceAtClose,
        quorumAtClose: evaluateQuorum(meeting, presenceAtClose),
      };
    });
  }

  async exportDocx(input: In<'files.exportRevisionDocx'>): Promise<ExportedFile> {
    const { meeting } = this.storage.read(() => this.load(input.meetingId, input.revision));
    const { renderMeetingDocx } = await import('../docx');
    const bytes = await renderMeetingDocx(meeting);
    return { fileName: `${baseName(meeting)}.docx`, base64: Buffer.from(bytes).toString('base64') };
  }

  private load(meetingId: string, revision: number): { row: Omit<RevisionRow, 'end_time'>; meeting: Meeting } {
    this.assertMeetingExists(meetingId);
    const row = sql(this.db, 'SELECT revision, reopened_at, reason, content FROM meeting_revisions WHERE meeting_id = ? AND revision = ?').get(
      meetingId,
      revision,
    ) as (Omit<RevisionRow, 'end_time'> & { content: string }) | undefined;
    if (!row) throw new NotFoundError(`La seduta non ha una revisione ${revision} chiusa e riaperta.`);
    const { content, ...rest } = row;
    return { row: rest, meeting: readStoredMeeting(this.db, content) };
  }

  private assertMeetingExists(meetingId: string): void {
    if (!this.meetings.exists(meetingId)) throw new NotFoundError(`Seduta non trovata («${meetingId}»)`);
  }
}

function summaryOf(row: RevisionRow): RevisionSummary {
  return { revision: row.revision, reopenedAt: row.reopened_at, reason: row.reason, endTime: row.end_time };
}

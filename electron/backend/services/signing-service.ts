import type { MethodParsedInput } from '../../../shared/api/contract';
import { DomainError } from '../../../shared/api/errors';
import type { SignedFile, SigningExport, SigningStatus } from '../../../shared/api/signing';
import type { Meeting } from '../../../shared/model';
import { formatDateWords } from '../../../shared/phrasing';
import { putBlob, sha256Hex } from '../db/blobs';
import { sql } from '../db/rows';
import { recogniseSignedFile } from '../signing/recognise-signed';
import { baseName } from './file-service';
import type { MeetingService } from './meeting-service';
import type { Storage } from './storage';
import { uploadedBytes } from './uploaded-file';

type In<M extends 'signing.exportForSignature' | 'signing.attachSigned' | 'signing.status'> = MethodParsedInput<M>;

interface ExportRow {
  sha256: string;
  file_name: string;
  exported_at: string;
  revision: number;
  size: number;
}

interface SignedRow {
  sha256: string;
  file_name: string;
  kind: SignedFile['kind'];
  signatures: number;
  export_sha256: string;
  revision: number;
  attached_at: string;
}

function assertClosed(meeting: Meeting): void {
  if (meeting.status !== 'closed') {
    throw new DomainError('MEETING_NOT_CLOSED', `La seduta del ${formatDateWords(meeting.date)} non è chiusa: si firma il verbale di una seduta chiusa.`);
  }
}

const signedFile = (row: SignedRow): SignedFile => ({
  fileName: row.file_name,
  sha256: row.sha256,
  kind: row.kind,
  signatures: row.signatures,
  exportSha256: row.export_sha256,
  revision: row.revision,
  attachedAt: row.attached_at,
});

/**
 * The signing flow: the PDF/A exported for signing is kept (its bytes and hash), and the signed file brought back is
 * recognised, matched to one of those exports and kept beside it. Certificates are not validated (trust lists and the
 * network would be needed): the office's signing software does that.
 */
export class SigningService {
  constructor(
    private readonly storage: Storage,
    private readonly meetings: MeetingService,
  ) {}

  async exportForSignature(input: In<'signing.exportForSignature'>): Promise<SigningExport> {
    const meeting = this.meetings.meeting(input.meetingId);
    assertClosed(meeting);
    const { renderMeetingPdf } = await import('../pdf');
    const bytes = await renderMeetingPdf(meeting);
    const fileName = `${baseName(meeting)}-per-firma.pdf`;
    return this.storage.write(() => {
      // Reopened while the PDF was being made: it is not the verbale of the meeting as it is now.
      const now = this.meetings.meeting(input.meetingId);
      if (now.status !== 'closed' || now.revision !== meeting.revision) {
        throw new DomainError('MEETING_CHANGED', 'La seduta è stata riaperta mentre si preparava il PDF: esportarlo di nuovo.');
      }
      const sha256 = putBlob(this.storage.db, bytes, 'application/pdf');
      const exportedAt = this.storage.nowIso();
      sql(this.storage.db, 'INSERT OR IGNORE INTO signing_exports (meeting_id, revision, sha256, file_name, exported_at) VALUES (?, ?, ?, ?, ?)').run(
        meeting.id,
        meeting.revision,
        sha256,
        fileName,
        exportedAt,
      );
      return { fileName, base64: Buffer.from(bytes).toString('base64'), sha256, revision: meeting.revision, exportedAt };
    });
  }

  attachSigned(input: In<'signing.attachSigned'>): SignedFile {
    const bytes = uploadedBytes(input);
    return this.storage.write(() => {
      const meeting = this.meetings.meeting(input.meetingId);
      assertClosed(meeting);
      const exports = this.exports(meeting);
      if (exports.length === 0) {
        throw new DomainError('NO_SIGNING_EXPORT', 'Prima usare «Esporta per la firma»: il file firmato si confronta con il PDF/A esportato da qui.');
      }
      const recognised = recogniseSignedFile(bytes, exports);
      if (!recognised.exportSha256) {
        throw new DomainError(
          'SIGNED_FILE_NOT_OURS',
          `Il file firmato non contiene il PDF/A esportato per la firma di questa seduta (revisione n. ${meeting.revision}): firmare il file «${exports[0]!.file_name}» senza modificarlo.`,
        );
      }
      const row: SignedRow = {
        sha256: sha256Hex(bytes),
        file_name: input.fileName,
        kind: recognised.kind,
        signatures: recognised.signatures,
        export_sha256: recognised.exportSha256,
        revision: meeting.revision,
        attached_at: this.storage.nowIso(),
      };
      putBlob(this.storage.db, bytes, recognised.kind === 'pades' ? 'application/pdf' : 'application/pkcs7-mime');
      sql(
        this.storage.db,
        'INSERT OR REPLACE INTO signed_files (meeting_id, revision, sha256, file_name, kind, signatures, export_sha256, attached_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(meeting.id, row.revision, row.sha256, row.file_name, row.kind, row.signatures, row.export_sha256, row.attached_at);
      return signedFile(row);
    });
  }

  status(input: In<'signing.status'>): SigningStatus {
    return this.storage.read(() => {
      const meeting = this.meetings.meeting(input.meetingId);
      return {
        exports: this.exports(meeting).map((row) => ({ fileName: row.file_name, sha256: row.sha256, revision: row.revision, exportedAt: row.exported_at })),
        signed: this.signed(meeting),
      };
    });
  }

  /** The signed file of the meeting's current revision, if any. */
  signed(meeting: Meeting): SignedFile | null {
    const row = sql(
      this.storage.db,
      'SELECT sha256, file_name, kind, signatures, export_sha256, revision, attached_at FROM signed_files WHERE meeting_id = ? AND revision = ?',
    ).get(meeting.id, meeting.revision) as SignedRow | undefined;
    return row ? signedFile(row) : null;
  }

  /** The exports for signing of the current revision, newest first, with their sizes. */
  private exports(meeting: Meeting): (ExportRow & { sha256: string; size: number })[] {
    return sql(
      this.storage.db,
      `SELECT e.sha256, e.file_name, e.exported_at, e.revision, b.size FROM signing_exports e JOIN blobs b ON b.sha256 = e.sha256
       WHERE e.meeting_id = ? AND e.revision = ? ORDER BY e.exported_at DESC, e.rowid DESC`,
    ).all(meeting.id, meeting.revision) as ExportRow[];
  }
}

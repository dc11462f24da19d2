import { resolve } from 'node:path';
import type { ExportedFile, MethodParsedInput, SavedFile } from '../../../shared/api/contract';
import { NotFoundError } from '../../../shared/api/errors';
import { getBlob } from '../db/blobs';
import { sql } from '../db/rows';
import { baseName } from '../services/file-service';
import type { MeetingService } from '../services/meeting-service';
import type { SigningService } from '../services/signing-service';
import type { Storage } from '../services/storage';
import { type DossierParts, dossierFiles } from './dossier-files';
import { dossierZip, withIndex, writeDossier } from './write-dossier';

/**
 * The fascicolo of a meeting: its verbale as PDF/A (the very file that was signed, when there is a signed file or an
 * export for signing; else made now) and DOCX, the signed file, the attachments' files, and the index.
 */
export class DossierService {
  constructor(
    private readonly storage: Storage,
    private readonly meetings: MeetingService,
    private readonly signing: SigningService,
  ) {}

  async exportZip(input: MethodParsedInput<'files.exportDossier'>): Promise<ExportedFile> {
    const { name, files } = await this.files(input.meetingId);
    return { fileName: `${name}.zip`, base64: Buffer.from(dossierZip(files)).toString('base64') };
  }

  /** Shell only: the path comes from the app's save dialog or the CLI. */
  async save(input: MethodParsedInput<'files.saveDossier'>): Promise<SavedFile> {
    const { name, files } = await this.files(input.meetingId);
    const path = resolve(input.outputPath);
    writeDossier(path, files);
    return { fileName: name, path };
  }

  private async files(meetingId: string): Promise<{ name: string; files: { name: string; bytes: Uint8Array }[] }> {
    const stored = this.storage.read(() => {
      const meeting = this.meetings.meeting(meetingId);
      const signed = this.signing.signed(meeting);
      const pdfSha = signed?.exportSha256 ?? this.newestExport(meeting.id, meeting.revision);
      const pdfRow = pdfSha ? (sql(this.storage.db, 'SELECT file_name FROM signing_exports WHERE meeting_id = ? AND sha256 = ?').get(meeting.id, pdfSha) as { file_name: string }) : null;
      const attachments = new Map<string, Uint8Array>();
      for (const attachment of meeting.items.flatMap((item) => item.attachments)) {
        if (attachment.file) attachments.set(attachment.file.sha256, this.blob(attachment.file.sha256));
      }
      return {
        meeting,
        pdf: pdfSha && pdfRow ? { fileName: pdfRow.file_name, bytes: this.blob(pdfSha) } : null,
        signed: signed ? { file: signed, bytes: this.blob(signed.sha256) } : null,
        attachments,
      };
    });
    const { meeting } = stored;
    const name = `fascicolo-${baseName(meeting).replace(/^verbale-/, '')}`;
    const [{ renderMeetingDocx }, { renderMeetingPdf }] = await Promise.all([import('../docx'), import('../pdf')]);
    const parts: DossierParts = {
      meeting,
      pdf: stored.pdf ?? { fileName: `${baseName(meeting)}.pdf`, bytes: await renderMeetingPdf(meeting) },
      docx: { fileName: `${baseName(meeting)}.docx`, bytes: await renderMeetingDocx(meeting) },
      attachmentBytes: (sha256) => stored.attachments.get(sha256)!,
      signed: stored.signed,
    };
    return { name, files: withIndex(meeting, dossierFiles(parts)) };
  }

  private newestExport(meetingId: string, revision: number): string | null {
    const row = sql(this.storage.db, 'SELECT sha256 FROM signing_exports WHERE meeting_id = ? AND revision = ? ORDER BY exported_at DESC, rowid DESC LIMIT 1').get(meetingId, revision) as
      | { sha256: string }
      | undefined;
    return row?.sha256 ?? null;
  }

  private blob(sha256: string): Uint8Array {
    const blob = getBlob(this.storage.db, sha256);
    if (!blob) throw new NotFoundError(`File mancante nell'archivio (SHA-256 ${sha256})`);
    return blob.bytes;
  }
}

import { z } from 'zod';
import { ATTACHMENT_MAX_BYTES, IdSchema, optionalText, shortText } from '../model';

/** Base64 of the largest file accepted (50 MB): a longer text is refused before it is decoded. */
export const FILE_MAX_BASE64 = Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4;

/** A file sent by a page: its name as she picked it and its bytes. */
const uploadedFile = {
  fileName: shortText('Nome del file', 255),
  base64: z.string().min(1, 'File vuoto').max(FILE_MAX_BASE64, 'File troppo grande: massimo 50 MB'),
};

export const AddAttachmentSchema = z.object({
  meetingId: IdSchema,
  itemId: IdSchema,
  attachmentId: IdSchema.optional(),
  title: optionalText('Titolo allegato', 300).default(''),
  ...uploadedFile,
});

export const AttachSignedSchema = z.object({ meetingId: IdSchema, ...uploadedFile });

/** The PDF/A written for signing: its bytes for the download and the hash the office can compare. */
export interface SigningExport {
  fileName: string;
  base64: string;
  sha256: string;
  revision: number;
  exportedAt: string;
}

export type SignatureKind = 'pades' | 'cades';

/** The signed file brought back, recognised and matched to one of our exports. */
export interface SignedFile {
  fileName: string;
  sha256: string;
  /** PAdES: a PDF with signature dictionaries; CAdES: a .p7m (CMS SignedData wrapping the PDF). */
  kind: SignatureKind;
  /** How many signatures it holds (Presidente and verbalizzante each add one). */
  signatures: number;
  /** The export for signing the signed content is. */
  exportSha256: string;
  revision: number;
  attachedAt: string;
}

export interface SigningStatus {
  /** The exports for signing of the meeting's current revision, newest first. */
  exports: Omit<SigningExport, 'base64'>[];
  signed: SignedFile | null;
}

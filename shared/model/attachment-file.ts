import { z } from 'zod';
import { shortText } from './primitives';

/** The largest attachment accepted, stated in the UI and refused above it. */
export const ATTACHMENT_MAX_BYTES = 50 * 1024 * 1024;

/** What an attachment may be (recognised from its bytes: shared/attachments/file-type.ts). */
export const ATTACHMENT_MIME_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/tiff',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  'application/msword',
  'application/vnd.ms-excel',
] as const;

export const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'Impronta SHA-256 non valida');

/** The file of an attachment, stored once by its content: `blobs.get` gives its bytes by this hash. */
export const AttachmentFileSchema = z.object({
  sha256: Sha256Schema,
  fileName: shortText('Nome del file allegato', 255),
  mimeType: z.enum(ATTACHMENT_MIME_TYPES),
  size: z.number().int().min(1).max(ATTACHMENT_MAX_BYTES, 'Allegato troppo grande: massimo 50 MB'),
});

export type AttachmentMimeType = (typeof ATTACHMENT_MIME_TYPES)[number];
export type AttachmentFile = z.infer<typeof AttachmentFileSchema>;

import { DomainError } from '../../../shared/api/errors';
import { ACCEPTED_KINDS, recogniseFileType } from '../../../shared/attachments/file-type';
import { ATTACHMENT_MAX_BYTES, type AttachmentFile } from '../../../shared/model';
import { formatMegabytes } from '../../../shared/attachments/size';
import { sha256Hex } from '../db/blobs';

/** The bytes of a file a page sent, refused above 50 MB (before anything is written). */
export function uploadedBytes(upload: { fileName: string; base64: string }): Uint8Array {
  const bytes = Buffer.from(upload.base64, 'base64');
  if (bytes.length === 0) throw new DomainError('FILE_EMPTY', `Il file «${upload.fileName}» è vuoto.`);
  if (bytes.length > ATTACHMENT_MAX_BYTES) {
    throw new DomainError('FILE_TOO_LARGE', `Il file «${upload.fileName}» è di ${formatMegabytes(bytes.length)}: il limite è ${formatMegabytes(ATTACHMENT_MAX_BYTES)} per file.`);
  }
  return bytes;
}

/** What an attachment's file is, from its bytes: a kind we do not accept is refused naming the accepted ones. */
export function attachmentFile(fileName: string, bytes: Uint8Array): AttachmentFile {
  const mimeType = recogniseFileType(bytes);
  if (!mimeType) {
    throw new DomainError('ATTACHMENT_TYPE_UNKNOWN', `Il file «${fileName}» non è di un tipo accettato come allegato (${ACCEPTED_KINDS}): il tipo si riconosce dal contenuto, non dal nome.`);
  }
  return { sha256: sha256Hex(bytes), fileName, mimeType, size: bytes.length };
}

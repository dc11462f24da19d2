import type { ExportedFile } from '../../shared/api/contract';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A DOCX the Node side sent as base64, as a link the page offers for download (revoke the url when done). */
export function docxDownload(file: ExportedFile): { name: string; url: string } {
  return fileDownload(file, DOCX_MIME);
}

/** Any file the Node side sent as base64, as a link to download (revoke the url when done). */
export function fileDownload(file: ExportedFile, mimeType: string): { name: string; url: string } {
  return { name: file.fileName, url: URL.createObjectURL(new Blob([base64ToBytes(file.base64)], { type: mimeType })) };
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

import type { AttachmentMimeType } from '../model/attachment-file';

/** What the bytes of a file are, read from their magic numbers (the name may lie); null when not an accepted kind. */
export function recogniseFileType(bytes: Uint8Array): AttachmentMimeType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'image/tiff';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return zipDocumentType(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return compoundDocumentType(bytes);
  return null;
}

/** What may be attached, as the UI and the refusals say it. */
export const ACCEPTED_KINDS = 'PDF, Word, Excel, PowerPoint, OpenDocument, immagini PNG, JPEG o TIFF';

/** How the UI names each kind. */
export const FILE_TYPE_NAMES: Record<AttachmentMimeType, string> = {
  'application/pdf': 'PDF',
  'image/png': 'immagine PNG',
  'image/jpeg': 'immagine JPEG',
  'image/tiff': 'immagine TIFF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'documento Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'foglio Excel',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'presentazione PowerPoint',
  'application/vnd.oasis.opendocument.text': 'documento OpenDocument',
  'application/vnd.oasis.opendocument.spreadsheet': 'foglio OpenDocument',
  'application/vnd.oasis.opendocument.presentation': 'presentazione OpenDocument',
  'application/msword': 'documento Word 97-2003',
  'application/vnd.ms-excel': 'foglio Excel 97-2003',
};

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((byte, index) => bytes[at + index] === byte);
}

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/**
 * A zip is an office document by its parts: OpenDocument names its type in a first, stored entry «mimetype»;
 * Office Open XML by the folders in its central directory (word/, xl/, ppt/).
 */
function zipDocumentType(bytes: Uint8Array): AttachmentMimeType | null {
  const firstName = ascii(bytes, 30, 30 + (bytes[26]! | (bytes[27]! << 8)));
  if (firstName === 'mimetype') {
    const extra = bytes[28]! | (bytes[29]! << 8);
    const content = ascii(bytes, 38 + extra, 38 + extra + 60);
    for (const kind of ['text', 'spreadsheet', 'presentation'] as const) {
      if (content.startsWith(`application/vnd.oasis.opendocument.${kind}`) && !content.startsWith(`application/vnd.oasis.opendocument.${kind}-`)) {
        return `application/vnd.oasis.opendocument.${kind}`;
      }
    }
    return null;
  }
  const names = centralDirectoryNames(bytes);
  if (!names.includes('[Content_Types].xml')) return null;
  if (names.some((name) => name.startsWith('word/'))) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  if (names.some((name) => name.startsWith('xl/'))) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (names.some((name) => name.startsWith('ppt/'))) return 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
  return null;
}

/** The entry names of a zip's central directory, found from its end record (empty when there is none). */
function centralDirectoryNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let at = bytes.length - 22; at >= lowest; at -= 1) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return [];
  const names: string[] = [];
  let at = view.getUint32(end + 16, true);
  const count = view.getUint16(end + 10, true);
  for (let index = 0; index < count && at + 46 <= bytes.length && view.getUint32(at, true) === 0x02014b50; index += 1) {
    const nameLength = view.getUint16(at + 28, true);
    names.push(ascii(bytes, at + 46, at + 46 + nameLength));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return names;
}

/** A Word or Excel 97-2003 file names its main stream (UTF-16) in the compound file's directory. */
function compoundDocumentType(bytes: Uint8Array): AttachmentMimeType | null {
  if (containsUtf16(bytes, 'WordDocument')) return 'application/msword';
  if (containsUtf16(bytes, 'Workbook') || containsUtf16(bytes, 'Book')) return 'application/vnd.ms-excel';
  return null;
}

function containsUtf16(bytes: Uint8Array, word: string): boolean {
  const pattern = [...word].flatMap((char) => [char.charCodeAt(0), 0]);
  for (let at = bytes.indexOf(pattern[0]!); at >= 0; at = bytes.indexOf(pattern[0]!, at + 1)) {
    if (startsWith(bytes, pattern, at)) return true;
  }
  return false;
}

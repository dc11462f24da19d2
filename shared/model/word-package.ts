/**
 * Whether base64 text holds a Word package (.docx or .dotx): a ZIP archive whose central directory names the
 * parts every WordprocessingML package has. Only the end of the archive is decoded, so checking a 5 MB file
 * costs the same as checking a small one.
 */
export function isWordPackage(base64: string): boolean {
  const bytes = base64Bytes(base64);
  if (!bytes) return false;
  const names = zipEntryNames(bytes);
  return names !== null && REQUIRED_PARTS.every((part) => names.includes(part));
}

const REQUIRED_PARTS = ['[Content_Types].xml', '_rels/.rels', 'word/document.xml'];

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Map([...ALPHABET].map((char, value) => [char, value]));

/**
 * Byte access to base64 text, decoding only the ranges asked for (a range holding a character that is not base64
 * gives null); null when the text cannot be base64. Checking every character of 7 MB would take 100 ms and more.
 */
interface Base64Bytes {
  length: number;
  slice(start: number, end: number): Uint8Array | null;
}

function base64Bytes(base64: string): Base64Bytes | null {
  if (base64.length === 0 || base64.length % 4 !== 0) return null;
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  const groups = base64.length / 4;
  const length = groups * 3 - padding;
  const valueAt = (at: number) => (at >= base64.length - padding ? 0 : VALUE.get(base64[at] as string));
  return {
    length,
    slice(start, end) {
      const from = Math.floor(start / 3);
      const to = Math.min(Math.ceil(end / 3), groups);
      const out = new Uint8Array((to - from) * 3);
      for (let group = from; group < to; group += 1) {
        let bits = 0;
        for (let i = 0; i < 4; i += 1) {
          const value = valueAt(group * 4 + i);
          if (value === undefined) return null;
          bits = (bits << 6) | value;
        }
        out.set([(bits >> 16) & 0xff, (bits >> 8) & 0xff, bits & 0xff], (group - from) * 3);
      }
      return out.subarray(start - from * 3, Math.min(end, length) - from * 3);
    },
  };
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
/** The end record is 22 bytes, followed by a comment of at most 65,535. */
const END_SEARCH = 22 + 65_535;

const uint16 = (bytes: Uint8Array, at: number) => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
const uint32 = (bytes: Uint8Array, at: number) => (uint16(bytes, at) | (uint16(bytes, at + 2) << 16)) >>> 0;

/** Where the end record starts, looking back from the end: first in the last 22 bytes (no comment), then as far as a comment reaches. */
function endRecord(archive: Base64Bytes): { tail: Uint8Array; tailStart: number; end: number } | null {
  for (const window of [22, END_SEARCH]) {
    const tailStart = Math.max(0, archive.length - window);
    const tail = archive.slice(tailStart, archive.length);
    if (!tail) return null;
    for (let end = tail.length - 22; end >= 0; end -= 1) if (uint32(tail, end) === END_OF_CENTRAL_DIRECTORY) return { tail, tailStart, end };
  }
  return null;
}

/** The names in a ZIP archive's central directory; null when there is no readable one. */
function zipEntryNames(archive: Base64Bytes): string[] | null {
  const found = endRecord(archive);
  if (!found) return null;
  const { tail, tailStart, end } = found;
  const count = uint16(tail, end + 10);
  const size = uint32(tail, end + 12);
  const offset = uint32(tail, end + 16);
  if (offset + size > tailStart + end) return null;
  const directory = archive.slice(offset, offset + size);
  if (!directory) return null;
  const names: string[] = [];
  let at = 0;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > directory.length || uint32(directory, at) !== CENTRAL_DIRECTORY_ENTRY) return null;
    const nameLength = uint16(directory, at + 28);
    const skip = nameLength + uint16(directory, at + 30) + uint16(directory, at + 32);
    names.push(String.fromCharCode(...directory.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + skip;
  }
  return names;
}

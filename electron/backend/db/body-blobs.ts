import type Database from 'better-sqlite3';
import type { BlobRef } from '../../../shared/api/contract';
import type { BodyProfile, Meeting } from '../../../shared/model';
import { hasBlob, sha256Hex } from './blobs';
import { sql } from './rows';

/*
 * A body's logo and Word letterhead are stored once, in `blobs`, by the SHA-256 of their bytes: the body's profile,
 * each meeting's copy of its body, the journal's row changes and the closed revisions hold only `{ sha256, mimeType }`
 * and `{ fileName, sha256 }` (migration 007 moved the older copies). In memory a body has its bytes, as the model
 * says; they are put back when a stored body is read. A body without them reads as it was written.
 */

type Files = Pick<BodyProfile, 'logo' | 'letterhead'>;
type File = { readonly base64: string };

export interface StoredWord {
  fileName: string;
  sha256: string;
}

interface StoredFiles {
  logo: BlobRef | null;
  letterhead?: Omit<NonNullable<BodyProfile['letterhead']>, 'word'> & { word: StoredWord | null };
}

const WORD_MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  dotx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.template',
};

export function wordMimeType(fileName: string): string {
  return fileName.toLowerCase().endsWith('.dotx') ? WORD_MIME.dotx : WORD_MIME.docx;
}

/** Hashes of file objects (a logo, a Word letterhead): known from the stored reference, or computed once. */
const hashes = new WeakMap<object, string>();

/** The SHA-256 of a logo's or Word letterhead's bytes (hashing 5 MB costs ~15 ms: done once per object). */
export function fileSha256(file: File): string {
  let hash = hashes.get(file);
  if (hash === undefined) {
    hash = sha256Hex(Buffer.from(file.base64, 'base64'));
    hashes.set(file, hash);
  }
  return hash;
}

/** A body's logo and Word letterhead by reference, as the stored body and the body's view hold them. */
export function fileReferences({ logo, letterhead }: Files): StoredFiles {
  return {
    logo: logo && { sha256: fileSha256(logo), mimeType: logo.mimeType },
    ...(letterhead && { letterhead: { ...letterhead, word: letterhead.word && { fileName: letterhead.word.fileName, sha256: fileSha256(letterhead.word) } } }),
  };
}

/** The body (or profile) as stored: its files by reference. */
function withReferences<T extends Files>(body: T): Omit<T, keyof Files> & StoredFiles {
  return { ...body, ...fileReferences(body) };
}

/** Stored texts of body objects, computed once per object (a meeting's body never changes, so each action reuses it). */
const storedTexts = new WeakMap<object, string>();

/** The JSON text a body or profile is stored as: its logo and Word letterhead by reference. */
export function storedBodyJson(body: Files): string {
  let text = storedTexts.get(body);
  if (text === undefined) {
    text = JSON.stringify(withReferences(body));
    storedTexts.set(body, text);
  }
  return text;
}

/** Writes the body's logo and Word letterhead into `blobs` when they are not there yet. Inside the caller's transaction. */
export function putBodyBlobs(db: Database.Database, body: Files): void {
  const files: [File, string][] = [];
  if (body.logo) files.push([body.logo, body.logo.mimeType]);
  const word = body.letterhead?.word;
  if (word) files.push([word, wordMimeType(word.fileName)]);
  for (const [file, mimeType] of files) {
    const sha256 = fileSha256(file);
    if (hasBlob(db, sha256)) continue;
    const bytes = Buffer.from(file.base64, 'base64');
    sql(db, 'INSERT INTO blobs (sha256, mime_type, size, data) VALUES (?, ?, ?, ?)').run(sha256, mimeType, bytes.length, bytes);
  }
}

/**
 * Base64 of recently read files, by hash: the meetings of one body share one string instead of a copy each. Safe
 * across archives, since a hash names its bytes; a few entries, since a body has two files.
 */
const recent = new Map<string, string>();
const RECENT_MAX = 4;

function base64Of(db: Database.Database, sha256: string, what: string): string {
  const known = recent.get(sha256);
  if (known !== undefined) return known;
  const bytes = sql(db, 'SELECT data FROM blobs WHERE sha256 = ?').pluck().get(sha256) as Buffer | undefined;
  if (!bytes) throw new Error(`${what} dell'organo non è nell'archivio (SHA-256 ${sha256}): l'archivio è danneggiato, ripristinare un backup.`);
  const base64 = bytes.toString('base64');
  recent.set(sha256, base64);
  if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value as string);
  return base64;
}

/** A stored body or profile read back with its files' bytes; its stored text is remembered for the next write. */
export function readStoredBody<T extends Files>(db: Database.Database, text: string): T {
  const body = fromStored<T>(db, JSON.parse(text) as Omit<T, keyof Files> & StoredFiles);
  storedTexts.set(body, text);
  return body;
}

function fromStored<T extends Files>(db: Database.Database, stored: Omit<T, keyof Files> & StoredFiles): T {
  const { logo, letterhead } = stored;
  const file = <F extends object>(value: F, sha256: string): F => {
    hashes.set(value, sha256);
    return value;
  };
  return {
    ...stored,
    logo: logo && file({ mimeType: logo.mimeType, base64: base64Of(db, logo.sha256, 'Il logo') }, logo.sha256),
    ...(letterhead && {
      letterhead: {
        ...letterhead,
        word: letterhead.word && file({ fileName: letterhead.word.fileName, base64: base64Of(db, letterhead.word.sha256, `La carta intestata «${letterhead.word.fileName}»`) }, letterhead.word.sha256),
      },
    }),
  } as unknown as T;
}

/**
 * What the journal keeps of a call that sent a profile (bodies.create, bodies.updateProfile): an uploaded logo or Word
 * letterhead by reference, as a page names a kept one, since its bytes are in `blobs` already.
 */
export function journalInputOf(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || !('profile' in input)) return input;
  const profile = input.profile as Partial<Record<keyof Files, unknown>>;
  const inline = (file: unknown): file is File => typeof file === 'object' && file !== null && 'base64' in file;
  const letterhead = profile.letterhead as { word?: unknown } | undefined;
  if (!inline(profile.logo) && !inline(letterhead?.word)) return input;
  return {
    ...input,
    profile: {
      ...profile,
      ...(inline(profile.logo) && { logo: { sha256: fileSha256(profile.logo), mimeType: (profile.logo as { mimeType?: unknown }).mimeType } }),
      ...(letterhead && inline(letterhead.word) && { letterhead: { ...letterhead, word: { fileName: (letterhead.word as { fileName?: unknown }).fileName, sha256: fileSha256(letterhead.word) } } }),
    },
  };
}

/** A whole meeting as text with its body's files by reference (a closed revision kept by a reopening). */
export function storedMeetingJson(meeting: Meeting): string {
  return JSON.stringify({ ...meeting, body: withReferences(meeting.body) });
}

export function readStoredMeeting(db: Database.Database, text: string): Meeting {
  const stored = JSON.parse(text) as Omit<Meeting, 'body'> & { body: Omit<Meeting['body'], keyof Files> & StoredFiles };
  return { ...stored, body: fromStored<Meeting['body']>(db, stored.body) };
}

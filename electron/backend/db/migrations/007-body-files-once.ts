import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Migration } from '../migration';

/**
 * A body's logo and Word letterhead stored once, in `blobs` by the SHA-256 of their bytes, instead of a base64 copy in
 * the body and in every meeting made from it: the bodies' profiles, the meetings' body snapshots, the closed revisions
 * kept by a reopening, the row changes of the journal and the profiles it journaled as sent now hold
 * `{ sha256, mimeType }` and `{ fileName, sha256 }`.
 * Self-contained on purpose: a released migration must not change when the code reading bodies does.
 * Blobs no longer named by anything (a logo replaced since) are left where they are: nothing deletes them yet.
 */
type Json = Record<string, unknown>;

const WORD_MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  dotx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.template',
};

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;

/** Stores the bytes once and gives their hash. */
function put(db: Database.Database, base64: string, mimeType: string): string {
  const bytes = Buffer.from(base64, 'base64');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  db.prepare('INSERT OR IGNORE INTO blobs (sha256, mime_type, size, data) VALUES (?, ?, ?, ?)').run(sha256, mimeType, bytes.length, bytes);
  return sha256;
}

/** A body or profile with its files by reference; the same object when it holds none inline. */
function withReferences(db: Database.Database, body: Json): Json {
  const { logo, letterhead } = body;
  const inlineLogo = isObject(logo) && typeof logo.base64 === 'string';
  const word = isObject(letterhead) ? letterhead.word : null;
  const inlineWord = isObject(word) && typeof word.base64 === 'string' && typeof word.fileName === 'string';
  if (!inlineLogo && !inlineWord) return body;
  return {
    ...body,
    ...(inlineLogo && { logo: { sha256: put(db, logo.base64 as string, String(logo.mimeType)), mimeType: logo.mimeType } }),
    ...(inlineWord && {
      letterhead: {
        ...(letterhead as Json),
        word: {
          fileName: word.fileName,
          sha256: put(db, word.base64 as string, (word.fileName as string).toLowerCase().endsWith('.dotx') ? WORD_MIME.dotx : WORD_MIME.docx),
        },
      },
    }),
  };
}

function bodyText(db: Database.Database, text: string): string {
  const body = JSON.parse(text) as Json;
  const stored = withReferences(db, body);
  return stored === body ? text : JSON.stringify(stored);
}

function revisionContent(db: Database.Database, text: string): string {
  const meeting = JSON.parse(text) as Json;
  if (!isObject(meeting.body)) return text;
  const body = withReferences(db, meeting.body);
  return body === meeting.body ? text : JSON.stringify({ ...meeting, body });
}

const COLUMN: Record<string, string> = { bodies: 'profile', meetings: 'body_snapshot' };

function journalChanges(db: Database.Database, text: string): string {
  // Most journal rows are entries' changes: only the rows naming a body's column are parsed.
  if (!text.includes('"profile"') && !text.includes('"body_snapshot"')) return text;
  const changes = JSON.parse(text) as { table: string; before: Json | null; after: Json | null }[];
  let changed = false;
  const columns = (table: string, values: Json | null): Json | null => {
    const column = COLUMN[table];
    if (!column || !values || typeof values[column] !== 'string') return values;
    const converted = bodyText(db, values[column]);
    if (converted === values[column]) return values;
    changed = true;
    return { ...values, [column]: converted };
  };
  const converted = changes.map((change) => ({ ...change, before: columns(change.table, change.before), after: columns(change.table, change.after) }));
  return changed ? JSON.stringify(converted) : text;
}

/** The input journaled for a call that sent a profile with an uploaded file (bodies.create, bodies.updateProfile). */
function journalInput(db: Database.Database, text: string): string {
  if (!text.includes('"base64"')) return text;
  const input = JSON.parse(text) as unknown;
  if (!isObject(input) || !isObject(input.profile)) return text;
  const profile = withReferences(db, input.profile);
  return profile === input.profile ? text : JSON.stringify({ ...input, profile });
}

/**
 * Rewrites the text column of each row, one row in memory at a time (a hundred meetings with a 5 MB letterhead
 * would be gigabytes at once), where the conversion changes it.
 */
function rewrite(db: Database.Database, table: string, key: string, column: string, convert: (text: string) => string): void {
  const read = db.prepare(`SELECT ${column} FROM ${table} WHERE ${key} = ?`).pluck();
  const write = db.prepare(`UPDATE ${table} SET ${column} = ? WHERE ${key} = ?`);
  for (const id of db.prepare(`SELECT ${key} FROM ${table}`).pluck().all()) {
    const text = read.get(id) as string;
    const converted = convert(text);
    if (converted !== text) write.run(converted, id);
  }
}

export const bodyFilesOnce: Migration = {
  version: 7,
  name: 'logo e carta intestata salvati una volta',
  up(db) {
    rewrite(db, 'bodies', 'rowid', 'profile', (text) => bodyText(db, text));
    rewrite(db, 'meetings', 'rowid', 'body_snapshot', (text) => bodyText(db, text));
    rewrite(db, 'meeting_revisions', 'rowid', 'content', (text) => revisionContent(db, text));
    rewrite(db, 'journal', 'seq', 'changes', (text) => journalChanges(db, text));
    rewrite(db, 'journal', 'seq', 'input', (text) => journalInput(db, text));
  },
};

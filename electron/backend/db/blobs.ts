import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { sql } from './rows';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Stores bytes under their SHA-256 (once: the same content twice is one row). Inside the caller's transaction. */
export function putBlob(db: Database.Database, bytes: Uint8Array, mimeType: string): string {
  const sha256 = sha256Hex(bytes);
  sql(db, 'INSERT OR IGNORE INTO blobs (sha256, mime_type, size, data) VALUES (?, ?, ?, ?)').run(sha256, mimeType, bytes.length, bytes);
  return sha256;
}

export function hasBlob(db: Database.Database, sha256: string): boolean {
  return sql(db, 'SELECT 1 FROM blobs WHERE sha256 = ?').get(sha256) !== undefined;
}

export function getBlob(db: Database.Database, sha256: string): { mimeType: string; bytes: Uint8Array } | null {
  const row = sql(db, 'SELECT mime_type, data FROM blobs WHERE sha256 = ?').get(sha256) as { mime_type: string; data: Buffer } | undefined;
  return row ? { mimeType: row.mime_type, bytes: row.data } : null;
}

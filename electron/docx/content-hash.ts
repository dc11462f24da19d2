import { createHash } from 'node:crypto';
import type { VerbaleDocument } from '../../shared/verbale/document';

/** JSON with object keys sorted at every level and undefined values dropped: the same model always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

/** SHA-256 (hex) of the canonical JSON of the verbale's content model. */
export function contentSha256(doc: VerbaleDocument): string {
  return createHash('sha256').update(canonicalJson(doc), 'utf8').digest('hex');
}

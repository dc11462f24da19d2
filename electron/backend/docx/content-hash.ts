import { createHash } from 'node:crypto';
import type { VerbaleDocument } from '../../../shared/verbale/document';

/** Replaces every plain object by a copy whose keys are in code-unit order, so the JSON text does not depend on key order. */
function sortKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) sorted[key] = (value as Record<string, unknown>)[key];
  return sorted;
}

/** JSON with object keys sorted at every level and undefined values dropped: the same model always gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, sortKeys);
}

/** SHA-256 (hex) of the canonical JSON of the verbale's content model. */
export function contentSha256(doc: VerbaleDocument): string {
  return createHash('sha256').update(canonicalJson(doc), 'utf8').digest('hex');
}

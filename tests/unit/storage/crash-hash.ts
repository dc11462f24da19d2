import { createHash } from 'node:crypto';
import type { Meeting } from '../../../shared/model';

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A short fingerprint of a meeting's whole content, independent of key order. */
export function meetingHash(meeting: Meeting): string {
  return createHash('sha256').update(canonicalJson(meeting)).digest('hex').slice(0, 16);
}

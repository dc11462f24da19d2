import { basename } from 'node:path';
import type { LogFields } from './log-file';

const QUOTED = /«[^»]*»|“[^”]*”|"[^"]*"|'[^']*'/g;
const URL_LIKE = /\b([a-z][a-z0-9+.-]+):(?=[^\s\\])(\/\/[^/\s?#)]*)?[^\s)]*/gi;
/** An absolute path: only its last part stays (the folders may name the person, /home/maria/…). */
const PATH_LIKE = /(?:[A-Za-z]:)?[\\/](?:[^\s\\/:]+[\\/])+(?=[^\s\\/:]*)/g;
const STACK_FRAMES = 6;

/**
 * A message written by our code, made safe for the log: quoted parts («MARIO VERDI», "…"), everything of a URL
 * after its origin and the folders of a path removed, since they may carry what a person typed or her name.
 */
export function withoutPersonalText(message: string): string {
  return message
    .replace(QUOTED, '«…»')
    .replace(URL_LIKE, (_url, scheme: string, authority: string | undefined) => `${scheme}:${authority ?? ''}…`)
    .replace(PATH_LIKE, '…/')
    .slice(0, 300);
}

/** An error as the log keeps it: its kind, code, message without quoted parts, and the first frames of its stack (file names only). */
export function describeError(error: unknown): LogFields {
  if (!(error instanceof Error)) return { errorType: typeof error };
  const code = (error as { code?: unknown }).code;
  const cause = error.cause instanceof Error ? error.cause : null;
  return {
    errorName: error.name,
    errorCode: typeof code === 'string' || typeof code === 'number' ? code : undefined,
    errorMessage: withoutPersonalText(error.message),
    errorAt: stackFrames(error.stack),
    causeName: cause?.name,
    causeCode: cause ? stringOrUndefined((cause as { code?: unknown }).code) : undefined,
  };
}

/** The ids a call names (meetingId, itemId, entryId, …) and a revision number: what the log may say of its input. */
export function callIds(input: unknown): LogFields {
  if (typeof input !== 'object' || input === null) return {};
  const fields: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(input)) {
    if (/Id$/.test(key) && typeof value === 'string') fields[key] = value.slice(0, 100);
    if (key === 'revision' && typeof value === 'number') fields[key] = value;
  }
  return fields;
}

function stackFrames(stack: string | undefined): string | undefined {
  if (!stack) return undefined;
  const frames = stack
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, STACK_FRAMES)
    .map((line) => line.trim().slice(3).replace(/\(?([^()\s]+):(\d+):(\d+)\)?$/, (_m, file: string, row: string, column: string) => `(${basename(file)}:${row}:${column})`));
  return frames.join(' < ');
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MeetingSchema, type Meeting } from '../../../shared/model';

export const TAVOLO_EXAMPLES = [1, 2, 3].map((n) => join(__dirname, '../../../resources/examples/tavolo', `incontro-${n}.json`));

/** The three example sessions, read through the model as every import reads them. */
export function exampleSessions(): Meeting[] {
  return TAVOLO_EXAMPLES.map((file) => MeetingSchema.parse((JSON.parse(readFileSync(file, 'utf8')) as { meeting: unknown }).meeting));
}

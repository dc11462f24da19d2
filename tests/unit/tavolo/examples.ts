import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MeetingSchema, type Meeting } from '../../../shared/model';

export const TAVOLO_EXAMPLES = [1, 2, 3].map((n) => join(__dirname, '../../../resources/examples/tavolo', `incontro-${n}.json`));

/** Example session n's file, as a page or the CLI reads it. */
export const exampleSessionText = (n: 1 | 2 | 3): string => readFileSync(TAVOLO_EXAMPLES[n - 1]!, 'utf8');

/** The three example sessions, read through the model as every import reads them. */
export function exampleSessions(): Meeting[] {
  return ([1, 2, 3] as const).map((n) => MeetingSchema.parse((JSON.parse(exampleSessionText(n)) as { meeting: unknown }).meeting));
}

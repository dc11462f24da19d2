import { renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { MEETING_FILE_VERSION, MeetingFileV2Schema } from '../shared/meeting-file';

export const SCHEMA_PATH = join(import.meta.dirname, '..', 'docs', 'meeting-file.schema.json');

/** The JSON Schema of the meeting file as written (version 2), generated from the zod schemas. */
export function meetingFileSchemaText(): string {
  const { $schema, ...schema } = z.toJSONSchema(MeetingFileV2Schema, { io: 'input', target: 'draft-2020-12' });
  const document = {
    $schema,
    $id: `https://verbalizza.it/schema/meeting-file-v${MEETING_FILE_VERSION}.json`,
    title: `File di seduta di Verbalizza (versione ${MEETING_FILE_VERSION})`,
    description: 'Generato da shared/meeting-file.ts con `npm run schema`: non modificare a mano.',
    ...schema,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  writeFileSync(`${SCHEMA_PATH}.tmp`, meetingFileSchemaText());
  renameSync(`${SCHEMA_PATH}.tmp`, SCHEMA_PATH);
  console.log(`Schema scritto in ${SCHEMA_PATH}`);
}

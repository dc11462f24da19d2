import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openBackend } from '../../../electron/backend/services/backend';
import { cli } from '../cli/in-process';
import { databaseContent, exampleMeetingText, tempDir } from '../storage/helpers';

/** The example meeting file as plain JSON, to be changed by a test. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test changes any field of the file
export function exampleFileJson(): any {
  return JSON.parse(exampleMeetingText());
}

/** All table contents of the archive in a data folder (empty string when there is none). */
export function archiveContent(dataDir: string): string {
  if (!existsSync(join(dataDir, 'verbalizza.sqlite'))) return '';
  const backend = openBackend(dataDir, { dailyBackup: false });
  try {
    return databaseContent(backend);
  } finally {
    backend.close();
  }
}

/**
 * A temporary folder with an archive that already holds one meeting (the example under another id), so that
 * "nothing changed" compares a real database; `file()` writes a meeting file in the folder.
 */
export async function workspace() {
  const { dir, cleanup } = tempDir('verbalizza-integrity-');
  const dataDir = join(dir, 'dati');
  const other = exampleFileJson();
  other.meeting.id = 'seduta-gia-in-archivio';
  const seed = join(dir, 'seed.json');
  writeFileSync(seed, JSON.stringify(other));
  const seeded = await cli('import', seed, '--data-dir', dataDir);
  if (seeded.code !== 0) throw new Error(`archivio di prova non creato: ${seeded.err}`);
  let count = 0;
  return {
    dir,
    dataDir,
    cleanup,
    file(content: unknown): string {
      count += 1;
      const path = join(dir, `seduta-${count}.json`);
      writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
      return path;
    },
  };
}

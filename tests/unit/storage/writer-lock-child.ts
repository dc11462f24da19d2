/**
 * A second program on the same data folder, driven line by line over stdin (bundled by the tests):
 *   acquire <dataDir>   prints READY; on «go» takes the writer lock, prints WON or REFUSED <message>; on «exit» releases it
 *   hold-write <file>   holds SQLite's write lock (BEGIN IMMEDIATE), prints HOLDING; on «release» rolls back
 */
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { acquireWriterLock, ArchiveInUseError, type WriterLock } from '../../../electron/backend/db/writer-lock';

const [mode, target] = process.argv.slice(2) as [string, string];
const commands = createInterface({ input: process.stdin });

if (mode === 'acquire') {
  let lock: WriterLock | null = null;
  console.log('READY');
  commands.on('line', (line) => {
    if (line === 'go') {
      try {
        lock = acquireWriterLock(target, 'riga di comando (import)');
        console.log('WON');
      } catch (error) {
        if (!(error instanceof ArchiveInUseError)) throw error;
        console.log(`REFUSED ${error.message}`);
      }
    } else if (line === 'exit') {
      lock?.release();
      process.exit(0);
    }
  });
} else if (mode === 'hold-write') {
  const db = new Database(target);
  db.exec('BEGIN IMMEDIATE');
  console.log('HOLDING');
  commands.on('line', (line) => {
    if (line !== 'release') return;
    db.exec('ROLLBACK');
    db.close();
    console.log('RELEASED');
    process.exit(0);
  });
} else {
  throw new Error(`modo sconosciuto: ${mode}`);
}

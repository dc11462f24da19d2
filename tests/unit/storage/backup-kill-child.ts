/**
 * Child process of the backup kill test: makes backups of a data folder in a loop, printing "READY"
 * before the first and "DONE <file>" after each, until it is killed.
 * Usage: node backup-kill-child.mjs <data-dir>
 */
import { backupNow } from '../../../electron/backend/db/backup';
import { openDataDir } from '../../../electron/backend/db/open';

const [dataDir] = process.argv.slice(2);
if (!dataDir) throw new Error('uso: backup-kill-child <cartella-dati>');
const db = openDataDir(dataDir);
process.stdout.write('READY\n');
for (;;) process.stdout.write(`DONE ${backupNow(db, dataDir)}\n`);

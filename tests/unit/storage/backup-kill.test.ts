import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupIfDue, backupNow, listBackups, verifyDatabaseFile } from '../../../electron/backend/db/backup';
import { openDataDir } from '../../../electron/backend/db/open';
import { backupsDir } from '../../../electron/backend/paths';
import { tempDir } from './helpers';

const root = join(import.meta.dirname, '..', '..', '..');
const KILLS = 12;
let childScript: string;
let dir: string;
let cleanup: () => void;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir('verbalizza-backup-kill-'));
  const out = join(root, 'node_modules', '.cache', 'verbalizza-tests');
  mkdirSync(out, { recursive: true });
  childScript = join(out, 'backup-kill-child.mjs');
  await build({ entryPoints: [join(import.meta.dirname, 'backup-kill-child.ts')], bundle: true, platform: 'node', format: 'esm', external: ['better-sqlite3'], outfile: childScript, logLevel: 'warning' });
});
afterAll(() => cleanup());

/** Starts the child, kills it with SIGKILL `afterMs` after it is ready; resolves once it is dead. */
function backupAndKill(afterMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().startsWith('READY')) setTimeout(() => child.kill('SIGKILL'), afterMs);
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`il figlio è uscito da solo: ${stderr}`))));
  });
}

describe('SIGKILL during a backup', () => {
  it(`${KILLS} kills at random moments of a backup leave no counted half file, and the next daily backup still runs`, async () => {
    // Big enough (~24 MB) that VACUUM INTO, fsync and the integrity check take a while.
    const db = openDataDir(dir);
    db.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, data BLOB)');
    const insert = db.prepare('INSERT INTO filler (data) VALUES (randomblob(?))');
    for (let i = 0; i < 3_000; i += 1) insert.run(8_000);
    const started = performance.now();
    const reference = verifyDatabaseFile(backupNow(db, dir));
    const backupMs = performance.now() - started;
    db.close();

    let interrupted = 0;
    const temps = new Set<string>();
    for (let kill = 0; kill < KILLS; kill += 1) {
      await backupAndKill(Math.random() * backupMs);
      const left = readdirSync(backupsDir(dir)).filter((name) => name.endsWith('.tmp') && !temps.has(name));
      if (left.length > 0) interrupted += 1;
      for (const name of left) temps.add(name);
      // Every counted file is a whole, verified copy with the same rows.
      for (const file of listBackups(dir)) expect(verifyDatabaseFile(file)).toEqual(reference);
    }
    // The kills did land in the middle of backups (this child's temporary file was left behind), not only between them.
    expect(interrupted).toBeGreaterThanOrEqual(KILLS / 2);

    const old = new Date(Date.now() - 25 * 60 * 60 * 1000);
    for (const file of listBackups(dir)) utimesSync(file, old, old);
    const again = openDataDir(dir);
    try {
      const made = backupIfDue(again, dir);
      expect(made).not.toBeNull();
      expect(verifyDatabaseFile(made!)).toEqual(reference);
      expect(readdirSync(backupsDir(dir)).filter((name) => !/^verbalizza-[\d-]+\.sqlite$/.test(name))).toEqual([]);
    } finally {
      again.close();
    }
    console.log(`backup di ~24 MB: ${backupMs.toFixed(0)} ms; ${interrupted} uccisioni su ${KILLS} a copia in corso`);
  }, 120_000);
});

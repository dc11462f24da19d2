import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabaseFile } from '../../../electron/backend/db/open';
import { MIGRATIONS } from '../../../electron/backend/db/migrations';
import { acquireWriterLock, ArchiveInUseError, writerLockPath, type LockHolder } from '../../../electron/backend/db/writer-lock';
import { databasePath } from '../../../electron/backend/paths';
import { openBackend } from '../../../electron/backend/services/backend';
import { tempDir } from './helpers';
import { bundleLockChild, spawnLines, startBrowserMode, type LineChild } from './writer-lock-processes';
import { cli } from '../cli/in-process';

const root = join(import.meta.dirname, '..', '..', '..');
const exampleFile = join(root, 'resources/examples/meeting.json');
let childScript: string;
let dir: string;
let cleanup: () => void;
const children: LineChild[] = [];

beforeAll(async () => {
  childScript = await bundleLockChild('writer-lock');
});
beforeEach(() => ({ dir, cleanup } = tempDir('verbalizza-lock-')));
afterEach(async () => {
  for (const child of children.splice(0)) {
    child.kill();
    await child.exited;
  }
  cleanup();
});

function track(child: LineChild): LineChild {
  children.push(child);
  return child;
}

/**
 * Names and contents of every file of the archive (database, backups, lock): "nothing written" means this does not
 * change. Left out: the log, which may record the refusal, and SQLite's -shm shared memory, where every reader marks
 * what it reads (no data).
 */
function folderState(folder: string): Record<string, string> {
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter(
    (name) => !name.endsWith('-shm') && !name.startsWith('logs') && statSync(join(folder, name)).isFile(),
  );
  return Object.fromEntries(files.map((name) => [name, createHash('sha256').update(readFileSync(join(folder, name))).digest('hex')]));
}

function lockHolder(folder: string): LockHolder {
  return JSON.parse(readFileSync(writerLockPath(folder), 'utf8')) as LockHolder;
}

/** The pid of a process that has just exited: nobody holds it (until the system reuses it). */
function deadPid(): number {
  const finished = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  return Number(finished.stdout.trim());
}

const inUseByBrowserMode = (pid: number) =>
  new RegExp(`^L’archivio è già aperto da Verbalizza \\(modalità browser, processo ${pid}\\) dal \\d{1,2} [a-z]+ \\d{4} alle \\d{2}:\\d{2}\\. Chiudere quel programma e riprovare\\.$`);

describe('one writer per data folder', () => {
  it('refuses a second browser mode on the same folder, naming the first, and writes nothing', async () => {
    const first = track(startBrowserMode(dir));
    await first.waitFor(/^Verbalizza in modalità browser/);
    expect(lockHolder(dir)).toMatchObject({ program: 'modalità browser', pid: first.pid, hostname: hostname() });
    const before = folderState(dir);

    const second = track(startBrowserMode(dir));
    const { code, stderr } = await second.exited;
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(inUseByBrowserMode(first.pid));
    expect(folderState(dir)).toEqual(before);
  });

  it('refuses a CLI import while browser mode runs, and lets it in once browser mode has stopped', async () => {
    const browser = track(startBrowserMode(dir));
    await browser.waitFor(/^Verbalizza in modalità browser/);
    const before = folderState(dir);
    const refused = await cli('import', exampleFile, '--data-dir', dir);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(inUseByBrowserMode(browser.pid));
    expect(folderState(dir)).toEqual(before);

    process.kill(browser.pid, 'SIGTERM');
    expect((await browser.exited).code).toBe(0);
    expect(existsSync(writerLockPath(dir))).toBe(false);
    expect((await cli('import', exampleFile, '--data-dir', dir)).code).toBe(0);
    expect(existsSync(writerLockPath(dir))).toBe(false);
  });

  it('keeps the read-only commands working beside a running writer, without changing a byte', async () => {
    expect((await cli('import', exampleFile, '--data-dir', dir)).code).toBe(0);
    const browser = track(startBrowserMode(dir));
    await browser.waitFor(/^Verbalizza in modalità browser/);
    const before = folderState(dir);

    const list = await cli('list', '--data-dir', dir);
    expect(list).toMatchObject({ code: 0, err: '' });
    expect(list.out).toContain('s-2025-03-05  5 marzo 2025');
    expect(await cli('check', 's-2025-03-05', '--data-dir', dir)).toMatchObject({ code: 0, err: '' });
    const outputs = tempDir();
    const out = join(outputs.dir, 'seduta.json');
    expect(await cli('export-json', 's-2025-03-05', out, '--data-dir', dir)).toMatchObject({ code: 0, err: '' });
    expect(JSON.parse(readFileSync(out, 'utf8')).meeting.id).toBe('s-2025-03-05');
    const docx = join(outputs.dir, 'verbale.docx');
    expect(await cli('export-docx', 's-2025-03-05', docx, '--data-dir', dir)).toMatchObject({ code: 0, err: '' });
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    outputs.cleanup();

    expect(lockHolder(dir).pid).toBe(browser.pid);
    expect(folderState(dir)).toEqual(before);
  });

  it('takes over the lock of a process that no longer exists', () => {
    const stale: LockHolder = { program: 'app', pid: deadPid(), hostname: hostname(), since: new Date().toISOString() };
    writeFileSync(writerLockPath(dir), JSON.stringify(stale));
    const backend = openBackend(dir, { dailyBackup: false, writer: 'riga di comando (import)' });
    expect(lockHolder(dir)).toMatchObject({ program: 'riga di comando (import)', pid: process.pid });
    backend.close();
    expect(existsSync(writerLockPath(dir))).toBe(false);
  });

  it('takes over a lock older than the last boot, even if its pid is alive again (pids are reused)', () => {
    const beforeBoot: LockHolder = { program: 'app', pid: process.pid, hostname: hostname(), since: '2000-01-01T00:00:00.000Z' };
    writeFileSync(writerLockPath(dir), JSON.stringify(beforeBoot));
    const lock = acquireWriterLock(dir, 'modalità browser');
    expect(lockHolder(dir)).toMatchObject({ program: 'modalità browser', pid: process.pid });
    lock.release();
  });

  it('refuses, untouched, a lock file it cannot read', () => {
    writeFileSync(writerLockPath(dir), '{"program":');
    expect(() => acquireWriterLock(dir, 'app')).toThrow(`Il file di blocco dell’archivio («${writerLockPath(dir)}») non è leggibile.`);
    expect(readFileSync(writerLockPath(dir), 'utf8')).toBe('{"program":');
  });

  it('never takes over the lock of a live process, nor one of another computer', () => {
    const elsewhere: LockHolder = { program: 'app', pid: deadPid(), hostname: `${hostname()}-altro`, since: '2026-12-01T18:40:00.000Z' };
    writeFileSync(writerLockPath(dir), JSON.stringify(elsewhere));
    expect(() => acquireWriterLock(dir, 'modalità browser')).toThrow(ArchiveInUseError);
    expect(() => acquireWriterLock(dir, 'modalità browser')).toThrow(`sul computer «${hostname()}-altro»`);
    expect(lockHolder(dir)).toEqual(elsewhere);

    const mine = acquireWriterLock(join(dir, 'altra'), 'app');
    expect(() => acquireWriterLock(join(dir, 'altra'), 'modalità browser')).toThrow(`(app, processo ${process.pid})`);
    mine.release();
  });

  it('lets exactly one of several processes racing for the same stale lock win', async () => {
    for (let round = 0; round < 5; round += 1) {
      const folder = join(dir, `gara-${round}`);
      mkdirSync(folder);
      writeFileSync(writerLockPath(folder), JSON.stringify({ program: 'app', pid: deadPid(), hostname: hostname(), since: new Date().toISOString() }));
      const racers = [1, 2, 3, 4].map(() => track(spawnLines([childScript, 'acquire', folder])));
      // Each child reads «go» only once it is running: all of them then try at the same moment.
      await Promise.all(racers.map((racer) => racer.waitFor(/^READY$/)));
      for (const racer of racers) racer.send('go');
      const answers = await Promise.all(racers.map((racer) => racer.waitFor(/^(WON|REFUSED)/)));
      const winners = racers.filter((_, index) => answers[index] === 'WON');
      expect(winners).toHaveLength(1);
      expect(lockHolder(folder).pid).toBe(winners[0]!.pid);
      const refusal = new RegExp(`^REFUSED L’archivio è già aperto da Verbalizza \\(riga di comando \\(import\\), processo ${winners[0]!.pid}\\) dal `);
      for (const answer of answers.filter((answer) => answer !== 'WON')) expect(answer).toMatch(refusal);
      for (const racer of racers) racer.send('exit');
      await Promise.all(racers.map((racer) => racer.exited));
      expect(existsSync(writerLockPath(folder))).toBe(false);
    }
  });

  it('a read-only command creates no archive where there is none, and never migrates one', async () => {
    const list = await cli('list', '--data-dir', dir);
    expect(list.code).toBe(1);
    expect(list.err).toBe(`Nessun archivio in «${dir}»: la cartella non contiene verbalizza.sqlite.`);
    expect(readdirSync(dir).filter((name) => name.startsWith('verbalizza'))).toEqual([]);

    openDatabaseFile(databasePath(dir), { migrations: MIGRATIONS.slice(0, -1) }).close();
    const before = readFileSync(databasePath(dir));
    const old = await cli('list', '--data-dir', dir);
    expect(old.code).toBe(1);
    expect(old.err.split('\n')[0]).toMatch(/^L’archivio è di una versione precedente di Verbalizza \(schema \d+, questa versione usa lo schema \d+\) e va aggiornato/);
    expect(readFileSync(databasePath(dir)).equals(before)).toBe(true);
  });
});

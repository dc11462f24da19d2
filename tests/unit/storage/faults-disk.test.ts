import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BackupStatus } from '../../../shared/api/backups';
import { listBackups } from '../../../electron/backend/db/backup';
import { backupsDir, databasePath } from '../../../electron/backend/paths';
import { openBackend } from '../../../electron/backend/services/backend';
import { bundledCli } from './cli-process';
import { databaseContent, exampleMeetingText, tempDir } from './helpers';
import { mountTmpfs } from './mounts';

const root = join(import.meta.dirname, '..', '..', '..');
const NO_STACK = /\n\s+at |node_modules|\.ts:\d+|SqliteError|SQLITE_/;
let cli: Awaited<ReturnType<typeof bundledCli>>;

beforeAll(async () => {
  cli = await bundledCli();
});

/** Fills the filesystem of `dir` leaving `leftBytes` free. */
function fillDisk(dir: string, leftBytes: number): string {
  const filler = join(dir, 'riempitivo');
  const { bavail, bsize } = statfsSync(dir);
  writeFileSync(filler, Buffer.alloc(Math.max(0, bavail * bsize - leftBytes)));
  return filler;
}

describe('a full disk (a small tmpfs)', () => {
  it('a backup fails with «disco pieno», leaves no counted file, shows in backups.status until one succeeds; the CLI exits 1', async () => {
    const disk = mountTmpfs(4096);
    const backend = openBackend(disk.dir, { dailyBackup: false });
    try {
      expect((await backend.dispatch('files.importJson', { content: exampleMeetingText() })).ok).toBe(true);
      const bodies = (await backend.dispatch('bodies.list', {})) as { result: { id: string }[] };
      backend.db.pragma('wal_checkpoint(TRUNCATE)');
      const filler = fillDisk(disk.dir, 20_000);
      const before = databaseContent(backend);

      expect(() => backend.backupNow()).toThrow(/^Copia di sicurezza non riuscita: disco pieno.*Liberare spazio sul disco/);
      expect(listBackups(disk.dir)).toEqual([]);
      expect(readdirSync(backupsDir(disk.dir))).toEqual([]);
      const failed = (await backend.dispatch('backups.status', {})) as { ok: true; result: BackupStatus };
      expect(failed.result).toMatchObject({ lastFailure: { reason: 'disco pieno' }, newest: null });
      expect(failed.result.lastFailure!.message).toMatch(/^Copia di sicurezza non riuscita: disco pieno/);

      // A write that needs more room than is left: refused in Italian, nothing changed.
      const rows = Array.from({ length: 400 }, (_, i) => `${i + 1},Comune ${i} ${'x'.repeat(60)},1234,01/01/2025,Sindaco ${i} ${'y'.repeat(60)},Sindaco,M,M`);
      const csv = `numero,ENTE,popolazione,DATA POPOLAZIONE,rappresentante,ruolo,genere,Genere ente\n${rows.join('\n')}\n`;
      const write = await backend.dispatch('bodies.importMembers', { bodyId: bodies.result[0]!.id, file: { format: 'text', text: csv }, mode: 'replace' });
      expect(write).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Disco pieno: l’operazione non è stata eseguita, nulla è stato modificato/) } });
      expect(databaseContent(backend)).toBe(before);

      const viaCli = cli('backup', '--data-dir', disk.dir);
      expect(viaCli.code).toBe(1);
      // Before the copy even starts, the writer lock file may not fit: either way the same Italian fault.
      expect(viaCli.err).toMatch(/^(Copia di sicurezza non riuscita: d|D)isco pieno/);
      expect(viaCli.err).not.toMatch(NO_STACK);
      expect(listBackups(disk.dir)).toEqual([]);

      rmSync(filler);
      expect(backend.backupNow()).toMatch(/verbalizza-.*\.sqlite$/);
      expect(await backend.dispatch('backups.status', {})).toMatchObject({ ok: true, result: { lastFailure: null, newest: { size: expect.any(Number) } } });
    } finally {
      backend.close();
      disk.unmount();
    }
  });
});

describe('a read-only data folder (tmpfs remounted read-only)', () => {
  it('opening says «sola lettura» in Italian and changes nothing; the writing CLI exits 1 without a stack trace', async () => {
    const disk = mountTmpfs(8192);
    try {
      const backend = openBackend(disk.dir, { dailyBackup: false });
      expect((await backend.dispatch('files.importJson', { content: exampleMeetingText() })).ok).toBe(true);
      backend.backupNow();
      backend.close();
      const files = readdirSync(disk.dir).sort();
      disk.readOnly();
      try {
        expect(() => openBackend(disk.dir, { dailyBackup: false })).toThrow(/sola lettura.*nulla è stato modificato/);
        const imported = cli('import', join(root, 'resources/examples/meeting.json'), '--data-dir', disk.dir);
        expect(imported.code).toBe(1);
        expect(imported.err).toMatch(/sola lettura/);
        expect(imported.err).not.toMatch(NO_STACK);
        expect(imported.err).not.toMatch(/unable to open|readonly database/);
        expect(readdirSync(disk.dir).sort()).toEqual(files);
      } finally {
        disk.readWrite();
      }
    } finally {
      disk.unmount();
    }
  });
});

describe('an immutable archive file (chattr +i)', () => {
  it('a write through the CLI is refused in Italian, without a stack trace, and the file keeps every byte', () => {
    const { dir, cleanup } = tempDir();
    const file = databasePath(dir);
    try {
      expect(cli('import', join(root, 'resources/examples/meeting.json'), '--data-dir', dir).code).toBe(0);
      const other = JSON.parse(exampleMeetingText());
      other.meeting.id = 's-altra-seduta';
      const otherFile = join(dir, 'altra.json');
      writeFileSync(otherFile, JSON.stringify(other));
      const before = readFileSync(file);
      chattr('+i', file);
      try {
        const refused = cli('import', otherFile, '--data-dir', dir);
        expect(refused.code).toBe(1);
        expect(refused.err).toMatch(/^Cartella o file in sola lettura: l’operazione non è stata eseguita, nulla è stato modificato/);
        expect(refused.err).not.toMatch(NO_STACK);
        expect(refused.err).not.toMatch(/readonly database|attempt to write/);
        expect(readFileSync(file)).toEqual(before);
      } finally {
        chattr('-i', file);
      }
    } finally {
      cleanup();
    }
  });
});

function chattr(flag: string, file: string): void {
  const result = spawnSync('chattr', [flag, file], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`«chattr ${flag}» non riuscito (serve root e un filesystem che lo consenta): ${result.error?.message ?? result.stderr}`);
}

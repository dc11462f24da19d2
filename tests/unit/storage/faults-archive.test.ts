import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listBackups } from '../../../electron/backend/db/backup';
import { databasePath } from '../../../electron/backend/paths';
import { openBackend } from '../../../electron/backend/services/backend';
import { bundledCli } from './cli-process';
import { tempDir } from './helpers';

const root = join(import.meta.dirname, '..', '..', '..');
const exampleFile = join(root, 'resources/examples/meeting.json');
let cli: Awaited<ReturnType<typeof bundledCli>>;

beforeAll(async () => {
  cli = await bundledCli();
});

/** A data folder with the example meeting imported and one backup of it. */
function archiveWithBackup(): { dir: string; cleanup: () => void; backup: string } {
  const { dir, cleanup } = tempDir();
  expect(cli('import', exampleFile, '--data-dir', dir).code).toBe(0);
  expect(cli('backup', '--data-dir', dir).code).toBe(0);
  return { dir, cleanup, backup: listBackups(dir)[0]! };
}

const NO_STACK = /\n\s+at |node_modules|\.ts:\d+|SqliteError/;

describe.each([
  ['corrupt', Buffer.from('questo file non è un database, è stato sovrascritto'.repeat(200))],
  ['0-byte', Buffer.alloc(0)],
])('a %s archive', (_kind, content) => {
  it('is refused in Italian naming the newest good backup and the command to restore it, and nothing is written', () => {
    const { dir, cleanup, backup } = archiveWithBackup();
    try {
      writeFileSync(databasePath(dir), content);
      const result = cli('list', '--data-dir', dir);
      expect(result.code).toBe(1);
      expect(result.err).toMatch(/L’archivio «.*verbalizza\.sqlite» (è un file vuoto \(0 byte\)|non è un database SQLite)/);
      expect(result.err).toContain('Non è stato modificato nulla.');
      const name = backup.slice(backup.lastIndexOf('/') + 1);
      expect(result.err).toContain(`La copia di sicurezza più recente è del `);
      expect(result.err).toContain(`Per ripristinarla: verbalizza restore ${name} --data-dir "${dir}"`);
      expect(result.err).not.toMatch(NO_STACK);
      expect(result.err).not.toMatch(/file is not a database/);
      expect(readFileSync(databasePath(dir))).toEqual(content);
      expect(existsSync(`${databasePath(dir)}-wal`)).toBe(false);
      expect(() => openBackend(dir, { dailyBackup: false })).toThrow(/Non è stato modificato nulla/);
      expect(readFileSync(databasePath(dir))).toEqual(content);

      const restored = cli('restore', name, '--data-dir', dir);
      expect(restored).toMatchObject({ code: 0, err: '' });
      expect(restored.out).toContain(`Archivio ripristinato dalla copia «${name}».`);
      const setAside = /accantonato in (.*)$/m.exec(restored.out)![1]!;
      expect(readFileSync(setAside)).toEqual(content);
      const list = cli('list', '--data-dir', dir);
      expect(list.code).toBe(0);
      expect(list.out).toContain('s-2025-03-05  5 marzo 2025');
    } finally {
      cleanup();
    }
  });
});

describe('CLI faults', () => {
  it('an unexpected English SQLite error is not shown (no stack trace); --debug shows the original and its stack', () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(databasePath(dir), Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4096 - 16, 7)]));
      const plain = cli('list', '--data-dir', dir);
      expect(plain.code).toBe(1);
      expect(plain.err).toContain('danneggiato');
      expect(plain.err).not.toMatch(NO_STACK);
      expect(plain.err).not.toMatch(/not a database|malformed/);
      const debug = cli('list', '--data-dir', dir, '--debug');
      expect(debug.code).toBe(1);
      expect(debug.err).toContain('danneggiato');
      expect(debug.err).toMatch(/SqliteError: (file is not a database|database disk image is malformed)/);
      expect(debug.err).toMatch(/\n\s+at /);
    } finally {
      cleanup();
    }
  });

  it('a backups path that is a file: the backup exits 1 with an Italian message, not "EEXIST"', () => {
    const { dir, cleanup } = tempDir();
    try {
      expect(cli('import', exampleFile, '--data-dir', dir).code).toBe(0);
      writeFileSync(join(dir, 'backups'), 'non una cartella');
      const result = cli('backup', '--data-dir', dir);
      expect(result.code).toBe(1);
      expect(result.err).toContain('Copia di sicurezza non riuscita: percorso occupato da un file');
      expect(result.err).toContain('spostarlo o rinominarlo');
      expect(result.err).not.toMatch(/EEXIST|ENOTDIR/);
      expect(result.err).not.toMatch(NO_STACK);
    } finally {
      cleanup();
    }
  });
});

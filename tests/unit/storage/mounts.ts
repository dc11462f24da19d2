import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  // Loud on purpose: a fault test that cannot build its fault must fail, never pass without testing.
  if (result.status !== 0) throw new Error(`«${command} ${args.join(' ')}» non riuscito (serve root, come in CI): ${result.error?.message ?? result.stderr}`);
}

/** A real small filesystem (tmpfs) to fill up or make read-only; the tests run as root here and in CI. */
export function mountTmpfs(sizeKb: number) {
  const dir = mkdtempSync(join(tmpdir(), 'verbalizza-tmpfs-'));
  run('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir]);
  return {
    dir,
    readOnly: () => run('mount', ['-o', 'remount,ro', dir]),
    readWrite: () => run('mount', ['-o', 'remount,rw', dir]),
    unmount: () => {
      run('umount', [dir]);
      rmdirSync(dir);
    },
  };
}

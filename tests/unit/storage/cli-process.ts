import { spawnSync } from 'node:child_process';
import { mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..', '..', '..');

/** The real CLI as a child process, bundled once (beside node_modules, to load the real better-sqlite3). */
export async function bundledCli(): Promise<(...args: string[]) => { code: number | null; out: string; err: string }> {
  const out = join(root, 'node_modules', '.cache', 'verbalizza-tests');
  mkdirSync(out, { recursive: true });
  const script = join(out, 'cli.mjs');
  // Test files run in parallel and each builds it: written under its own name and renamed, never seen half written.
  const temp = `${script}.${process.pid}.${threadId}.tmp`;
  await build({ entryPoints: [join(root, 'electron/backend/cli/main.ts')], bundle: true, platform: 'node', format: 'esm', external: ['better-sqlite3', 'docx'], outfile: temp, logLevel: 'warning' });
  renameSync(temp, script);
  return (...args) => {
    const result = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
    return { code: result.status, out: result.stdout, err: result.stderr };
  };
}

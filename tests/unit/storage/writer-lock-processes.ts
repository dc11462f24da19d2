import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..', '..', '..');

/** A child process we talk to in lines: send a command, wait for an answer matching a pattern. */
export interface LineChild {
  pid: number;
  send(line: string): void;
  /** The first line of stdout (already seen or to come) matching the pattern; rejects if the child exits first. */
  waitFor(pattern: RegExp): Promise<string>;
  /** Exit code (null if killed by a signal) and everything printed on stderr. */
  exited: Promise<{ code: number | null; stderr: string }>;
  kill(): void;
}

export function spawnLines(args: string[]): LineChild {
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    const complete = stdout.split('\n');
    stdout = complete.pop() ?? '';
    for (const line of complete) {
      lines.push(line);
      for (const waiter of waiters.filter((w) => w.pattern.test(line))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  const exited = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
  return {
    pid: child.pid!,
    send: (line) => child.stdin.write(`${line}\n`),
    waitFor: (pattern) =>
      new Promise((resolve, reject) => {
        const seen = lines.find((line) => pattern.test(line));
        if (seen !== undefined) return resolve(seen);
        waiters.push({ pattern, resolve });
        void exited.then(({ code }) => reject(new Error(`uscito (${code}) senza scrivere ${pattern}: ${lines.join('\n')}\n${stderr}`)));
      }),
    exited,
    kill: () => child.kill('SIGKILL'),
  };
}

/** The child program, bundled once (tsx would compile it again at each launch); it stays beside node_modules to load the real better-sqlite3. */
export async function bundleLockChild(testName: string): Promise<string> {
  const out = join(root, 'node_modules', '.cache', 'verbalizza-tests');
  mkdirSync(out, { recursive: true });
  // One file per test file: vitest runs test files in parallel.
  const outfile = join(out, `writer-lock-child-${testName}.mjs`);
  await build({ entryPoints: [join(import.meta.dirname, 'writer-lock-child.ts')], bundle: true, platform: 'node', format: 'esm', external: ['better-sqlite3'], outfile, logLevel: 'warning' });
  return outfile;
}

/** Browser mode exactly as `npm run start:web` starts it (without the renderer build), on a free port. */
export function startBrowserMode(dataDir: string): LineChild {
  return spawnLines(['--import', 'tsx', join(root, 'electron', 'backend', 'web', 'start-web.ts'), '--data-dir', dataDir, '--port', '0']);
}

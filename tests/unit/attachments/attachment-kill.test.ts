import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../../electron/backend/services/backend';
import { tempDir } from '../storage/helpers';
import { exampleMeetingText } from '../storage/helpers';

const root = join(import.meta.dirname, '..', '..', '..');
const KILLS = 8;
let childScript: string;
let dir: string;
let cleanup: () => void;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir('verbalizza-attachment-kill-'));
  const out = join(root, 'node_modules', '.cache', 'verbalizza-tests');
  mkdirSync(out, { recursive: true });
  childScript = join(out, 'attachment-kill-child.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'attachment-kill-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    external: ['better-sqlite3', 'pdfkit'],
    // Some CommonJS dependencies require Node's modules at run time: give the ESM bundle a require.
    banner: { js: "import { createRequire as bannerRequire } from 'node:module'; const require = bannerRequire(import.meta.url);" },
    outfile: childScript,
    logLevel: 'warning',
  });
});
afterAll(() => cleanup());

/** Runs the child and kills it `fraction` of the way into its second upload; gives what it printed. */
function uploadAndKill(args: string[], fraction: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, dir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let firstStarted = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        lines.push(line);
        if (line === 'START 0') firstStarted = performance.now();
        // The first upload tells how long one takes; the second is killed at a random moment of it.
        if (line === 'START 1') setTimeout(() => child.kill('SIGKILL'), fraction * (performance.now() - firstStarted));
      }
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(lines) : reject(new Error(`il figlio è uscito da solo: ${stderr}`))));
  });
}

describe('SIGKILL during an attachment upload', () => {
  it(`${KILLS} kills in the middle of uploads leave no half file referenced: every referenced file is whole, in the archive`, async () => {
    const setup = openBackend(dir, { dailyBackup: false });
    const imported = await setup.dispatch('files.importJson', { content: exampleMeetingText() });
    if (!imported.ok) throw new Error(JSON.stringify(imported.error));
    const meetingId = (imported.result as { meeting: { id: string; items: { id: string }[] } }).meeting.id;
    const itemId = (imported.result as { meeting: { items: { id: string }[] } }).meeting.items[0]!.id;
    await setup.dispatch('meetings.reopen', { meetingId, reason: 'prova' });
    setup.close();

    let interrupted = 0;
    for (let kill = 0; kill < KILLS; kill += 1) {
      // Spread over the first fifth of the first upload's time: a warm second upload can be several times faster than
      // the first, and a kill meant for its middle must not land after it answered.
      const lines = await uploadAndKill([meetingId, itemId, `k${kill}`], ((kill + 0.5) / KILLS) * 0.2);
      const started = lines.filter((line) => line.startsWith('START')).map((line) => Number(line.split(' ')[1]));
      const done = new Set(lines.filter((line) => line.startsWith('DONE')).map((line) => Number(line.split(' ')[1])));
      const backend = openBackend(dir, { dailyBackup: false });
      try {
        expect(backend.db.pragma('integrity_check', { simple: true })).toBe('ok');
        const view = await backend.dispatch('meetings.get', { meetingId });
        if (!view.ok) throw new Error(JSON.stringify(view.error));
        const attachments = (view.result as { meeting: { items: { attachments: { id: string; file?: { sha256: string; size: number } }[] }[] } }).meeting.items[0]!.attachments;
        const ids = new Set(attachments.map((attachment) => attachment.id));
        // Every upload that answered is there; the one killed is there whole or not at all.
        for (const n of done) expect(ids.has(`k${kill}-${n}`)).toBe(true);
        const last = started.at(-1)!;
        if (!done.has(last) && !ids.has(`k${kill}-${last}`)) interrupted += 1;
        for (const attachment of attachments) {
          const blob = backend.db.prepare('SELECT size, data FROM blobs WHERE sha256 = ?').get(attachment.file!.sha256) as { size: number; data: Buffer } | undefined;
          expect(blob, `file di ${attachment.id}`).toBeDefined();
          expect(blob!.data.length).toBe(attachment.file!.size);
          expect(createHash('sha256').update(blob!.data).digest('hex')).toBe(attachment.file!.sha256);
        }
      } finally {
        backend.close();
      }
    }
    // The kills did land in the middle of uploads (an upload started, never answered, and left nothing), not only between them.
    expect(interrupted).toBeGreaterThanOrEqual(KILLS / 2);
    console.log(`${interrupted} uccisioni su ${KILLS} a caricamento in corso`);
  }, 180_000);
});

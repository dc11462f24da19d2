import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../../electron/backend/services/backend';
import { databasePath } from '../../../electron/backend/paths';
import type { MeetingSummary, MeetingView } from '../../../shared/api/contract';
import { meetingHash } from './crash-hash';
import { tempDir } from './helpers';

const root = join(import.meta.dirname, '..', '..', '..');
const KILLS = 32;
let childScript: string;
let dir: string;
let cleanup: () => void;

interface Ack {
  seq: number;
  hash: string;
  operation: string;
}

beforeAll(async () => {
  ({ dir, cleanup } = tempDir('verbalizza-crash-'));
  // The child is our real TypeScript, bundled once so that each of the 30+ launches starts in a fraction of
  // the time tsx needs to compile it again; it stays beside node_modules to load the real better-sqlite3.
  const out = join(root, 'node_modules', '.cache', 'verbalizza-tests');
  mkdirSync(out, { recursive: true });
  childScript = join(out, 'crash-child.mjs');
  await build({ entryPoints: [join(import.meta.dirname, 'crash-child.ts')], bundle: true, platform: 'node', format: 'esm', external: ['better-sqlite3'], outfile: childScript, logLevel: 'warning' });
});
afterAll(() => cleanup());

/** Runs the child until a random moment after it is ready, then kills it with SIGKILL. Returns what it acknowledged. */
function runAndKill(seed: number, dataDir: string, killAfterMs: number): Promise<{ acks: Ack[]; failures: string[]; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, dataDir, String(seed), join(root, 'resources/examples/body.json')], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acks: Ack[] = [];
    const failures: string[] = [];
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const [kind, seq, hash, operation] = line.split(' ');
        if (kind === 'READY') {
          acks.push({ seq: Number(seq), hash: hash!, operation: 'ready' });
          setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        } else if (kind === 'ACK') acks.push({ seq: Number(seq), hash: hash!, operation: operation! });
        else if (kind === 'FAIL') failures.push(line);
      }
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL' && failures.length === 0) failures.push(`uscito senza essere ucciso: ${stderr}`);
      resolve({ acks, failures, killed: signal === 'SIGKILL' });
    });
  });
}

describe('crash safety', () => {
  it(`after ${KILLS} SIGKILLs at random moments, every acknowledged action is in the database and it is intact`, async () => {
    const dataDir = join(dir, 'dati');
    let random = 20261122;
    const next = () => ((random = (random * 1103515245 + 12345) % 2147483648) / 2147483648);
    let acknowledged = 0;
    const operations = new Set<string>();
    for (let run = 0; run < KILLS; run += 1) {
      const { acks, failures, killed } = await runAndKill(run + 1, dataDir, Math.floor(next() * 250));
      expect(failures).toEqual([]);
      expect(killed).toBe(true);
      const last = acks.at(-1);
      expect(last).toBeDefined();
      acknowledged += acks.length - 1;
      acks.forEach((ack) => operations.add(ack.operation));

      const db = new Database(databasePath(dataDir));
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      const seqs = new Set(db.prepare('SELECT seq FROM journal').pluck().all() as number[]);
      const maxSeq = db.prepare('SELECT MAX(seq) FROM journal').pluck().get() as number;
      db.close();
      for (const ack of acks) expect(seqs.has(ack.seq)).toBe(true);
      // Nothing was committed after the last acknowledgement: the meeting on disk is exactly the acknowledged one.
      if (maxSeq === last!.seq) {
        const backend = openBackend(dataDir, { dailyBackup: false });
        const [summary] = ((await backend.dispatch('meetings.search', {})) as { ok: true; result: MeetingSummary[] }).result;
        const view = ((await backend.dispatch('meetings.get', { meetingId: summary!.id })) as { ok: true; result: MeetingView }).result;
        backend.close();
        expect(meetingHash(view.meeting)).toBe(last!.hash);
        expect(view.check.ok).toBe(true);
      } else {
        // At most the one action that was committed while its acknowledgement was being printed.
        expect(maxSeq).toBe(last!.seq + 1);
      }
    }
    expect(acknowledged).toBeGreaterThan(KILLS * 3);
    expect([...operations]).toEqual(expect.arrayContaining(['statement', 'decision', 'edit', 'undo']));
  }, 120_000);
});

/**
 * Chair display latency in browser mode: one page records an action through the real HTTP transport; a second page,
 * listening on the change stream (GET /events, server-sent events), hears the event and reads the meeting again
 * (`meetings.get`, as the chair screen does). Timed from the first page's request to the second page holding the
 * new version, parsed. Baseline in the same run: a small HTTP round trip (`bodies.list`, its dispatch's share said). Budget: ≤ 250 ms.
 * The pages' calls go through node:http with a persistent connection each (bench/clients.ts).
 * On the stress meeting (2,000 entries, 1.5 MB logo) and on a small one. Prints figures; not a timed test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openBackend } from '../electron/backend/services/backend';
import { startHttpServer } from '../electron/backend/transport/http';
import type { MethodInput, MethodName, MethodResult } from '../shared/api/contract';
import { MEETING_FILE_FORMAT, MEETING_FILE_VERSION } from '../shared/meeting-file';
import { openSse } from '../tests/unit/transport/sse-client';
import { openClient, signIn, type PageClient, type ServerShare } from './clients';
import { stressMeeting, stressOptions } from './fixtures/stress-meeting';

const ACTIONS = 60;
const BUDGET_MS = 250;

const dir = mkdtempSync(join(tmpdir(), 'verbalizza-bench-chair-'));
const backend = openBackend(join(dir, 'dati'), { dailyBackup: false });
const server = await startHttpServer({ dispatch: backend.dispatch, changes: backend.onMeetingChanged, staticDir: null });
const headers = await signIn(server);
/** Two pages, each with its own persistent connection as a browser keeps it (bench/clients.ts): the one that writes and the chair's. */
const writer = await openClient('node-http', server, headers, backend.dispatch);
const chairPage = await openClient('node-http', server, headers, backend.dispatch);

/** A call as a page makes it: POST /api/<method>, the reply read and parsed. Returns the result, its size and the server's share. */
async function call<M extends MethodName>(name: M, input: MethodInput<M>, page: PageClient = writer): Promise<{ result: MethodResult<M>; bytes: number; server: ServerShare | null }> {
  const { response, bytes, server: share } = await page.call(name, input);
  if (!response.ok) throw new Error(`${name}: ${JSON.stringify(response.error)}`);
  return { result: response.result as MethodResult<M>, bytes, server: share };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? 0;
}

async function importMeeting(scale: number, seed: number): Promise<{ meetingId: string; itemId: string }> {
  const options = { ...stressOptions(1, seed), items: Math.max(1, Math.round(60 * scale)), statements: Math.round(2_000 * scale), decisions: Math.round(200 * scale) };
  const meeting = { ...stressMeeting(options), status: 'live' as const };
  const content = JSON.stringify({ format: MEETING_FILE_FORMAT, version: MEETING_FILE_VERSION, exportedAt: new Date().toISOString(), meeting });
  await call('files.importJson', { content });
  return { meetingId: meeting.id, itemId: meeting.items.at(-1)!.id };
}

interface Figures {
  scenario: string;
  push: number[];
  event: number[];
  baseline: number[];
  /** The dispatch's share of the baseline call (Server-Timing): reading the bodies, not HTTP. */
  baselineDispatch: number[];
  viewBytes: number;
}

async function run(scenario: string, meetingId: string, itemId: string): Promise<Figures> {
  const chair = await openSse(server.port, '/events', { ...headers, host: `127.0.0.1:${server.port}` });
  if (chair.status !== 200) throw new Error(`flusso degli aggiornamenti: HTTP ${chair.status}`);
  const figures: Figures = { scenario, push: [], event: [], baseline: [], baselineDispatch: [], viewBytes: 0 };
  try {
    for (let i = 0; i < ACTIONS; i += 1) {
      const b0 = performance.now();
      const listed = await call('bodies.list', {});
      figures.baseline.push(performance.now() - b0);
      figures.baselineDispatch.push(listed.server?.dispatch ?? Number.NaN);

      const t0 = performance.now();
      const written = call('meetings.addEntry', { meetingId, itemId, entry: { type: 'note', text: `Nota ${i} letta dal presidente` } });
      // The chair page: the event, then the meeting read at that version.
      const heard = JSON.parse((await chair.next()).data) as { meetingId: string; version: number };
      figures.event.push(performance.now() - t0);
      const view = await call('meetings.get', { meetingId: heard.meetingId }, chairPage);
      if (view.result.version !== heard.version) throw new Error(`letta la versione ${view.result.version}, annunciata ${heard.version}`);
      figures.push.push(performance.now() - t0);
      figures.viewBytes = view.bytes;
      await written;
    }
  } finally {
    chair.close();
  }
  return figures;
}

const fmt = (ms: number) => ms.toFixed(2).replace('.', ',');

async function main(): Promise<void> {
  const stress = await importMeeting(1, 42);
  const small = await importMeeting(0.05, 43);
  const results = [await run('seduta da 2.000 voci, logo di 1,5 MB', stress.meetingId, stress.itemId), await run('seduta piccola (100 voci)', small.meetingId, small.itemId)];
  console.log(`Schermo presidente: dall’azione in una pagina alla seduta aggiornata in un’altra (SSE + meetings.get) — ${cpus()[0]?.model ?? 'CPU sconosciuta'}, ${new Date().toISOString().slice(0, 10)}`);
  for (const r of results) {
    const p95 = percentile(r.push, 0.95);
    console.log(`\n${r.scenario}: ${r.push.length} azioni`);
    console.log(`  evento ricevuto: mediana ${fmt(percentile(r.event, 0.5))} ms, p95 ${fmt(percentile(r.event, 0.95))} ms`);
    console.log(`  seduta aggiornata (evento + lettura): mediana ${fmt(percentile(r.push, 0.5))} ms, p95 ${fmt(p95)} ms, massimo ${fmt(Math.max(...r.push))} ms (obiettivo ≤ ${BUDGET_MS} ms: ${Math.max(...r.push) <= BUDGET_MS ? 'rispettato' : 'SUPERATO'})`);
    console.log(`  lettura della seduta: ${(r.viewBytes / 1024).toFixed(1)} KB`);
    console.log(`  chiamata HTTP minima (bodies.list): mediana ${fmt(percentile(r.baseline, 0.5))} ms, p95 ${fmt(percentile(r.baseline, 0.95))} ms, di cui dispatch (Server-Timing) mediana ${fmt(percentile(r.baselineDispatch, 0.5))} ms`);
  }
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await writer.close();
    await chairPage.close();
    await server.close();
    backend.close();
    rmSync(dir, { recursive: true, force: true });
  });

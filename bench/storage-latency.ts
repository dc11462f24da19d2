/**
 * Durable latency of an action through the real HTTP transport of browser mode (request, validation, rules, row
 * changes, journal, commit with synchronous=FULL, reply serialized, sent and parsed) against a raw better-sqlite3
 * single-row INSERT commit with the same pragmas, interleaved in the same run on the same disk; the size of each reply.
 * The clients of bench/clients.ts take the actions in turn: real Chromium timed inside its page (what browser mode
 * pays), node:http with a persistent connection, Node's fetch (undici), and the dispatch called directly (no HTTP).
 * The meetings carry the stress fixture's 1.5 MB logo. Prints figures; not a timed test.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { openBackend } from '../electron/backend/services/backend';
import { startHttpServer } from '../electron/backend/transport/http';
import { applyChange } from '../shared/api/apply-change';
import type { MeetingChange, MeetingView, MethodInput, MethodName, MethodResult } from '../shared/api/contract';
import type { ApiResponse } from '../shared/api/errors';
import { MEETING_FILE_FORMAT, MEETING_FILE_VERSION } from '../shared/meeting-file';
import { BodySchema } from '../shared/model';
import { openClient, signIn, type ClientKind, type PageClient } from './clients';
import { stressLogo, stressMeeting, stressOptions } from './fixtures/stress-meeting';

const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'verbalizza-bench-'));

function rawInserter(): () => number {
  const db = new Database(join(dir, 'raw.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.exec('CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT');
  const insert = db.prepare('INSERT INTO t (text) VALUES (?)');
  return () => {
    const start = performance.now();
    insert.run('intervento del consigliere sul punto all’ordine del giorno');
    return performance.now() - start;
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? 0;
}

const backend = openBackend(join(dir, 'dati'), { dailyBackup: false });
const server = await startHttpServer({ dispatch: backend.dispatch, staticDir: null });
const session = await signIn(server);
const CLIENTS: readonly ClientKind[] = ['chromium', 'node-http', 'undici', 'diretto'];

/** Untimed setup and catch-up reads, straight to the dispatch. */
async function call<M extends MethodName>(name: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  const response = (await backend.dispatch(name, input)) as ApiResponse<MethodResult<M>>;
  if (!response.ok) throw new Error(`${name}: ${JSON.stringify(response.error)}`);
  return response.result;
}

/** A write, and the view held updated with its reply, as the renderer's store does. */
async function write<M extends MethodName>(view: MeetingView, name: M, input: MethodInput<M>): Promise<MeetingView> {
  const change = (await call(name, input)) as MeetingChange;
  return applyChange(view, change) ?? call('meetings.get', { meetingId: change.meetingId });
}

let seed = 7;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

interface Action {
  kind: string;
  method: MethodName;
  input: unknown;
}

/** One action of a realistic mix, chosen (untimed) from the meeting as it is now. */
function action(view: MeetingView): Action {
  const meetingId = view.meeting.id;
  // Entries go at the end of the timeline, where presenceNow holds.
  const item = view.meeting.items.at(-1)!;
  const present = new Set(view.presenceNow.presentIds);
  const members = view.meeting.body.members;
  const roll = random();
  if (roll < 0.45) {
    const text = `interviene sul punto ${'illustrando la proposta e le osservazioni dei Comuni '.repeat(1 + Math.floor(random() * 6))}`;
    const speaker = { kind: 'member' as const, memberId: pick(members).id };
    return { kind: 'intervento', ...to('meetings.addEntry', { meetingId, itemId: item.id, entry: { type: 'statement', speaker, text } }) };
  }
  if (roll < 0.57) {
    const member = pick(members);
    const arriving = !present.has(member.id);
    if (arriving || present.size > members.length * 0.7) {
      return { kind: 'movimento', ...to('meetings.addEntry', { meetingId, itemId: item.id, entry: { type: 'movement', memberId: member.id, movement: arriving ? 'arrival' : 'departure', time: '18:10' } }) };
    }
  }
  if (roll < 0.7) {
    const presentIds = [...present];
    const abstainer = pick(presentIds);
    const entry =
      random() < 0.6
        ? { type: 'decision' as const, kind: 'vote' as const, subject: 'la proposta di deliberazione', unanimous: true }
        : { type: 'decision' as const, kind: 'vote' as const, subject: 'la proposta di deliberazione', favourable: presentIds.length - 1, abstainedMemberIds: [abstainer] };
    return { kind: 'decisione', ...to('meetings.addEntry', { meetingId, itemId: item.id, entry }) };
  }
  if (roll < 0.85) {
    const statements = item.entries.filter((e) => e.type === 'statement');
    if (statements.length > 0) {
      const target = pick(statements);
      const entry = { ...target, text: `${target.type === 'statement' ? target.text : ''} (corretto)` };
      return { kind: 'modifica', ...to('meetings.updateEntry', { meetingId, entryId: target.id, entry }) };
    }
  }
  if (roll < 0.95 && view.undoLabel !== null) return { kind: 'annulla', ...to('meetings.undo', { meetingId }) };
  const next = pick(view.meeting.items);
  return { kind: 'punto corrente', ...to('meetings.setCurrentItem', { meetingId, itemId: next.id }) };
}

/** An action's method and input, typed where it is written. */
const to = <M extends MethodName>(method: M, input: MethodInput<M>) => ({ method, input });

interface Figures {
  scenario: string;
  client: string;
  entries: number;
  raw: number[];
  times: number[];
  replies: number[];
  /** Per call, from Server-Timing: dispatch, the server's HTTP work, and the rest (client and connection). */
  dispatch: number[];
  http: number[];
  outside: number[];
  byKind: Map<string, number[]>;
}

/** `count` actions through one client, a raw commit before each: the baseline is measured in the same minutes. */
async function run(scenario: string, start: MeetingView, client: PageClient, count: number): Promise<Figures> {
  const raw = rawInserter();
  // The same sequence of actions for every client.
  seed = 7;
  const figures: Figures = { scenario, client: client.label, entries: 0, raw: [], times: [], replies: [], dispatch: [], http: [], outside: [], byKind: new Map() };
  let view = start;
  for (let i = 0; i < count; i += 1) {
    figures.raw.push(raw());
    const next = action(view);
    const timed = await client.call(next.method, next.input);
    if (!timed.response.ok) throw new Error(`${next.method}: ${JSON.stringify(timed.response.error)}`);
    figures.times.push(timed.ms);
    figures.replies.push(timed.bytes);
    if (timed.server) {
      figures.dispatch.push(timed.server.dispatch);
      figures.http.push(timed.server.http);
      figures.outside.push(timed.ms - timed.server.dispatch - timed.server.http);
    }
    figures.byKind.set(next.kind, [...(figures.byKind.get(next.kind) ?? []), timed.ms]);
    const change = timed.response.result as MeetingChange;
    view = applyChange(view, change) ?? (await call('meetings.get', { meetingId: change.meetingId }));
  }
  figures.entries = view.meeting.items.reduce((sum, item) => sum + item.entries.length, 0);
  return figures;
}

async function realisticMeeting(): Promise<MeetingView> {
  const example = BodySchema.parse(JSON.parse(readFileSync(join(root, 'resources/examples/body.json'), 'utf8')));
  const { id: _id, members, participants, ...profile } = example;
  let body = await call('bodies.create', { profile: { ...profile, logo: stressLogo() } });
  for (const member of members) body = await call('bodies.upsertMember', { bodyId: body.id, member });
  for (const participant of participants) body = await call('bodies.upsertParticipant', { bodyId: body.id, participant });
  const { meetingId } = await call('meetings.create', { bodyId: body.id, date: '2026-11-22', startTime: '17:30', modality: 'mixed', place: '', convocation: 'first' });
  let view = await call('meetings.get', { meetingId });
  for (const member of body.members) view = await write(view, 'meetings.setRollCall', { meetingId, memberId: member.id, presence: member.seat % 5 === 0 ? 'remote' : 'room' });
  for (let i = 1; i <= 8; i += 1) view = await write(view, 'meetings.addItem', { meetingId, title: `Punto ${i}` });
  return write(view, 'meetings.start', { meetingId });
}

/** The same stress meeting under its own id, so that each client's run starts from a fresh copy of it. */
async function stressedMeeting(copy: number): Promise<MeetingView> {
  const stress = stressMeeting(stressOptions(1));
  const meeting = { ...stress, id: `${stress.id}-${copy}`, status: 'live' as const };
  const content = JSON.stringify({ format: MEETING_FILE_FORMAT, version: MEETING_FILE_VERSION, exportedAt: new Date().toISOString(), meeting });
  return call('files.importJson', { content });
}

const fmt = (ms: number) => ms.toFixed(2).replace('.', ',');

function report(r: Figures): void {
  const rawMedian = percentile(r.raw, 0.5);
  const median = percentile(r.times, 0.5);
  const p95 = percentile(r.times, 0.95);
  console.log(`\n${r.scenario}, ${r.client}: ${r.times.length} azioni, ${r.entries} voci alla fine`);
  console.log(`  azione: mediana ${fmt(median)} ms, p95 ${fmt(p95)} ms, p99 ${fmt(percentile(r.times, 0.99))} ms`);
  console.log(`  INSERT grezzo (stessi pragma, prima di ogni azione): mediana ${fmt(rawMedian)} ms, p99 ${fmt(percentile(r.raw, 0.99))} ms`);
  if (r.dispatch.length > 0) {
    const share = (values: number[]) => `${fmt(percentile(values, 0.5))} / ${fmt(percentile(values, 0.95))}`;
    console.log(`  di cui (mediana / p95, da Server-Timing): dispatch ${share(r.dispatch)} ms, HTTP nel server ${share(r.http)} ms, client e connessione ${share(r.outside)} ms`);
  }
  if (Math.max(...r.replies) > 0) console.log(`  risposta: mediana ${(percentile(r.replies, 0.5) / 1024).toFixed(1)} KB, massima ${(Math.max(...r.replies) / 1024).toFixed(1)} KB (obiettivo ≤ 32 KB)`);
  console.log(`  rapporto mediane: ${fmt(median / rawMedian)}× (obiettivo ≤ 2,5×: ${median <= 2.5 * rawMedian ? 'entro' : 'OLTRE'}); p95 ${p95 <= 5 ? 'entro' : 'OLTRE'} i 5 ms`);
  for (const [kind, times] of [...r.byKind].sort()) {
    console.log(`    ${kind.padEnd(15)} n=${String(times.length).padStart(4)}  mediana ${fmt(percentile(times, 0.5))} ms  p99 ${fmt(percentile(times, 0.99))} ms`);
  }
}

async function main(): Promise<void> {
  console.log(`Archiviazione: latenza durevole per azione via HTTP, logo di 1,5 MB — ${cpus()[0]?.model ?? 'CPU sconosciuta'}, ${new Date().toISOString().slice(0, 10)}, carico medio all’avvio ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  for (const [index, kind] of CLIENTS.entries()) {
    const client = await openClient(kind, server, session, backend.dispatch);
    try {
      report(await run('seduta realistica (17 enti, cresce da 0 voci)', await realisticMeeting(), client, 600));
      report(await run('seduta da 2.000 voci', await stressedMeeting(index), client, 300));
    } finally {
      await client.close();
    }
  }
  console.log(`\ncarico medio alla fine ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await server.close();
    backend.close();
    rmSync(dir, { recursive: true, force: true });
  });

/**
 * Durable latency of an action through the real HTTP transport of browser mode (request, validation, rules, row
 * changes, journal, commit with synchronous=FULL, reply serialized, sent and parsed) against a raw better-sqlite3
 * single-row INSERT commit with the same pragmas, interleaved in the same run on the same disk; the size of each reply.
 * The meetings carry the stress fixture's 1.5 MB logo. Prints figures; not a timed test.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
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
const base = `http://127.0.0.1:${server.port}`;
const origin = { origin: base };
const signIn = await fetch(`${base}/session`, { method: 'POST', headers: { ...origin, 'content-type': 'application/json' }, body: JSON.stringify({ token: server.token }) });
const headers = { ...origin, 'content-type': 'application/json', cookie: signIn.headers.getSetCookie()[0]?.split(';')[0] ?? '' };
/** Size in bytes of the last reply's body. */
let lastReplyBytes = 0;

/** A call as the page makes it: POST /api/<method>, the reply read and parsed. */
async function call<M extends MethodName>(name: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  const answer = await fetch(`${base}/api/${name}`, { method: 'POST', headers, body: JSON.stringify(input) });
  const text = await answer.text();
  lastReplyBytes = Buffer.byteLength(text);
  const response = JSON.parse(text) as ApiResponse<MethodResult<M>>;
  if (!response.ok) throw new Error(`${name}: ${JSON.stringify(response.error)}`);
  return response.result;
}

/** A write, and the view held updated with its reply, as the renderer's store does. */
async function write<M extends MethodName>(view: MeetingView, name: M, input: MethodInput<M>): Promise<MeetingView> {
  const change = (await call(name, input)) as MeetingChange;
  return applyChange(view, change) ?? call('meetings.get', { meetingId: change.meetingId });
}

const changeOf = <M extends MethodName>(name: M, input: MethodInput<M>) => call(name, input) as Promise<MeetingChange>;

let seed = 7;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

interface Action {
  kind: string;
  /** The API call itself: the only part that is timed. */
  run: () => Promise<MeetingChange>;
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
    return { kind: 'intervento', run: () => changeOf('meetings.addEntry', { meetingId, itemId: item.id, entry: { type: 'statement', speaker, text } }) };
  }
  if (roll < 0.57) {
    const member = pick(members);
    const arriving = !present.has(member.id);
    if (arriving || present.size > members.length * 0.7) {
      return { kind: 'movimento', run: () => changeOf('meetings.addEntry', { meetingId, itemId: item.id, entry: { type: 'movement', memberId: member.id, movement: arriving ? 'arrival' : 'departure', time: '18:10' } }) };
    }
  }
  if (roll < 0.7) {
    const presentIds = [...present];
    const abstainer = pick(presentIds);
    const entry =
      random() < 0.6
        ? { type: 'decision' as const, kind: 'vote' as const, subject: 'la proposta di deliberazione', unanimous: true }
        : { type: 'decision' as const, kind: 'vote' as const, subject: 'la proposta di deliberazione', favourable: presentIds.length - 1, abstainedMemberIds: [abstainer] };
    return { kind: 'decisione', run: () => changeOf('meetings.addEntry', { meetingId, itemId: item.id, entry }) };
  }
  if (roll < 0.85) {
    const statements = item.entries.filter((e) => e.type === 'statement');
    if (statements.length > 0) {
      const target = pick(statements);
      const entry = { ...target, text: `${target.type === 'statement' ? target.text : ''} (corretto)` };
      return { kind: 'modifica', run: () => changeOf('meetings.updateEntry', { meetingId, entryId: target.id, entry }) };
    }
  }
  if (roll < 0.95 && view.undoLabel !== null) return { kind: 'annulla', run: () => changeOf('meetings.undo', { meetingId }) };
  const next = pick(view.meeting.items);
  return { kind: 'punto corrente', run: () => changeOf('meetings.setCurrentItem', { meetingId, itemId: next.id }) };
}

interface Figures {
  scenario: string;
  actions: number;
  entries: number;
  median: number;
  p99: number;
  p95: number;
  rawMedian: number;
  rawP99: number;
  replyMedian: number;
  replyMax: number;
  byKind: Map<string, number[]>;
}

async function run(scenario: string, start: MeetingView, count: number): Promise<Figures> {
  const raw = rawInserter();
  const times: number[] = [];
  const rawTimes: number[] = [];
  const replies: number[] = [];
  const byKind = new Map<string, number[]>();
  let view = start;
  for (let i = 0; i < count; i += 1) {
    rawTimes.push(raw());
    const next = action(view);
    const t0 = performance.now();
    const change = await next.run();
    const elapsed = performance.now() - t0;
    replies.push(lastReplyBytes);
    view = applyChange(view, change) ?? (await call('meetings.get', { meetingId: change.meetingId }));
    times.push(elapsed);
    byKind.set(next.kind, [...(byKind.get(next.kind) ?? []), elapsed]);
  }
  return {
    scenario,
    actions: count,
    entries: view.meeting.items.reduce((sum, item) => sum + item.entries.length, 0),
    median: percentile(times, 0.5),
    p99: percentile(times, 0.99),
    p95: percentile(times, 0.95),
    replyMedian: percentile(replies, 0.5),
    replyMax: Math.max(...replies),
    rawMedian: percentile(rawTimes, 0.5),
    rawP99: percentile(rawTimes, 0.99),
    byKind,
  };
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

async function stressedMeeting(): Promise<MeetingView> {
  const meeting = { ...stressMeeting(stressOptions(1)), status: 'live' as const };
  const content = JSON.stringify({ format: MEETING_FILE_FORMAT, version: MEETING_FILE_VERSION, exportedAt: new Date().toISOString(), meeting });
  return call('files.importJson', { content });
}

const fmt = (ms: number) => ms.toFixed(2).replace('.', ',');

async function main(): Promise<void> {
  const results = [await run('seduta realistica (17 enti, cresce da 0 voci)', await realisticMeeting(), 600), await run('seduta da 2.000 voci', await stressedMeeting(), 300)];
  console.log(`Archiviazione: latenza durevole per azione via HTTP, logo di 1,5 MB — ${cpus()[0]?.model ?? 'CPU sconosciuta'}, ${new Date().toISOString().slice(0, 10)}`);
  for (const r of results) {
    console.log(`\n${r.scenario}: ${r.actions} azioni, ${r.entries} voci alla fine`);
    console.log(`  azione via HTTP: mediana ${fmt(r.median)} ms, p95 ${fmt(r.p95)} ms, p99 ${fmt(r.p99)} ms`);
    console.log(`  INSERT grezzo (stessi pragma): mediana ${fmt(r.rawMedian)} ms, p99 ${fmt(r.rawP99)} ms`);
    console.log(`  risposta: mediana ${(r.replyMedian / 1024).toFixed(1)} KB, massima ${(r.replyMax / 1024).toFixed(1)} KB (obiettivo ≤ 32 KB)`);
    console.log(`  rapporto mediane: ${fmt(r.median / r.rawMedian)}× (obiettivo ≤ 2,5×); p95 ${r.p95 <= 5 ? 'entro' : 'OLTRE'} i 5 ms`);
    for (const [kind, times] of [...r.byKind].sort()) {
      console.log(`    ${kind.padEnd(15)} n=${String(times.length).padStart(4)}  mediana ${fmt(percentile(times, 0.5))} ms  p99 ${fmt(percentile(times, 0.99))} ms`);
    }
  }
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

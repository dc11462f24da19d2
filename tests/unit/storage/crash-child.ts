/**
 * Child process of the crash test: applies a stream of random valid actions to a real database file
 * and prints "ACK <journal seq> <meeting hash>" after each call the service acknowledged.
 * Usage: tsx crash-child.ts <data-dir> <seed> <body.json>
 */
import { readFileSync } from 'node:fs';
import type { MeetingChange, MeetingView, MethodInput, MethodName, MethodResult } from '../../../shared/api/contract';
import type { MeetingWriteName } from './helpers';
import type { ApiResponse } from '../../../shared/api/errors';
import { BodySchema } from '../../../shared/model';
import { openBackend } from '../../../electron/backend/services/backend';
import { meetingHash } from './crash-hash';

function rng(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

async function main(): Promise<void> {
  const [dataDir, seedText, bodyFile] = process.argv.slice(2);
  if (!dataDir || !bodyFile) throw new Error('uso: crash-child <cartella-dati> <seme> <body.json>');
  const random = rng(Number(seedText ?? '1'));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const backend = openBackend(dataDir, { dailyBackup: false });
  const call = async <M extends MethodName>(name: M, input: MethodInput<M>): Promise<MethodResult<M>> => {
    const response = (await backend.dispatch(name, input)) as ApiResponse<MethodResult<M>>;
    if (!response.ok) throw new Error(`${name}: ${response.error.message}`);
    return response.result;
  };
  /** A meeting write, then the view as the archive gives it: what the crash test compares with the disk. */
  const act = async <M extends MeetingWriteName>(name: M, input: MethodInput<M>): Promise<MeetingView> => {
    const change = (await call(name, input)) as MeetingChange;
    return call('meetings.get', { meetingId: change.meetingId });
  };
  const lastSeq = () => backend.db.prepare('SELECT MAX(seq) FROM journal').pluck().get() as number;

  let view: MeetingView;
  const existing = await call('meetings.search', {});
  if (existing[0]) {
    view = await call('meetings.get', { meetingId: existing[0].id });
  } else {
    const example = BodySchema.parse(JSON.parse(readFileSync(bodyFile, 'utf8')));
    const { id: _id, members, participants, ...profile } = example;
    let body = await call('bodies.create', { profile });
    for (const member of members) body = await call('bodies.upsertMember', { bodyId: body.id, member });
    for (const participant of participants) body = await call('bodies.upsertParticipant', { bodyId: body.id, participant });
    view = await act('meetings.create', { bodyId: body.id, date: '2026-11-22', startTime: '17:30', modality: 'mixed', place: '', convocation: 'first' });
    for (const member of body.members) view = await act('meetings.setRollCall', { meetingId: view.meeting.id, memberId: member.id, presence: 'room' });
    view = await act('meetings.addItem', { meetingId: view.meeting.id, title: 'Primo punto' });
    view = await act('meetings.start', { meetingId: view.meeting.id });
  }
  console.log(`READY ${lastSeq()} ${meetingHash(view.meeting)}`);

  const meetingId = view.meeting.id;
  for (let step = 0; step < 100_000; step += 1) {
    const meeting = view.meeting;
    const item = meeting.items.at(-1)!;
    const present = new Set(view.presenceNow.presentIds);
    const members = meeting.body.members;
    const notes = meeting.items.flatMap((i) => i.entries.filter((e) => e.type === 'note' || e.type === 'statement'));
    const roll = random();
    let operation: string;
    if (roll < 0.3) {
      operation = 'statement';
      view = await act('meetings.addEntry', { meetingId, itemId: item.id, entry: { type: 'statement', speaker: { kind: 'member', memberId: pick(members).id }, text: `intervento ${step} ${'testo '.repeat(Math.floor(random() * 40))}` } });
    } else if (roll < 0.45) {
      const member = pick(members);
      const arriving = !present.has(member.id);
      if (!arriving && present.size <= 12) continue;
      operation = arriving ? 'arrival' : 'departure';
      view = await act('meetings.addEntry', { meetingId, itemId: item.id, entry: { type: 'movement', memberId: member.id, movement: arriving ? 'arrival' : 'departure', time: '18:00' } });
    } else if (roll < 0.6) {
      operation = 'decision';
      view = await act('meetings.addEntry', { meetingId, itemId: item.id, entry: { type: 'decision', kind: 'vote', subject: `la proposta ${step}`, unanimous: true } });
    } else if (roll < 0.72 && notes.length > 0) {
      operation = 'edit';
      const target = pick(notes);
      view = await act('meetings.updateEntry', { meetingId, entryId: target.id, entry: { type: 'note', text: `corretto al passo ${step}` } });
    } else if (roll < 0.8 && notes.length > 0) {
      operation = 'delete';
      view = await act('meetings.deleteEntry', { meetingId, entryId: pick(notes).id });
    } else if (roll < 0.92 && view.undoLabel !== null) {
      operation = 'undo';
      view = await act('meetings.undo', { meetingId });
    } else if (roll < 0.95) {
      operation = 'item';
      view = await act('meetings.addItem', { meetingId, title: `Punto ${meeting.items.length + 1}` });
    } else {
      operation = 'draft';
      await call('meetings.saveDraft', { meetingId, key: 'statement', text: `bozza ${step}` });
    }
    console.log(`ACK ${lastSeq()} ${meetingHash(view.meeting)} ${operation}`);
  }
}

main().catch((error: unknown) => {
  console.log(`FAIL ${error instanceof Error ? error.message : String(error)}`);
  process.exit(3);
});

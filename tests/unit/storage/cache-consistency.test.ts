import { afterEach, describe, expect, it } from 'vitest';
import { loadMeeting } from '../../../electron/backend/db/meeting-load';
import { applyChange } from '../../../shared/api/apply-change';
import type { MeetingChange, MeetingView, MethodName } from '../../../shared/api/contract';
import { checkMeeting, checkSummary, presenceAtEnd } from '../../../shared/rules';
import { createExampleBody, testBackend, type TestBackend } from './helpers';

let t: TestBackend;
afterEach(() => t.close());

/**
 * The service answers from a meeting kept in memory, checked incrementally, with presence replayed only where it
 * changed. After every action of a seeded mix (undo included), all of it must equal a fresh read of the database
 * checked from scratch.
 */
describe('meeting kept in memory', () => {
  it('equals the stored meeting, and its check and presence equal a full check, after every action', async () => {
    t = testBackend();
    const body = await createExampleBody(t);
    let view: MeetingView = await t.viewAfter('meetings.create', { bodyId: body.id, date: '2026-11-22', startTime: '17:30', modality: 'mixed', place: '', convocation: 'first' });
    const meetingId = view.meeting.id;
    for (const member of body.members) view = await t.viewAfter('meetings.setRollCall', { meetingId, memberId: member.id, presence: member.seat % 3 === 0 ? 'absent' : 'room' });
    for (let i = 1; i <= 3; i += 1) view = await t.viewAfter('meetings.addItem', { meetingId, title: `Punto ${i}` });
    view = await t.viewAfter('meetings.start', { meetingId });

    const refusals = new Set<string>();
    let seed = 3;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    for (let step = 0; step < 200; step += 1) {
      const item = view.meeting.items[next(view.meeting.items.length)]!;
      const entries = view.meeting.items.flatMap((i) => i.entries);
      const entry = entries[next(entries.length || 1)];
      const member = body.members[next(body.members.length)]!;
      const present = new Set(view.presenceNow.presentIds);
      const roll = next(11);
      // Each action names the refusals the rules may answer it with; any other failure fails the test.
      const action = (): { method: MethodName; input: unknown; mayRefuse: string[] } => {
        if (roll < 3) {
          return { method: 'meetings.addEntry', input: { meetingId, itemId: item.id, entry: { type: 'statement', speaker: { kind: 'member', memberId: member.id }, text: `intervento ${step}` } }, mayRefuse: [] };
        }
        if (roll < 5) {
          const last = view.meeting.items.at(-1)!;
          const movement = present.has(member.id) ? 'departure' : 'arrival';
          return { method: 'meetings.addEntry', input: { meetingId, itemId: last.id, entry: { type: 'movement', memberId: member.id, movement, time: '18:00' } }, mayRefuse: [] };
        }
        if (roll < 6) {
          // Too few present for a vote: refused, never written.
          return { method: 'meetings.addEntry', input: { meetingId, itemId: view.meeting.items.at(-1)!.id, entry: { type: 'decision', kind: 'vote', subject: 'la proposta', unanimous: true } }, mayRefuse: ['QUORUM_NOT_MET'] };
        }
        if (roll < 7 && entry?.type === 'statement') {
          return { method: 'meetings.updateEntry', input: { meetingId, entryId: entry.id, entry: { ...entry, text: `${entry.text} (corretto)` } }, mayRefuse: [] };
        }
        if (roll < 8 && entry && entry.type !== 'decision') {
          // Moving a movement can contradict presence, or change who was present at a later vote.
          return { method: 'meetings.moveEntry', input: { meetingId, entryId: entry.id, toItemId: item.id, toIndex: next(item.entries.length + 1) }, mayRefuse: ['PRESENCE_CONFLICT', 'TALLY_INVALID'] };
        }
        if (roll < 10 && view.undoLabel !== null) return { method: 'meetings.undo', input: { meetingId }, mayRefuse: [] };
        return { method: 'meetings.setCurrentItem', input: { meetingId, itemId: item.id }, mayRefuse: [] };
      };
      const { method, input, mayRefuse } = action();
      const response = await t.backend.dispatch(method, input);
      // The reply applied to the view held, as a window does, must give what is stored.
      if (response.ok) view = applyChange(view, response.result as MeetingChange) ?? expect.fail(`${method}: risposta che non segue la vista`);
      else {
        const code = response.error.kind === 'domain' ? response.error.code : response.error.kind;
        expect(mayRefuse, `${method} rifiutato: ${response.error.message}`).toContain(code);
        refusals.add(code);
      }
      const stored = loadMeeting(t.backend.db, meetingId)!.meeting;
      expect(view.meeting).toEqual(stored);
      expect(view.check).toEqual(checkSummary(checkMeeting(stored)));
      expect(view.presenceNow).toEqual(presenceAtEnd(stored));
      expect(await t.call('meetings.check', { meetingId })).toEqual(checkMeeting(stored));
    }
    // The refusals happened too, and left memory and database equal (checked above after each of them).
    expect([...refusals].sort()).toEqual(['PRESENCE_CONFLICT', 'QUORUM_NOT_MET', 'TALLY_INVALID']);
    // Every kind of action happened, and undo reverted each kind.
    const journal = await t.call('meetings.journal', { meetingId });
    const operationOf = new Map(journal.map((record) => [record.seq, record.operation]));
    const undone = new Set(
      journal.filter((record) => record.operation === 'meetings.undo').map((record) => operationOf.get((record.input as { undoneSeq: number }).undoneSeq)),
    );
    expect([...undone].sort()).toEqual(expect.arrayContaining(['meetings.addEntry', 'meetings.moveEntry', 'meetings.updateEntry']));
  });
});

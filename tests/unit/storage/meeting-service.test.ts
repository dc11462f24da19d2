import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingView } from '../../../shared/api/contract';
import type { BodyView } from '../../../shared/api/contract';
import { openBackend } from '../../../electron/backend/services/backend';
import { createExampleBody, databaseContent, testBackend, type TestBackend } from './helpers';

let t: TestBackend;
let body: BodyView;
let view: MeetingView;

async function setupLiveMeeting(): Promise<{ itemId: string }> {
  view = await t.viewAfter('meetings.create', { bodyId: body.id, date: '2026-11-20', startTime: '17:30', modality: 'mixed', place: 'la Sala consiliare', convocation: 'first' });
  const meetingId = view.meeting.id;
  for (const member of body.members.slice(0, 12)) {
    view = await t.viewAfter('meetings.setRollCall', { meetingId, memberId: member.id, presence: member.seat % 4 === 0 ? 'remote' : 'room' });
  }
  view = await t.viewAfter('meetings.addItem', { meetingId, title: 'Approvazione del verbale della seduta precedente' });
  view = await t.viewAfter('meetings.start', { meetingId });
  return { itemId: view.meeting.items[0]!.id };
}

beforeEach(async () => {
  t = testBackend({ now: () => new Date('2026-11-20T18:00:00Z') });
  body = await createExampleBody(t);
});
afterEach(() => t.close());

describe('meetings: creation and live editing', () => {
  it('creates a meeting from the body snapshot, with roll call and attendance for everyone', async () => {
    view = await t.viewAfter('meetings.create', { bodyId: body.id, date: '2026-11-20', startTime: '17:30', modality: 'presence', place: '', convocation: 'first' });
    expect(view.meeting.status).toBe('draft');
    expect(view.meeting.revision).toBe(1);
    expect(view.meeting.rollCall).toHaveLength(body.members.length);
    expect(view.meeting.rollCall.every((line) => line.presence === 'absent')).toBe(true);
    expect(view.meeting.participantAttendance).toHaveLength(body.participants.length);
    expect(view.meeting.president).toEqual(body.president);
    expect(view.meeting.body).toEqual(body);
    expect(view.undoLabel).toBeNull();
  });

  it('fills a unanimous vote from who is present at that moment, and stores it', async () => {
    const { itemId } = await setupLiveMeeting();
    const meetingId = view.meeting.id;
    view = await t.viewAfter('meetings.addEntry', { meetingId, itemId, entry: { type: 'decision', kind: 'vote', subject: 'il verbale', unanimous: true } });
    const decision = view.meeting.items[0]!.entries[0]!;
    expect(decision).toMatchObject({ type: 'decision', unanimous: true, favourable: 12, againstMemberIds: [] });
    expect(view.check.ok).toBe(true);
    // A fresh process reading the same file sees the same meeting.
    const other = openBackend(t.dir, { dailyBackup: false });
    const reread = await other.dispatch('meetings.get', { meetingId });
    other.close();
    expect(reread.ok && reread.result).toMatchObject({ meeting: view.meeting });
  });

  it('refuses a wrong tally with TALLY_INVALID and the problems, writing nothing', async () => {
    const { itemId } = await setupLiveMeeting();
    const before = databaseContent(t.backend);
    const error = await t.fail('meetings.addEntry', {
      meetingId: view.meeting.id,
      itemId,
      entry: { type: 'decision', kind: 'vote', subject: 'il verbale', favourable: 10, abstained: 1, abstainedMemberIds: [body.members[0]!.id] },
    });
    expect(error).toMatchObject({ kind: 'domain', code: 'TALLY_INVALID' });
    expect(error.kind === 'domain' && error.details?.join(' ')).toMatch(/11.*12|12.*11/);
    expect(databaseContent(t.backend)).toBe(before);
  });

  it('refuses a movement that contradicts presence (PRESENCE_CONFLICT)', async () => {
    const { itemId } = await setupLiveMeeting();
    const present = body.members[0]!;
    const error = await t.fail('meetings.addEntry', {
      meetingId: view.meeting.id,
      itemId,
      entry: { type: 'movement', memberId: present.id, movement: 'arrival', time: '17:45' },
    });
    expect(error).toMatchObject({ kind: 'domain', code: 'PRESENCE_CONFLICT' });
  });

  it('refuses an edit that would break a later vote (deleting an arrival before it)', async () => {
    const { itemId } = await setupLiveMeeting();
    const meetingId = view.meeting.id;
    const late = body.members[15]!;
    view = await t.viewAfter('meetings.addEntry', { meetingId, itemId, entry: { type: 'movement', memberId: late.id, movement: 'arrival', time: '17:50' } });
    const arrivalId = view.meeting.items[0]!.entries[0]!.id;
    view = await t.viewAfter('meetings.addEntry', { meetingId, itemId, entry: { type: 'decision', kind: 'vote', subject: 'il verbale', unanimous: true } });
    expect(view.meeting.items[0]!.entries[1]).toMatchObject({ favourable: 13 });
    const error = await t.fail('meetings.deleteEntry', { meetingId, entryId: arrivalId });
    expect(error).toMatchObject({ kind: 'domain', code: 'TALLY_INVALID' });
    const still = await t.call('meetings.get', { meetingId });
    expect(still.meeting.items[0]!.entries).toHaveLength(2);
  });

  it('moves, edits and deletes entries and items, keeping order on disk', async () => {
    const { itemId } = await setupLiveMeeting();
    const meetingId = view.meeting.id;
    view = await t.viewAfter('meetings.addItem', { meetingId, title: 'Varie ed eventuali' });
    const second = view.meeting.items[1]!.id;
    for (const text of ['uno', 'due', 'tre']) {
      view = await t.viewAfter('meetings.addEntry', { meetingId, itemId, entry: { type: 'note', text } });
    }
    const [one, two, three] = view.meeting.items[0]!.entries.map((entry) => entry.id);
    view = await t.viewAfter('meetings.addEntry', { meetingId, itemId, entry: { type: 'note', text: 'zero' }, beforeEntryId: one });
    view = await t.viewAfter('meetings.moveEntry', { meetingId, entryId: three!, toItemId: second, toIndex: 0 });
    view = await t.viewAfter('meetings.updateEntry', { meetingId, entryId: two!, entry: { type: 'note', text: 'due bis' } });
    view = await t.viewAfter('meetings.moveItem', { meetingId, itemId: second, toIndex: 0 });
    const texts = (v: MeetingView) => v.meeting.items.map((item) => item.entries.map((entry) => (entry.type === 'note' ? entry.text : '?')));
    expect(texts(view)).toEqual([['tre'], ['zero', 'uno', 'due bis']]);
    const reread = openBackend(t.dir, { dailyBackup: false });
    const fresh = await reread.dispatch('meetings.get', { meetingId });
    reread.close();
    expect(fresh.ok && texts(fresh.result as MeetingView)).toEqual([['tre'], ['zero', 'uno', 'due bis']]);
    view = await t.viewAfter('meetings.removeItem', { meetingId, itemId: second });
    expect(view.meeting.items).toHaveLength(1);
    expect(t.backend.db.prepare('SELECT COUNT(*) FROM entries WHERE item_id = ?').pluck().get(second)).toBe(0);
  });

  it('adds a guest who is present, and saves and restores drafts', async () => {
    await setupLiveMeeting();
    const meetingId = view.meeting.id;
    view = await t.viewAfter('meetings.addGuest', { meetingId, guest: { honorific: 'Sig.ra', name: 'Anna Ferri', role: 'coordinatrice', organisation: 'Cooperativa Sole', gender: 'f' } });
    const guest = view.meeting.guests[0]!;
    expect(view.meeting.participantAttendance.find((line) => line.participantId === guest.id)?.present).toBe(true);
    await t.call('meetings.saveDraft', { meetingId, key: 'statement', text: 'Il Presidente illustra' });
    expect(await t.call('meetings.drafts', { meetingId })).toEqual([{ key: 'statement', text: 'Il Presidente illustra', savedAt: '2026-11-20T18:00:00.000Z' }]);
  });
});

describe('meetings: undo, journal, close and reopen', () => {
  it('undoes the last actions one by one, and journals each call', async () => {
    const { itemId } = await setupLiveMeeting();
    const meetingId = view.meeting.id;
    const start = view.meeting;
    view = await t.viewAfter('meetings.addEntry', { meetingId, itemId, entry: { type: 'note', text: 'prima' } });
    const afterFirst = view.meeting;
    view = await t.viewAfter('meetings.addEntry', { meetingId, itemId, entry: { type: 'note', text: 'seconda' } });
    view = await t.viewAfter('meetings.updateEntry', { meetingId, entryId: view.meeting.items[0]!.entries[0]!.id, entry: { type: 'note', text: 'prima corretta' } });
    view = await t.viewAfter('meetings.setCurrentItem', { meetingId, itemId });
    expect(view.undoLabel).not.toBeNull();
    view = await t.viewAfter('meetings.undo', { meetingId });
    view = await t.viewAfter('meetings.undo', { meetingId });
    expect(view.meeting).toEqual(afterFirst);
    view = await t.viewAfter('meetings.undo', { meetingId });
    expect(view.meeting).toEqual(start);
    // Setting up the roll call and items is undoable too; starting the meeting is not.
    const journal = await t.call('meetings.journal', { meetingId });
    const operations = journal.map((record) => record.operation);
    expect(operations.slice(-8)).toEqual([
      'meetings.start',
      'meetings.addEntry',
      'meetings.addEntry',
      'meetings.updateEntry',
      'meetings.setCurrentItem',
      'meetings.undo',
      'meetings.undo',
      'meetings.undo',
    ]);
    expect(journal.at(-1)?.summary).toMatch(/^Annullato: Aggiunto: nota «prima»/);
  });

  it('refuses edits of a closed meeting, and reopening keeps the closed revision', async () => {
    const { itemId } = await setupLiveMeeting();
    const meetingId = view.meeting.id;
    view = await t.viewAfter('meetings.addEntry', { meetingId, itemId, entry: { type: 'decision', kind: 'vote', subject: 'il verbale', unanimous: true } });
    view = await t.viewAfter('meetings.close', { meetingId, endTime: '19:47' });
    const closed = view.meeting;
    expect(closed.status).toBe('closed');
    expect(view.undoLabel).toBeNull();
    const error = await t.fail('meetings.addEntry', { meetingId, itemId, entry: { type: 'note', text: 'tardiva' } });
    expect(error).toMatchObject({ kind: 'domain', code: 'MEETING_CLOSED' });
    expect(error.message).toMatch(/chiusa/);
    expect(await t.fail('meetings.undo', { meetingId })).toMatchObject({ code: 'MEETING_CLOSED' });

    view = await t.viewAfter('meetings.reopen', { meetingId, reason: 'Correzione di un refuso nel punto 1' });
    expect(view.meeting).toMatchObject({ status: 'live', revision: 2 });
    expect((await t.call('meetings.revision', { meetingId, revision: 1 })).meeting).toEqual(closed);
    const journal = await t.call('meetings.journal', { meetingId });
    expect(journal.at(-1)).toMatchObject({ operation: 'meetings.reopen', summary: expect.stringContaining('Correzione di un refuso') });
    // Nothing before the reopening can be undone.
    expect(view.undoLabel).toBeNull();
    expect(await t.fail('meetings.reopen', { meetingId, reason: 'ancora' })).toMatchObject({ code: 'NOT_CLOSED' });
  });

  it('refuses to close a meeting that does not check clean', async () => {
    await setupLiveMeeting();
    // The body's rules are stored in the snapshot; a decision written without quorum cannot be stored at all,
    // so here we check the other guard: a draft meeting cannot be closed.
    const draft = await t.call('meetings.create', { bodyId: body.id, date: '2026-11-21', startTime: '10:00', modality: 'online', place: '', convocation: 'second' });
    expect(await t.fail('meetings.close', { meetingId: draft.meetingId, endTime: '11:00' })).toMatchObject({ code: 'NOT_STARTED' });
  });

  it('sees changes written by another connection (the cache follows the version on disk)', async () => {
    const { itemId } = await setupLiveMeeting();
    const meetingId = view.meeting.id;
    await t.call('meetings.get', { meetingId });
    const other = openBackend(t.dir, { dailyBackup: false });
    await other.dispatch('meetings.addEntry', { meetingId, itemId, entry: { type: 'note', text: 'da un altro processo' } });
    other.close();
    const seen = await t.call('meetings.get', { meetingId });
    expect(seen.meeting.items[0]!.entries).toHaveLength(1);
  });
});

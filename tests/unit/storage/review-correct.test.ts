import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { statementDraftKey } from '../../../shared/api/drafts';
import type { BodyView } from '../../../shared/api/contract';
import { createExampleBody, databaseContent, testBackend, type TestBackend } from './helpers';

let t: TestBackend;
let body: BodyView;

async function liveMeeting(): Promise<{ meetingId: string; itemIds: string[]; speakerId: string }> {
  const created = await t.call('meetings.create', { bodyId: body.id, date: '2026-11-20', startTime: '17:30', modality: 'mixed', place: 'la Sala consiliare', convocation: 'first' });
  const meetingId = created.meetingId;
  for (const member of body.members.slice(0, 10)) await t.call('meetings.setRollCall', { meetingId, memberId: member.id, presence: 'room' });
  for (const title of ['Approvazione del verbale', 'Piano sociale di zona']) await t.call('meetings.addItem', { meetingId, title });
  await t.call('meetings.start', { meetingId });
  const view = await t.call('meetings.get', { meetingId });
  return { meetingId, itemIds: view.meeting.items.map((item) => item.id), speakerId: body.members[2]!.id };
}

beforeEach(async () => {
  t = testBackend({ now: () => new Date('2026-11-20T18:00:00Z') });
  body = await createExampleBody(t);
});
afterEach(() => t.close());

describe('undo names what it undoes, and redo does it again', () => {
  it('names the statement, undoes it, redoes it with the same text, and a new action ends the redo', async () => {
    const { meetingId, itemIds, speakerId } = await liveMeeting();
    const speaker = body.members[2]!.representative.name.toUpperCase();
    const added = await t.call('meetings.addEntry', { meetingId, itemId: itemIds[0]!, entry: { type: 'statement', speaker: { kind: 'member', memberId: speakerId }, text: 'illustra il verbale.' } });
    expect(added.undoLabel).toBe(`intervento di ${speaker}`);
    expect(added.redoLabel).toBeNull();

    const undone = await t.call('meetings.undo', { meetingId });
    expect(undone.redoLabel).toBe(`intervento di ${speaker}`);
    expect((await t.call('meetings.get', { meetingId })).meeting.items[0]!.entries).toEqual([]);

    // Moving between items (not undoable) keeps what can be redone.
    await t.call('meetings.setCurrentItem', { meetingId, itemId: itemIds[1]! });
    const redone = await t.call('meetings.redo', { meetingId });
    expect(redone.undoLabel).toBe(`intervento di ${speaker}`);
    expect(redone.redoLabel).toBeNull();
    const entries = (await t.call('meetings.get', { meetingId })).meeting.items[0]!.entries;
    expect(entries).toMatchObject([{ type: 'statement', text: 'illustra il verbale.' }]);
    expect(await t.fail('meetings.redo', { meetingId })).toMatchObject({ code: 'NOTHING_TO_REDO' });

    await t.call('meetings.undo', { meetingId });
    await t.call('meetings.addEntry', { meetingId, itemId: itemIds[0]!, entry: { type: 'note', text: 'Nota nuova' } });
    const before = databaseContent(t.backend);
    expect(await t.fail('meetings.redo', { meetingId })).toMatchObject({ code: 'NOTHING_TO_REDO' });
    expect(databaseContent(t.backend)).toBe(before);
    expect((await t.call('meetings.journal', { meetingId })).map((r) => r.operation)).toContain('meetings.redo');
  });

  it('redoes two undone actions in the order they were first made', async () => {
    const { meetingId, itemIds } = await liveMeeting();
    await t.call('meetings.addEntry', { meetingId, itemId: itemIds[0]!, entry: { type: 'note', text: 'Prima' } });
    await t.call('meetings.addEntry', { meetingId, itemId: itemIds[0]!, entry: { type: 'note', text: 'Seconda' } });
    await t.call('meetings.undo', { meetingId });
    const both = await t.call('meetings.undo', { meetingId });
    expect(both.redoLabel).toBe('nota «Prima»');
    await t.call('meetings.redo', { meetingId });
    const view = await t.call('meetings.get', { meetingId });
    expect(view.redoLabel).toBe('nota «Seconda»');
    expect(view.undoLabel).toBe('nota «Prima»');
    await t.call('meetings.redo', { meetingId });
    const texts = (await t.call('meetings.get', { meetingId })).meeting.items[0]!.entries.map((e) => (e.type === 'note' ? e.text : ''));
    expect(texts).toEqual(['Prima', 'Seconda']);
  });

  it('cannot redo across closing', async () => {
    const { meetingId, itemIds } = await liveMeeting();
    await t.call('meetings.addEntry', { meetingId, itemId: itemIds[0]!, entry: { type: 'note', text: 'Prima' } });
    await t.call('meetings.undo', { meetingId });
    await t.call('meetings.close', { meetingId, endTime: '19:00' });
    await t.call('meetings.reopen', { meetingId, reason: 'Correzione' });
    const view = await t.call('meetings.get', { meetingId });
    expect(view.redoLabel).toBeNull();
    expect(await t.fail('meetings.redo', { meetingId })).toMatchObject({ code: 'NOTHING_TO_REDO' });
  });
});

describe('reopening keeps the closing time', () => {
  it('closes again at the stored time when none is given, and only an explicit time changes it', async () => {
    const { meetingId } = await liveMeeting();
    await t.call('meetings.close', { meetingId, endTime: '19:47' });
    const reopened = await t.call('meetings.reopen', { meetingId, reason: 'Refuso nel punto 1' });
    expect(reopened.fields.endTime).toBe('19:47');
    const closedAgain = await t.call('meetings.close', { meetingId });
    expect(closedAgain.fields).toMatchObject({ status: 'closed', endTime: '19:47', revision: 2 });
    await t.call('meetings.reopen', { meetingId, reason: 'Ora sbagliata' });
    expect((await t.call('meetings.close', { meetingId, endTime: '19:55' })).fields.endTime).toBe('19:55');
  });

  it('refuses an edit of a closed meeting naming its date in words, not in ISO form', async () => {
    const { meetingId, itemIds } = await liveMeeting();
    await t.call('meetings.close', { meetingId, endTime: '19:47' });
    const error = await t.fail('meetings.setCurrentItem', { meetingId, itemId: itemIds[1]! });
    expect(error).toMatchObject({ code: 'MEETING_CLOSED', message: expect.stringContaining('La seduta del 20 novembre 2026 è chiusa') });
  });

  it('refuses to close a meeting never closed without a time', async () => {
    const { meetingId } = await liveMeeting();
    expect(await t.fail('meetings.close', { meetingId })).toMatchObject({ code: 'END_TIME_REQUIRED', message: expect.stringContaining('Ora di chiusura') });
  });
});

describe('drafts block closing', () => {
  it('refuses to close while a statement is only a draft, naming its item, and closes once it is discarded', async () => {
    const { meetingId, itemIds } = await liveMeeting();
    await t.call('meetings.saveDraft', { meetingId, key: statementDraftKey(itemIds[1]!), text: JSON.stringify({ speaker: null, text: 'testo a metà' }) });
    const before = databaseContent(t.backend);
    const error = await t.fail('meetings.close', { meetingId, endTime: '19:00' });
    expect(error).toMatchObject({ code: 'DRAFTS_PENDING', message: expect.stringContaining('non registrato') });
    expect(JSON.stringify(error)).toContain('punto 2 («Piano sociale di zona»)');
    expect(databaseContent(t.backend)).toBe(before);

    await t.call('meetings.saveDraft', { meetingId, key: statementDraftKey(itemIds[1]!), text: '' });
    expect((await t.call('meetings.close', { meetingId, endTime: '19:00' })).fields.status).toBe('closed');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stressLogo, stressMeeting, stressOptions } from '../../../bench/fixtures/stress-meeting';
import type { MeetingChange, MeetingView } from '../../../shared/api/contract';
import { MEETING_FILE_FORMAT, MEETING_FILE_VERSION } from '../../../shared/meeting-file';
import { createExampleBody, profileOf, testBackend, type MeetingWriteName, type TestBackend } from './helpers';

/** Meeting writes answer with what changed: the created id, never a blob, never the items they did not touch. */
let t: TestBackend;
const logo = stressLogo();

beforeAll(() => {
  t = testBackend();
});
afterAll(() => t.close());

function withoutLogoBytes(reply: unknown): void {
  const text = JSON.stringify(reply);
  expect(text).not.toContain(logo.base64.slice(0, 200));
}

describe('replies of the meeting writes', () => {
  let meetingId: string;
  let itemId: string;
  let memberId: string;

  beforeAll(async () => {
    const body = await createExampleBody(t);
    await t.call('bodies.updateProfile', { bodyId: body.id, profile: { ...profileOf(body), logo } });
    memberId = body.members[0]!.id;
    const created = await t.call('meetings.create', { bodyId: body.id, id: 'seduta-di-prova', date: '2026-11-22', startTime: '17:30', modality: 'mixed', place: '', convocation: 'first' });
    meetingId = created.meetingId;
    expect(created.createdId).toBe('seduta-di-prova');
    expect(created.body?.logo).toBeNull();
    expect(created.logo?.sha256).toMatch(/^[0-9a-f]{64}$/);
    withoutLogoBytes(created);
    for (const member of body.members) await t.call('meetings.setRollCall', { meetingId, memberId: member.id, presence: 'room' });
    itemId = (await t.call('meetings.addItem', { meetingId, title: 'Bilancio' })).createdId!;
    await t.call('meetings.start', { meetingId });
  });

  // Each creating write with the caller's id, and what it must answer.
  const creating: { method: MeetingWriteName; input: () => object; id: string }[] = [
    { method: 'meetings.addItem', input: () => ({ meetingId, itemId: 'punto-mio', title: 'Varie' }), id: 'punto-mio' },
    { method: 'meetings.addEntry', input: () => ({ meetingId, itemId, entry: { id: 'voce-mia', type: 'note', text: 'Nota' } }), id: 'voce-mia' },
    {
      method: 'meetings.addGuest',
      input: () => ({ meetingId, guest: { id: 'ospite-mio', honorific: 'Sig.ra', name: 'Anna Ferri', role: 'coordinatrice', organisation: 'Cooperativa Sole', gender: 'f' } }),
      id: 'ospite-mio',
    },
  ];

  for (const { method, input, id } of creating) {
    it(`${method} answers with the id the caller made, and refuses the same id again with nothing written`, async () => {
      const reply = (await t.call(method, input() as never)) as MeetingChange;
      expect(reply.createdId).toBe(id);
      withoutLogoBytes(reply);
      const again = await t.fail(method, input());
      expect(again.message).toMatch(/\S/);
      const view = await t.call('meetings.get', { meetingId });
      expect(view.version).toBe(reply.version);
    });
  }

  it('the server makes an id when the caller gives none, and says which', async () => {
    const reply = await t.call('meetings.addEntry', { meetingId, itemId, entry: { type: 'note', text: 'senza id' } });
    const view = await t.call('meetings.get', { meetingId });
    expect(view.meeting.items[0]!.entries.at(-1)!.id).toBe(reply.createdId);
  });

  // Every other meeting write: no blob, no created id.
  const others: { method: MeetingWriteName; input: (entryId: string) => object }[] = [
    { method: 'meetings.setRollCall', input: () => ({ meetingId, memberId, presence: 'room' }) },
    { method: 'meetings.updateEntry', input: (entryId) => ({ meetingId, entryId, entry: { type: 'note', text: 'Nota corretta' } }) },
    { method: 'meetings.moveEntry', input: (entryId) => ({ meetingId, entryId, toItemId: 'punto-mio', toIndex: 0 }) },
    { method: 'meetings.setCurrentItem', input: () => ({ meetingId, itemId: 'punto-mio' }) },
    { method: 'meetings.undo', input: () => ({ meetingId }) },
    { method: 'meetings.deleteEntry', input: (entryId) => ({ meetingId, entryId }) },
  ];
  for (const { method, input } of others) {
    it(`${method} answers with no blob and no created id`, async () => {
      const reply = (await t.call(method, input('voce-mia') as never)) as MeetingChange;
      expect(reply.createdId).toBeUndefined();
      expect(reply.meetingId).toBe(meetingId);
      withoutLogoBytes(reply);
    });
  }

  it('meetings.get carries the logo by hash, and blobs.get gives its bytes once asked by that hash', async () => {
    const view = await t.call('meetings.get', { meetingId });
    expect(view.meeting.body.logo).toBeNull();
    withoutLogoBytes(view);
    expect(await t.call('blobs.get', { meetingId, sha256: view.logo!.sha256 })).toEqual(logo);
    expect(await t.fail('blobs.get', { meetingId, sha256: '0'.repeat(64) })).toMatchObject({ kind: 'notFound' });
  });
});

describe('a reply on the 2,000-entry stress meeting with a 1.5 MB logo', () => {
  it('holds the changed item with only the new entry, and none of the logo, the other items or their entries', async () => {
    const meeting = { ...stressMeeting(stressOptions(1)), status: 'live' as const, endTime: null };
    const content = JSON.stringify({ format: MEETING_FILE_FORMAT, version: MEETING_FILE_VERSION, exportedAt: new Date().toISOString(), meeting });
    const imported: MeetingView = await t.call('files.importJson', { content });
    withoutLogoBytes(imported);
    const last = meeting.items.at(-1)!;
    const reply = await t.call('meetings.addEntry', { meetingId: meeting.id, itemId: last.id, entry: { id: 'nuova', type: 'note', text: 'Nota' } });
    withoutLogoBytes(reply);
    expect(reply.items.map((item) => item.id)).toEqual([last.id]);
    expect(reply.items[0]!.entryIds).toEqual([...last.entries.map((entry) => entry.id), 'nuova']);
    expect(reply.entries.map((entry) => entry.id)).toEqual(['nuova']);
    expect(reply.rollCall).toBeUndefined();
    expect(reply.itemIds).toEqual(meeting.items.map((item) => item.id));
    expect(reply.version).toBe(imported.version + 1);
  });
});

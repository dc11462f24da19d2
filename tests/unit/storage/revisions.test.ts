import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../../shared/api/contract';
import { openDocx, paragraphElements, elementText } from '../docx/docx-parts';
import { TINY_PNG_BASE64 } from '../docx/fixture-document';
import { createExampleBody, databaseContent, profileOf, testBackend, type TestBackend } from './helpers';

let t: TestBackend;
let meetingId: string;
let noteId: string;

/** A meeting closed twice: revision 1 says «prima stesura», revision 2 «seconda stesura», revision 3 is live. */
beforeEach(async () => {
  let clock = new Date('2026-11-20T18:00:00Z').getTime();
  t = testBackend({ now: () => new Date((clock += 60_000)) });
  const example = await createExampleBody(t);
  const body = await t.call('bodies.updateProfile', { bodyId: example.id, profile: { ...profileOf(example), logo: { mimeType: 'image/png', base64: TINY_PNG_BASE64 } } });
  const created = await t.call('meetings.create', { bodyId: body.id, date: '2026-11-20', startTime: '17:30', modality: 'presence', place: 'la Sala consiliare', convocation: 'first' });
  meetingId = created.meetingId;
  for (const member of body.members.slice(0, 12)) await t.call('meetings.setRollCall', { meetingId, memberId: member.id, presence: 'room' });
  await t.call('meetings.addItem', { meetingId, title: 'Comunicazioni del Presidente' });
  await t.call('meetings.start', { meetingId });
  const itemId = (await t.call('meetings.get', { meetingId })).meeting.items[0]!.id;
  await t.call('meetings.addEntry', { meetingId, itemId, entry: { type: 'note', text: 'Nota della prima stesura' } });
  noteId = (await t.call('meetings.get', { meetingId })).meeting.items[0]!.entries[0]!.id;
  await t.call('meetings.close', { meetingId, endTime: '19:00' });
  await t.call('meetings.reopen', { meetingId, reason: 'Refuso nella nota' });
  await t.call('meetings.updateEntry', { meetingId, entryId: noteId, entry: { type: 'note', text: 'Nota della seconda stesura' } });
  await t.call('meetings.close', { meetingId, endTime: '19:30' });
  await t.call('meetings.reopen', { meetingId, reason: 'Manca un allegato' });
});
afterEach(() => t.close());

describe('closed revisions, read through the API', () => {
  it('lists the revisions a reopening kept, oldest first, with when and why each was reopened', async () => {
    const revisions = await t.call('meetings.revisions', { meetingId });
    expect(revisions).toEqual([
      { revision: 1, endTime: '19:00', reason: 'Refuso nella nota', reopenedAt: expect.stringMatching(/^2026-11-20T/) },
      { revision: 2, endTime: '19:30', reason: 'Manca un allegato', reopenedAt: expect.stringMatching(/^2026-11-20T/) },
    ]);
    expect(revisions[0]!.reopenedAt < revisions[1]!.reopenedAt).toBe(true);
    expect((await t.call('meetings.get', { meetingId })).meeting).toMatchObject({ status: 'live', revision: 3 });
  });

  it('opens one revision as it was closed, with its check and the presence at the close', async () => {
    const first = await t.call('meetings.revision', { meetingId, revision: 1 });
    expect(first).toMatchObject({ revision: 1, reason: 'Refuso nella nota', endTime: '19:00' });
    expect(first.meeting).toMatchObject({ status: 'closed', revision: 1, endTime: '19:00' });
    expect(first.meeting.items[0]!.entries[0]).toMatchObject({ id: noteId, text: 'Nota della prima stesura' });
    expect(first.check.ok).toBe(true);
    expect(first.presenceAtClose.presentIds).toHaveLength(12);
    expect(first.quorumAtClose.holds).toBe(true);
    // No blob travels with it: the logo is named by hash, as in every view.
    expect(first.meeting.body.logo).toBeNull();
    expect(first.logo).toEqual({ sha256: createHash('sha256').update(Buffer.from(TINY_PNG_BASE64, 'base64')).digest('hex'), mimeType: 'image/png' });
    expect(JSON.stringify(first)).not.toContain(TINY_PNG_BASE64);
    const second = await t.call('meetings.revision', { meetingId, revision: 2 });
    expect(second.meeting.items[0]!.entries[0]).toMatchObject({ text: 'Nota della seconda stesura' });
  });

  it('exports a revision’s own verbale as DOCX', async () => {
    const file = await t.call('files.exportRevisionDocx', { meetingId, revision: 1 });
    expect(file.fileName).toBe('verbale-2026-11-20-rev1.docx');
    const docx = await openDocx(Buffer.from(file.base64, 'base64'));
    const text = paragraphElements(docx.text('word/document.xml')).map(elementText).join('\n');
    expect(text).toContain('Nota della prima stesura');
    expect(text).not.toContain('seconda stesura');
    expect(text).toContain('19:00');
  });

  it('is read-only: declared as reads, and reading changes nothing', async () => {
    for (const name of ['meetings.revisions', 'meetings.revision', 'files.exportRevisionDocx'] as const) {
      expect(contract[name].access).toEqual({ effect: 'read', callers: 'pages' });
    }
    const before = databaseContent(t.backend);
    await t.call('meetings.revision', { meetingId, revision: 2 });
    await t.call('files.exportRevisionDocx', { meetingId, revision: 2 });
    expect(databaseContent(t.backend)).toBe(before);
  });

  it('says in Italian when a revision or the meeting does not exist', async () => {
    expect(await t.fail('meetings.revision', { meetingId, revision: 3 })).toEqual({ kind: 'notFound', message: 'La seduta non ha una revisione 3 chiusa e riaperta.' });
    expect(await t.fail('files.exportRevisionDocx', { meetingId, revision: 9 })).toMatchObject({ kind: 'notFound' });
    expect(await t.fail('meetings.revisions', { meetingId: 'nessuna' })).toMatchObject({ kind: 'notFound', message: 'Seduta non trovata («nessuna»)' });
    expect(await t.fail('meetings.revision', { meetingId, revision: 0 })).toMatchObject({ kind: 'validation' });
  });
});

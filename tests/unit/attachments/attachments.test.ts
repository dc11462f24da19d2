import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildVerbale } from '../../../shared/verbale';
import { databaseContent, testBackend, type TestBackend } from '../storage/helpers';
import { PNG_1x1, base64, openExampleMeeting, tinyDocx, tinyOdt, tinyPdf } from './fixtures';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let t: TestBackend;
let meetingId: string;
let itemIds: string[];
beforeEach(async () => {
  t = testBackend();
  ({ meetingId, itemIds } = await openExampleMeeting(t));
});
afterEach(() => t.close());

const labelsOf = async () => (await t.call('meetings.get', { meetingId })).meeting.items.map((item) => item.attachments.map((a) => a.label));

describe('attachments as files', () => {
  it('a file added to the first item becomes All.1 and the others move up, numbered across the meeting; blobs.get gives its bytes', async () => {
    expect(await labelsOf()).toEqual([[], ['All.1', 'All.2'], ['All.3'], ['All.4'], []]);
    const pdf = tinyPdf('relazione');
    const change = await t.call('attachments.add', { meetingId, itemId: itemIds[0]!, title: 'Relazione del revisore', fileName: 'relazione.pdf', base64: base64(pdf) });
    expect(await labelsOf()).toEqual([['All.1'], ['All.2', 'All.3'], ['All.4'], ['All.5'], []]);
    const view = await t.call('meetings.get', { meetingId });
    const added = view.meeting.items[0]!.attachments[0]!;
    expect(added).toMatchObject({ id: change.createdId, title: 'Relazione del revisore', file: { fileName: 'relazione.pdf', mimeType: 'application/pdf', size: pdf.length, sha256: sha256(pdf) } });
    expect(await t.call('blobs.get', { meetingId, sha256: sha256(pdf) })).toEqual({ mimeType: 'application/pdf', base64: base64(pdf) });

    const verbale = buildVerbale(view.meeting);
    const headings = verbale.blocks.filter((block) => block.kind === 'itemHeading').map((block) => block.text);
    expect(headings[0]).toContain('(All.1)');
    expect(headings[1]).toContain('(All.2, All.3)');
    const list = verbale.blocks.filter((block) => block.kind === 'paragraph' && block.role === 'attachment').map((block) => (block.kind === 'paragraph' ? block.runs.map((run) => run.text).join('') : ''));
    expect(list).toEqual([
      'All.1 – Relazione del revisore (file: relazione.pdf)',
      'All.2 – Piano di Zona 2025-2027',
      expect.stringMatching(/^All\.3/),
      'All.4 – Prospetto di riparto FNPS 2024',
      'All.5 – Relazione sulla gestione 2024 del servizio di assistenza domiciliare',
    ]);

    await t.call('attachments.remove', { meetingId, itemId: itemIds[0]!, attachmentId: added.id });
    expect(await labelsOf()).toEqual([[], ['All.1', 'All.2'], ['All.3'], ['All.4'], []]);
  });

  it('the type comes from the bytes, not the name: a PNG called .pdf is a PNG, Word and OpenDocument packages are told apart, a text file is refused', async () => {
    const add = (fileName: string, bytes: Uint8Array) => t.call('attachments.add', { meetingId, itemId: itemIds[4]!, fileName, base64: base64(bytes) });
    await add('foto.pdf', PNG_1x1);
    await add('verbale.zip', tinyDocx());
    await add('nota', tinyOdt());
    const files = (await t.call('meetings.get', { meetingId })).meeting.items[4]!.attachments.map((a) => a.file?.mimeType);
    expect(files).toEqual(['image/png', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/vnd.oasis.opendocument.text']);

    const before = databaseContent(t.backend);
    const refused = await t.fail('attachments.add', { meetingId, itemId: itemIds[4]!, fileName: 'finto.pdf', base64: base64(Buffer.from('non sono un PDF')) });
    expect(refused).toMatchObject({ code: 'ATTACHMENT_TYPE_UNKNOWN' });
    expect(refused.message).toContain('«finto.pdf» non è di un tipo accettato');
    expect(databaseContent(t.backend)).toBe(before);
  });

  it('a file above 50 MB is refused in Italian and nothing is written', async () => {
    const before = databaseContent(t.backend);
    const big = Buffer.alloc(50 * 1024 * 1024 + 1, 0x20);
    big.write('%PDF-1.7\n');
    const refused = await t.fail('attachments.add', { meetingId, itemId: itemIds[0]!, fileName: 'grande.pdf', base64: base64(big) });
    expect(refused.message).toBe('Il file «grande.pdf» è di 50 MB: il limite è 50 MB per file.');
    expect(databaseContent(t.backend)).toBe(before);
  }, 30_000);

  it('after closing, attachments change only through a reopening (a new revision); an item edit cannot name a file that was not added', async () => {
    const pdf = tinyPdf();
    await t.call('attachments.add', { meetingId, itemId: itemIds[0]!, fileName: 'a.pdf', base64: base64(pdf) });
    const item = (await t.call('meetings.get', { meetingId })).meeting.items[1]!;
    const forged = { ...item.attachments[0]!, file: { sha256: sha256(PNG_1x1), fileName: 'x.png', mimeType: 'image/png' as const, size: PNG_1x1.length } };
    const refused = await t.fail('meetings.updateItem', { meetingId, itemId: item.id, title: item.title, attachments: [forged, ...item.attachments.slice(1)], linkedMeetingIds: [...item.linkedMeetingIds] });
    expect(refused).toMatchObject({ code: 'ATTACHMENT_FILE_UNKNOWN' });

    await t.call('meetings.close', { meetingId });
    const closed = await t.fail('attachments.add', { meetingId, itemId: itemIds[0]!, fileName: 'b.pdf', base64: base64(pdf) });
    expect(closed).toMatchObject({ code: 'MEETING_CLOSED' });
    const attachment = (await t.call('meetings.get', { meetingId })).meeting.items[0]!.attachments[0]!;
    expect(await t.fail('attachments.remove', { meetingId, itemId: itemIds[0]!, attachmentId: attachment.id })).toMatchObject({ code: 'MEETING_CLOSED' });
  });

  it('undo takes the attachment away again and the journal keeps the reference, not the bytes', async () => {
    const pdf = tinyPdf('x'.repeat(2_000));
    await t.call('attachments.add', { meetingId, itemId: itemIds[0]!, fileName: 'a.pdf', base64: base64(pdf) });
    const journal = await t.call('meetings.journal', { meetingId });
    expect(JSON.stringify(journal.at(-1))).not.toContain(base64(pdf).slice(0, 200));
    const undone = await t.call('meetings.undo', { meetingId });
    expect(undone.redoLabel).toContain('a.pdf');
    expect(await labelsOf()).toEqual([[], ['All.1', 'All.2'], ['All.3'], ['All.4'], []]);
  });
});

import { zipSync, strToU8 } from 'fflate';
import type { TestBackend } from '../storage/helpers';
import { exampleMeetingText } from '../storage/helpers';

/** A small but real PDF: header, one empty page, xref and trailer. */
export function tinyPdf(text = 'allegato'): Uint8Array {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Title (${text}) >>`];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return strToU8(body);
}

export const PNG_1x1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** An Office Open XML word-processing package as Word writes it (content types first, the document under word/). */
export function tinyDocx(): Uint8Array {
  return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), '_rels/.rels': strToU8('<Relationships/>'), 'word/document.xml': strToU8('<w:document/>') });
}

/** An OpenDocument text: the stored «mimetype» entry first. */
export function tinyOdt(): Uint8Array {
  return zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }], 'content.xml': strToU8('<office:document-content/>') });
}

export const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** The example meeting imported and reopened (revision 2, live): attachments can be added. Returns its id and items. */
export async function openExampleMeeting(t: TestBackend): Promise<{ meetingId: string; itemIds: string[] }> {
  const imported = await t.call('files.importJson', { content: exampleMeetingText() });
  const meetingId = imported.meeting.id;
  await t.call('meetings.reopen', { meetingId, reason: 'Allegati da aggiungere' });
  const view = await t.call('meetings.get', { meetingId });
  return { meetingId, itemIds: view.meeting.items.map((item) => item.id) };
}

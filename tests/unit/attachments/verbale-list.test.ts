import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { convertWithLibreOffice, normalise } from '../docx/libreoffice';
import { tool } from '../pdf/pdf-tools';
import { tempDir, testBackend, type TestBackend } from '../storage/helpers';
import { base64, openExampleMeeting, tinyPdf } from './fixtures';

let t: TestBackend;
let work: { dir: string; cleanup: () => void };
beforeEach(() => {
  t = testBackend();
  work = tempDir('verbalizza-elenco-allegati-');
});
afterEach(() => {
  t.close();
  work.cleanup();
});

describe('the list of attachments at the end of the verbale', () => {
  it('the DOCX (read back through LibreOffice) and the PDF/A end with «Allegati»: each number, title and file name, after the signatures', async () => {
    const { meetingId, itemIds } = await openExampleMeeting(t);
    await t.call('attachments.add', { meetingId, itemId: itemIds[0]!, title: 'Relazione del revisore', fileName: 'relazione-revisore.pdf', base64: base64(tinyPdf()) });
    const docx = join(work.dir, 'verbale.docx');
    const pdf = join(work.dir, 'verbale.pdf');
    writeFileSync(docx, Buffer.from((await t.call('files.exportDocx', { meetingId })).base64, 'base64'));
    writeFileSync(pdf, Buffer.from((await t.call('files.exportPdf', { meetingId })).base64, 'base64'));
    const converted = convertWithLibreOffice('txt:Text', [docx], work.dir);
    expect(converted.status, converted.stderr).toBe(0);
    const docxText = normalise(tool('cat', [join(work.dir, 'verbale.txt')]));
    const pdfText = normalise(tool('pdftotext', [pdf, '-']));
    for (const text of [docxText, pdfText]) {
      const list = text.slice(text.lastIndexOf('Allegati'));
      expect(list).toContain('All.1 – Relazione del revisore (file: relazione-revisore.pdf)');
      expect(list).toContain('All.2 – Piano di Zona 2025-2027');
      expect(list).toContain('All.5 – Relazione sulla gestione 2024');
      // After the signatures: the last thing of the verbale.
      expect(text.lastIndexOf('Allegati')).toBeGreaterThan(text.lastIndexOf('Il Presidente'));
    }
  }, 120_000);

  it('a meeting file naming an attachment file the archive does not hold is refused at import, nothing written', async () => {
    const { meetingId, itemIds } = await openExampleMeeting(t);
    await t.call('attachments.add', { meetingId, itemId: itemIds[0]!, fileName: 'relazione.pdf', base64: base64(tinyPdf()) });
    await t.call('meetings.close', { meetingId });
    const { content } = await t.call('files.exportJson', { meetingId });
    const other = testBackend();
    try {
      const refused = await other.fail('files.importJson', { content });
      expect(refused).toMatchObject({ code: 'ATTACHMENT_FILE_MISSING' });
      expect(refused.message).toContain("L'allegato All.1 («relazione.pdf») non è nell'archivio");
      expect(await other.call('meetings.search', {})).toEqual([]);
    } finally {
      other.close();
    }
  });
});

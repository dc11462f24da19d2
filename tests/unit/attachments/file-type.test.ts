import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { renderMeetingDocx } from '../../../electron/backend/docx';
import { recogniseFileType } from '../../../shared/attachments/file-type';
import { convertWithLibreOffice } from '../docx/libreoffice';
import { exampleMeetingFile, tempDir } from '../storage/helpers';
import { PNG_1x1 } from './fixtures';

let work: { dir: string; cleanup: () => void };
const made = new Map<string, Uint8Array>();

/**
 * Real office files: our DOCX and what LibreOffice Writer makes of it (OpenDocument text, Word 97-2003, PDF), and an
 * Excel workbook from write-excel-file (the machine's LibreOffice has no Calc).
 */
beforeAll(async () => {
  work = tempDir('verbalizza-tipi-');
  const docx = join(work.dir, 'verbale.docx');
  writeFileSync(docx, await renderMeetingDocx(exampleMeetingFile().meeting));
  for (const format of ['odt', 'doc', 'pdf']) {
    const result = convertWithLibreOffice(format, [docx], work.dir);
    expect(result.status, result.stderr).toBe(0);
  }
  for (const name of ['verbale.docx', 'verbale.odt', 'verbale.doc', 'verbale.pdf']) made.set(name, readFileSync(join(work.dir, name)));
  made.set('tabella.xlsx', await writeExcelFile([[{ value: 'ente' }, { value: 'abitanti' }], [{ value: 'Ponte Nuovo' }, { value: 12000 }]]).toBuffer());
}, 120_000);
afterAll(() => work.cleanup());

describe('an attachment\'s type comes from its bytes', () => {
  it('recognises real office files and images whatever they are called', () => {
    expect(recogniseFileType(made.get('verbale.docx')!)).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(recogniseFileType(made.get('verbale.odt')!)).toBe('application/vnd.oasis.opendocument.text');
    expect(recogniseFileType(made.get('verbale.doc')!)).toBe('application/msword');
    expect(recogniseFileType(made.get('verbale.pdf')!)).toBe('application/pdf');
    expect(recogniseFileType(made.get('tabella.xlsx')!)).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(recogniseFileType(PNG_1x1)).toBe('image/png');
  });

  it('refuses what only looks like one: text, a zip that is no office document, a truncated header', () => {
    expect(recogniseFileType(new TextEncoder().encode('PDF finto'))).toBeNull();
    expect(recogniseFileType(made.get('verbale.docx')!.subarray(0, 3))).toBeNull();
    // A plain zip (no [Content_Types].xml, no «mimetype» entry): the DOCX's parts renamed.
    const zip = Buffer.from(made.get('verbale.docx')!);
    let at = zip.indexOf('[Content_Types].xml');
    while (at >= 0) {
      zip.write('[Content_Typez].xml', at, 'latin1');
      at = zip.indexOf('[Content_Types].xml', at + 1);
    }
    expect(recogniseFileType(zip)).toBeNull();
  });
});

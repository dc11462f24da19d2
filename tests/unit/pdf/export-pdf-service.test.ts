import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/api/contract';
import { exampleMeetingText, testBackend } from '../storage/helpers';

describe('files.exportPdf', () => {
  it('returns the PDF/A as base64 to a page; files.savePdf (shell only) writes the same bytes where asked, leaving no temporary file', async () => {
    expect(contract['files.exportPdf'].access).toEqual({ effect: 'read', callers: 'pages' });
    expect(contract['files.savePdf'].access).toEqual({ effect: 'read', callers: 'shell' });
    const t = testBackend();
    try {
      const view = await t.call('files.importJson', { content: exampleMeetingText() });
      const inline = await t.call('files.exportPdf', { meetingId: view.meeting.id });
      expect(inline.fileName).toBe('verbale-2025-03-05-rev1.pdf');
      const bytes = Buffer.from(inline.base64, 'base64');
      expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
      const out = join(t.dir, 'verbale.pdf');
      const written = await t.call('files.savePdf', { meetingId: view.meeting.id, outputPath: out });
      expect(written).toEqual({ fileName: 'verbale-2025-03-05-rev1.pdf', path: out });
      expect(readFileSync(out).equals(bytes)).toBe(true);
      expect(readdirSync(t.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    } finally {
      t.close();
    }
  });
});

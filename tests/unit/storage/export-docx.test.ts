import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleMeetingText, testBackend } from './helpers';

describe('files.exportDocx', () => {
  it('returns the DOCX as base64 to a page; files.saveDocx (shell only) writes it where asked, leaving no temporary file', async () => {
    const t = testBackend();
    try {
      const view = await t.call('files.importJson', { content: exampleMeetingText() });
      const inline = await t.call('files.exportDocx', { meetingId: view.meeting.id });
      expect(inline.fileName).toBe('verbale-2025-03-05-rev1.docx');
      expect(Buffer.from(inline.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
      const out = join(t.dir, 'verbale.docx');
      const written = await t.call('files.saveDocx', { meetingId: view.meeting.id, outputPath: out });
      expect(written).toEqual({ fileName: 'verbale-2025-03-05-rev1.docx', path: out });
      expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
      expect(readdirSync(t.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    } finally {
      t.close();
    }
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleMeetingText, testBackend } from './helpers';

describe('files.exportDocx', () => {
  it('returns the DOCX as base64, or writes it where asked', async () => {
    const t = testBackend();
    try {
      const view = await t.call('files.importJson', { content: exampleMeetingText() });
      const inline = await t.call('files.exportDocx', { meetingId: view.meeting.id });
      expect(inline).toMatchObject({ fileName: 'verbale-2025-03-05-rev1.docx', path: null });
      expect(Buffer.from(inline.base64!, 'base64').subarray(0, 2).toString()).toBe('PK');
      const out = join(t.dir, 'verbale.docx');
      const written = await t.call('files.exportDocx', { meetingId: view.meeting.id, outputPath: out });
      expect(written).toMatchObject({ path: out, base64: null });
      expect(existsSync(out) && readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    } finally {
      t.close();
    }
  });
});

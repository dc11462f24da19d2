import { describe, expect, it } from 'vitest';
import { openDocx } from '../docx/docx-parts';
import { wordLetterhead } from '../docx/word-style-letterhead';
import { createExampleBody, databaseContent, profileOf, testBackend } from './helpers';

const LINES = { headerLines: ['Ufficio di Piano Val Chiara'], footerLines: ['PEC: ufficio@pec.valchiara.example'] };

describe('the letterhead through the API', () => {
  it('is saved with the body, copied into a new meeting, printed by its export, and never sent with a view', async () => {
    const t = testBackend();
    try {
      const body = await createExampleBody(t);
      const word = wordLetterhead();
      const saved = await t.call('bodies.updateProfile', { bodyId: body.id, profile: { ...profileOf(body), letterhead: { ...LINES, word } } });
      expect(saved.letterhead?.word?.fileName).toBe('carta.dotx');

      const change = await t.call('meetings.create', { bodyId: body.id, date: '2026-12-01', startTime: '17:30', modality: 'mixed', place: '', convocation: 'first' });
      expect(change.body?.letterhead).toEqual({ ...LINES, word: null });
      const view = await t.call('meetings.get', { meetingId: change.meetingId });
      expect(view.meeting.body.letterhead).toEqual({ ...LINES, word: null });
      expect(JSON.stringify(view)).not.toContain(word.base64.slice(0, 200));

      const exported = await t.call('files.exportDocx', { meetingId: change.meetingId });
      const parts = await openDocx(Buffer.from(exported.base64, 'base64'));
      expect(parts.paths.filter((path) => path.startsWith('word/letterhead-header'))).toHaveLength(2);
      expect(parts.text('word/document.xml')).toContain('<w:pgSz w:w="12240" w:h="15840"/>');
    } finally {
      t.close();
    }
  });

  it('refuses a file that is not a Word package at its field, changing nothing', async () => {
    const t = testBackend();
    try {
      const body = await createExampleBody(t);
      const before = databaseContent(t.backend);
      const png = { fileName: 'carta.docx', base64: Buffer.from('\x89PNG\r\n\x1a\nnon un documento').toString('base64') };
      const error = await t.fail('bodies.updateProfile', { bodyId: body.id, profile: { ...profileOf(body), letterhead: { ...LINES, word: png } } });
      expect(error).toMatchObject({
        kind: 'validation',
        issues: [{ path: 'profile.letterhead.word.base64', message: 'La carta intestata non è un documento Word valido (.docx o .dotx)' }],
      });
      expect(databaseContent(t.backend)).toBe(before);
    } finally {
      t.close();
    }
  });
});

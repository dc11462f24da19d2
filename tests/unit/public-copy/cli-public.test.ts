import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/backend/cli/main';
import { openBackend } from '../../../electron/backend/services/backend';
import { capture } from '../cli/in-process';
import { elementText, openDocx } from '../docx/docx-parts';
import { tool } from '../pdf/pdf-tools';
import { exampleMeetingFile, tempDir } from '../storage/helpers';

/** The example meeting file with its participant Giulia Neri (p01) marked as a private person. */
function markedMeetingFile(dir: string): string {
  const file = exampleMeetingFile();
  const path = join(dir, 'seduta.json');
  writeFileSync(path, JSON.stringify({ ...file, meeting: { ...file.meeting, omissions: { spans: [], entryIds: [], personIds: ['p01'] } } }));
  return path;
}

describe('CLI export-docx and export-pdf --public', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir('verbalizza-cli-public-')));
  afterEach(() => cleanup());

  it('writes the public copy of a meeting file, the name omitted; without --public the original keeps it', async () => {
    const source = markedMeetingFile(dir);
    const { io, out, err } = capture();
    const publicPdf = join(dir, 'pubblica.pdf');
    const publicDocx = join(dir, 'pubblica.docx');
    const originalPdf = join(dir, 'originale.pdf');
    expect(await runCli(['export-pdf', source, publicPdf, '--public'], io)).toBe(0);
    expect(await runCli(['export-docx', source, publicDocx, '--public'], io)).toBe(0);
    expect(await runCli(['export-pdf', source, originalPdf], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out).toEqual([
      `Copia per la pubblicazione PDF/A esportata: ${publicPdf}`,
      `Copia per la pubblicazione esportata: ${publicDocx}`,
      `Verbale PDF/A esportato: ${originalPdf}`,
    ]);
    expect(tool('pdftotext', [publicPdf, '-'])).not.toContain('Giulia Neri');
    expect(tool('pdftotext', [originalPdf, '-'])).toContain('Giulia Neri');
    const docx = elementText((await openDocx(readFileSync(publicDocx))).text('word/document.xml'));
    expect(docx).toContain('Copia per la pubblicazione — dati personali omessi');
    expect(docx).not.toContain('Giulia Neri');
  });

  it('writes the public copy of a meeting in the archive', async () => {
    const dataDir = join(dir, 'dati');
    const backend = openBackend(dataDir, { dailyBackup: false });
    const imported = await backend.dispatch('files.importJson', { content: readFileSync(markedMeetingFile(dir), 'utf8') });
    backend.close();
    if (!imported.ok) throw new Error(JSON.stringify(imported.error));
    const meetingId = exampleMeetingFile().meeting.id;
    const { io, out, err } = capture();
    const target = join(dir, 'pubblica.docx');
    expect(await runCli(['export-docx', meetingId, target, '--public', '--data-dir', dataDir], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out).toEqual([`Copia per la pubblicazione esportata: ${target}`]);
    expect(elementText((await openDocx(readFileSync(target))).text('word/document.xml'))).not.toContain('Giulia Neri');
  });

  it('refuses an unknown flag of export-pdf, as before', async () => {
    const { io, err } = capture();
    expect(await runCli(['export-pdf', markedMeetingFile(dir), join(dir, 'x.pdf'), '--pubblica'], io)).toBe(2);
    expect(err.join('\n')).toContain('[--public]');
  });
});

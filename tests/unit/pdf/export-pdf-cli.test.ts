import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/backend/cli/main';
import { renderMeetingPdf } from '../../../electron/backend/pdf';
import { openBackend } from '../../../electron/backend/services/backend';
import { MeetingFileSchema } from '../../../shared/meeting-file';
import { capture } from '../cli/in-process';
import { tool } from './pdf-tools';

const EXAMPLE = 'resources/examples/meeting.json';

describe('CLI export-pdf', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'verbalizza-cli-pdf-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('exports a meeting file without any database: a PDF/A-2a that qpdf finds clean', async () => {
    const { io, out, err } = capture();
    const target = join(dir, 'verbale.pdf');
    const dataDir = join(dir, 'dati');
    expect(await runCli(['export-pdf', EXAMPLE, target, '--data-dir', dataDir], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out).toEqual([`Verbale PDF/A esportato: ${target}`]);
    expect(existsSync(join(dataDir, 'verbalizza.sqlite'))).toBe(false);
    expect(tool('pdfinfo', ['-meta', target])).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(tool('qpdf', ['--check', target])).toMatch(/No syntax or stream encoding errors found/);
    // Written under a temporary name and renamed: nothing else is left in the folder.
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a meeting file whose tallies do not add up, lists each problem and writes nothing', async () => {
    const file = MeetingFileSchema.parse(JSON.parse(readFileSync(EXAMPLE, 'utf8')));
    const decision = file.meeting.items.flatMap((item) => item.entries).find((entry) => entry.type === 'decision' && entry.kind === 'vote');
    if (decision?.type !== 'decision' || decision.kind !== 'vote') throw new Error('esempio senza votazioni');
    const source = join(dir, 'seduta.json');
    writeFileSync(source, JSON.stringify({ ...file, meeting: { ...file.meeting, items: file.meeting.items.map((item) => ({ ...item, entries: item.entries.map((entry) => (entry === decision ? { ...decision, favourable: decision.favourable + 3 } : entry)) })) } }));
    const { io, out, err } = capture();
    const target = join(dir, 'verbale.pdf');
    expect(await runCli(['export-pdf', source, target, '--data-dir', join(dir, 'dati')], io)).toBe(1);
    expect(out).toEqual([]);
    expect(err[0]).toMatch(/^Impossibile esportare il verbale/);
    expect(err.slice(1).length).toBeGreaterThanOrEqual(1);
    expect(err.slice(1).every((line) => line.startsWith('  - Punto '))).toBe(true);
    expect(existsSync(target)).toBe(false);
  });

  it('explains wrong usage and a wrong extension', async () => {
    const usage = capture();
    expect(await runCli(['export-pdf', EXAMPLE, '--data-dir', join(dir, 'dati')], usage.io)).toBe(2);
    expect(usage.err[0]).toMatch(/^Uso: verbalizza export-pdf/);
    const extension = capture();
    expect(await runCli(['export-pdf', EXAMPLE, join(dir, 'verbale.docx'), '--data-dir', join(dir, 'dati')], extension.io)).toBe(2);
    expect(extension.err[0]).toContain('.pdf');
    expect(existsSync(join(dir, 'verbale.docx'))).toBe(false);
  });

  it('exports a meeting of the archive read-only while the app holds the archive, the same bytes as from its file', async () => {
    const dataDir = join(dir, 'dati');
    const app = openBackend(dataDir, { dailyBackup: false, writer: 'app' });
    try {
      const imported = await app.dispatch('files.importJson', { content: readFileSync(EXAMPLE, 'utf8') });
      if (!imported.ok) throw new Error(imported.error.message);
      const meetingId = (imported.result as { meeting: { id: string } }).meeting.id;
      const { io, err } = capture();
      const target = join(dir, 'dall-archivio.pdf');
      expect(await runCli(['export-pdf', meetingId, target, '--data-dir', dataDir], io)).toBe(0);
      expect(err).toEqual([]);
      const meeting = MeetingFileSchema.parse(JSON.parse(readFileSync(EXAMPLE, 'utf8'))).meeting;
      expect(readFileSync(target).equals(Buffer.from(await renderMeetingPdf(meeting)))).toBe(true);

      const unknown = capture();
      expect(await runCli(['export-pdf', 'seduta-che-non-esiste', join(dir, 'x.pdf'), '--data-dir', dataDir], unknown.io)).toBe(1);
      expect(unknown.err[0]).toMatch(/Seduta non trovata/);
      expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
    } finally {
      app.close();
    }
  });

  it('runs as a command of the verbalizza CLI and is listed in its help', () => {
    const target = join(dir, 'da-processo.pdf');
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'electron/backend/cli/main.ts', 'export-pdf', EXAMPLE, target, '--data-dir', join(dir, 'dati')], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(existsSync(target)).toBe(true);
    const help = spawnSync(process.execPath, ['--import', 'tsx', 'electron/backend/cli/main.ts', '--help'], { encoding: 'utf8' });
    expect(help.stdout).toContain('verbalizza export-pdf <id-seduta | file-seduta.json> <verbale.pdf>');
  });
});

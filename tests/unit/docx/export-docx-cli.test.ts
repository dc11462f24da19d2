import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../electron/backend/cli/command';
import { runCli } from '../../../electron/backend/cli/main';
import { contentSha256 } from '../../../electron/backend/docx';
import { openBackend } from '../../../electron/backend/services/backend';
import { MeetingFileSchema } from '../../../shared/meeting-file';
import { buildVerbale } from '../../../shared/verbale';
import { capture } from '../cli/in-process';
import { openDocx } from './docx-parts';

const EXAMPLE = 'resources/examples/meeting.json';

/** export-docx through the CLI entry, the data folder given as a user types it. */
function exportDocxCommand(args: string[], io: CliIo, { dataDir }: { dataDir?: string } = {}): Promise<number> {
  return runCli(['export-docx', ...args, ...(dataDir ? ['--data-dir', dataDir] : [])], io);
}

describe('CLI export-docx', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'verbalizza-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('exports a meeting file without any database', async () => {
    const { io, out, err } = capture();
    const target = join(dir, 'verbale.docx');
    const dataDir = join(dir, 'dati-inesistenti');
    expect(await exportDocxCommand([EXAMPLE, target], io, { dataDir })).toBe(0);
    expect(err).toEqual([]);
    expect(out).toEqual([`Verbale esportato: ${target}`]);
    expect(existsSync(dataDir)).toBe(false);
    const meeting = MeetingFileSchema.parse(JSON.parse(readFileSync(EXAMPLE, 'utf8'))).meeting;
    const parts = await openDocx(readFileSync(target));
    expect(parts.text('docProps/custom.xml')).toContain(contentSha256(buildVerbale(meeting)));
  });

  it('refuses a meeting file whose tallies do not add up, lists each problem and writes nothing', async () => {
    const file = MeetingFileSchema.parse(JSON.parse(readFileSync(EXAMPLE, 'utf8')));
    const decision = file.meeting.items.flatMap((item) => item.entries).find((entry) => entry.type === 'decision' && entry.kind === 'vote');
    if (decision?.type !== 'decision') throw new Error('esempio senza votazioni');
    decision.favourable += 3;
    const source = join(dir, 'seduta.json');
    writeFileSync(source, JSON.stringify(file));
    const { io, out, err } = capture();
    const target = join(dir, 'verbale.docx');
    expect(await exportDocxCommand([source, target], io)).toBe(1);
    expect(out).toEqual([]);
    expect(err[0]).toMatch(/^Impossibile esportare il verbale/);
    expect(err.slice(1).length).toBeGreaterThanOrEqual(1);
    expect(err.slice(1).every((line) => line.startsWith('  - Punto '))).toBe(true);
    expect(existsSync(target)).toBe(false);
  });

  it('explains wrong usage, a missing file and a file that is not a meeting', async () => {
    const usage = capture();
    expect(await exportDocxCommand([EXAMPLE], usage.io)).toBe(2);
    expect(usage.err[0]).toMatch(/^Uso: verbalizza export-docx/);
    const extension = capture();
    expect(await exportDocxCommand([EXAMPLE, join(dir, 'verbale.pdf')], extension.io)).toBe(2);
    expect(extension.err[0]).toContain('.docx');
    const missing = capture();
    expect(await exportDocxCommand([join(dir, 'manca.json'), join(dir, 'v.docx')], missing.io)).toBe(1);
    expect(missing.err[0]).toMatch(/^File di seduta non trovato/);
    const notMeeting = capture();
    writeFileSync(join(dir, 'altro.json'), '{"format":"altro"}');
    expect(await exportDocxCommand([join(dir, 'altro.json'), join(dir, 'v.docx')], notMeeting.io)).toBe(1);
    expect(notMeeting.err[0]).toMatch(/^File di seduta non valido/);
    expect(existsSync(join(dir, 'v.docx'))).toBe(false);
  });

  it('exports a meeting of the archive by its id through the API, and says so when the id is unknown', async () => {
    const dataDir = join(dir, 'dati');
    const backend = openBackend(dataDir, { dailyBackup: false });
    const imported = await backend.dispatch('files.importJson', { content: readFileSync(EXAMPLE, 'utf8') });
    backend.close();
    if (!imported.ok) throw new Error(imported.error.message);
    const meetingId = (imported.result as { meeting: { id: string } }).meeting.id;

    const { io, err } = capture();
    const target = join(dir, 'dall-archivio.docx');
    expect(await exportDocxCommand([meetingId, target, '--data-dir', dataDir], io)).toBe(0);
    expect(err).toEqual([]);
    expect((await openDocx(readFileSync(target))).text('docProps/custom.xml')).toContain(`VRB-${meetingId}-r1`);

    const unknown = capture();
    expect(await exportDocxCommand(['seduta-che-non-esiste', join(dir, 'x.docx'), '--data-dir', dataDir], unknown.io)).toBe(1);
    expect(unknown.err[0]).toMatch(/seduta/i);
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
  });

  it('runs as a command of the verbalizza CLI', () => {
    const target = join(dir, 'da-processo.docx');
    const args = ['--import', 'tsx', 'electron/backend/cli/main.ts', 'export-docx', EXAMPLE, target, '--data-dir', join(dir, 'dati')];
    const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Verbale esportato: ${target}`);
    expect(existsSync(target)).toBe(true);
    expect(existsSync(join(dir, 'dati'))).toBe(false);
  });
});

import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../../electron/backend/services/backend';
import { exampleMeetingText, tempDir } from '../storage/helpers';
import { PNG_1x1, base64, tinyPdf } from '../attachments/fixtures';
import { signP7m, throwawaySigner } from '../../fixtures/sign-with-openssl';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface IndexEntry {
  file: string;
  role: string;
  description: string;
  sha256: string;
  bytes: number;
}

let work: { dir: string; cleanup: () => void };
let data: string;

/** The `verbalizza` command as the user runs it (bin/verbalizza.mjs), a child process of its own. */
function cli(...args: string[]): { code: number | null; out: string; err: string } {
  const result = spawnSync(process.execPath, [join(import.meta.dirname, '..', '..', '..', 'bin', 'verbalizza.mjs'), ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}
let meetingId: string;
const relazione = tinyPdf('relazione del revisore');
let signedP7m: Buffer;
let exportedSha: string;

/** A closed meeting with two attachment files, exported for signing and signed back as .p7m, in a data folder of its own. */
beforeAll(async () => {
  work = tempDir('verbalizza-fascicolo-');
  data = join(work.dir, 'dati');
  const backend = openBackend(data, { dailyBackup: false });
  const call = async (name: string, input: unknown) => {
    const response = await backend.dispatch(name as never, input);
    if (!response.ok) throw new Error(JSON.stringify(response.error));
    return response.result as never;
  };
  const view: { meeting: { id: string; items: { id: string }[] } } = await call('files.importJson', { content: exampleMeetingText() });
  meetingId = view.meeting.id;
  await call('meetings.reopen', { meetingId, reason: 'allegati' });
  await call('attachments.add', { meetingId, itemId: view.meeting.items[0]!.id, title: 'Relazione del revisore', fileName: 'relazione.pdf', base64: base64(relazione) });
  await call('attachments.add', { meetingId, itemId: view.meeting.items[2]!.id, title: 'Planimetria', fileName: 'pianta: piano terra.png', base64: base64(PNG_1x1) });
  await call('meetings.close', { meetingId });
  const exported: { base64: string; sha256: string } = await call('signing.exportForSignature', { meetingId });
  exportedSha = exported.sha256;
  signedP7m = signP7m(work.dir, Buffer.from(exported.base64, 'base64'), throwawaySigner(work.dir));
  await call('signing.attachSigned', { meetingId, fileName: 'verbale-firmato.pdf.p7m', base64: base64(signedP7m) });
  backend.close();
}, 60_000);
afterAll(() => work.cleanup());

/** Every file the index names, hashed again from what is on disk; and nothing on disk that the index does not name. */
function checkFolder(folder: string): IndexEntry[] {
  const index = JSON.parse(readFileSync(join(folder, 'indice.json'), 'utf8')) as { meetingId: string; files: IndexEntry[] };
  expect(index.meetingId).toBe(meetingId);
  for (const entry of index.files) {
    const bytes = readFileSync(join(folder, entry.file));
    expect(sha256(bytes), entry.file).toBe(entry.sha256);
    expect(bytes.length).toBe(entry.bytes);
  }
  const onDisk = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1));
  expect(onDisk.sort()).toEqual([...index.files.map((entry) => entry.file), 'indice.csv', 'indice.json'].sort());
  const csv = readFileSync(join(folder, 'indice.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(csv[0]).toBe('file;ruolo;descrizione;sha256;byte');
  expect(csv.slice(1).map((line) => line.split(';')[3])).toEqual(index.files.map((entry) => entry.sha256));
  return index.files;
}

describe('verbalizza export-dossier', () => {
  it('a .zip whose index (CSV and JSON) names every file with its role and a SHA-256 the files have', () => {
    const zip = join(work.dir, 'fascicolo.zip');
    const result = cli('export-dossier', meetingId, zip, '--data-dir', data);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toBe(`Fascicolo esportato: ${zip}\n`);
    const unzipped = join(work.dir, 'estratto');
    execFileSync('unzip', ['-q', zip, '-d', unzipped]);
    const files = checkFolder(unzipped);
    expect(files.map((entry) => [entry.role, entry.file])).toEqual([
      ['verbale-pdfa', expect.stringMatching(/^verbale-\d{4}-\d{2}-\d{2}-rev2-per-firma\.pdf$/)],
      ['verbale-docx', expect.stringMatching(/^verbale-\d{4}-\d{2}-\d{2}-rev2\.docx$/)],
      ['verbale-firmato', 'verbale-firmato.pdf.p7m'],
      ['allegato', 'allegati/All.1 - relazione.pdf'],
      ['allegato', 'allegati/All.5 - pianta_ piano terra.png'],
    ]);
    // The PDF/A in the dossier is the very file that was signed; the attachments are the bytes uploaded.
    expect(files[0]!.sha256).toBe(exportedSha);
    expect(files[2]!.sha256).toBe(sha256(signedP7m));
    expect(files[3]!.sha256).toBe(sha256(relazione));
    expect(files[4]!.sha256).toBe(sha256(PNG_1x1));
    expect(files[3]!.description).toBe('Allegato All.1 – Relazione del revisore');
    expect(readdirSync(work.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('a new folder holds the same files; an existing folder with files in it is refused and left as it was', () => {
    const folder = join(work.dir, 'fascicolo');
    expect(cli('export-dossier', meetingId, folder, '--data-dir', data).code).toBe(0);
    expect(checkFolder(folder)).toHaveLength(5);

    const busy = join(work.dir, 'occupata');
    mkdirSync(busy);
    writeFileSync(join(busy, 'mio.txt'), 'non toccare');
    const refused = cli('export-dossier', meetingId, busy, '--data-dir', data);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('esiste già e non è una cartella vuota');
    expect(readdirSync(busy)).toEqual(['mio.txt']);
    expect(readdirSync(work.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('an unknown meeting is refused in Italian; wrong usage prints the usage', () => {
    const unknown = cli('export-dossier', 'nessuna', join(work.dir, 'x.zip'), '--data-dir', data);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('Seduta non trovata');
    expect(existsSync(join(work.dir, 'x.zip'))).toBe(false);
    expect(cli('export-dossier', meetingId, '--data-dir', data)).toMatchObject({ code: 2, err: expect.stringContaining('Uso: verbalizza export-dossier') });
  });
});

import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../../electron/backend/db/backup';
import { exampleMeetingFile, tempDir } from '../storage/helpers';
import { cli } from './in-process';

const root = join(import.meta.dirname, '..', '..', '..');
const exampleFile = join(root, 'resources/examples/meeting.json');
let dir: string;
let cleanup: () => void;

beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe('CLI', () => {
  it('imports, lists, exports to JSON and backs up, in Italian', async () => {
    const data = join(dir, 'dati');
    const imported = await cli('import', exampleFile, '--data-dir', data);
    expect(imported).toMatchObject({ code: 0, err: '' });
    expect(imported.out).toBe("Importata la seduta del 5 marzo 2025 (Assemblea dei Sindaci del Piano di Zona dell'Ambito Territoriale Sociale Val Chiara): id s-2025-03-05");
    const list = await cli('--data-dir', data, 'list');
    expect(list.out).toContain('s-2025-03-05  5 marzo 2025  Assemblea dei Sindaci');
    expect(list.out).toContain('(chiusa)');
    const json = await cli('list', '--json', `--data-dir=${data}`);
    expect(JSON.parse(json.out)[0]).toMatchObject({ id: 's-2025-03-05', status: 'closed' });

    const out = join(dir, 'copia.json');
    expect((await cli('export-json', 's-2025-03-05', out, '--data-dir', data)).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).meeting).toEqual(exampleMeetingFile().meeting);

    const backup = await cli('backup', '--data-dir', data);
    expect(backup.code).toBe(0);
    expect(backup.out).toMatch(/^Copia di sicurezza scritta: .*backups.*\.sqlite$/);
    expect(listBackups(data)).toHaveLength(1);
  });

  it('check prints presence, quorum, tally and outcome per decision and exits 0 on a clean meeting', async () => {
    const result = await cli('check', exampleFile);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Punto 3. Riparto del Fondo Nazionale Politiche Sociali 2024');
    expect(result.out).toContain('Presenti: 15 su 17 (11 in sala, 4 da remoto)');
    expect(result.out).toContain('Voti: 12 favorevoli, 1 contrario, 2 astenuti, 0 non votanti — tornano');
    expect(result.out).toMatch(/Numero legale: sì \(metà più uno dei componenti/);
    expect(result.out).toContain('Esito: approvato');
    expect(result.out).toContain('Verifica superata: nessun problema.');
  });

  it('reads a version-1 file as version 2 (check gives the same report; a count beside a shorter list exits 1 naming it)', async () => {
    const version1 = join(root, 'tests/fixtures/meeting-v1.json');
    const result = await cli('check', version1);
    expect(result).toEqual(await cli('check', exampleFile));
    const file = JSON.parse(readFileSync(version1, 'utf8'));
    file.meeting.items[2].entries[5].against = 2;
    const bad = join(dir, 'versione-1.json');
    writeFileSync(bad, JSON.stringify(file));
    const refused = await cli('check', bad);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('Punto 3, voce 6, contrari: 2 nel conteggio ma 1 indicato per nome');
  });

  it('check exits 1 and says what is wrong, also as JSON; works on a meeting in the archive', async () => {
    const file = JSON.parse(readFileSync(exampleFile, 'utf8'));
    file.meeting.items[2].entries[5].favourable = 11;
    const bad = join(dir, 'sbagliata.json');
    writeFileSync(bad, JSON.stringify(file));
    const human = await cli('check', bad);
    expect(human.code).toBe(1);
    expect(human.out).toContain('NON TORNANO');
    expect(human.out).toMatch(/Verifica NON superata: 1 problema\./);
    const json = await cli('check', bad, '--json');
    expect(json.code).toBe(1);
    const report = JSON.parse(json.out);
    expect(report.ok).toBe(false);
    expect(report.decisions.filter((d: { tallyOk: boolean }) => !d.tallyOk)).toHaveLength(1);
    expect(report.decisions[0]).toMatchObject({ present: 14, members: 17, quorum: { holds: true }, outcome: 'approved' });

    const data = join(dir, 'dati');
    await cli('import', exampleFile, '--data-dir', data);
    expect((await cli('check', 's-2025-03-05', '--data-dir', data)).code).toBe(0);
    const missing = await cli('check', 'nessuna', '--data-dir', data);
    expect(missing).toMatchObject({ code: 1, err: 'Seduta non trovata («nessuna»)' });
  });

  it('refuses a bad file on import naming the field, changing nothing', async () => {
    const file = JSON.parse(readFileSync(exampleFile, 'utf8'));
    file.meeting.date = '2025-02-30';
    const bad = join(dir, 'data-sbagliata.json');
    writeFileSync(bad, JSON.stringify(file));
    const data = join(dir, 'dati');
    const result = await cli('import', bad, '--data-dir', data);
    expect(result.code).toBe(1);
    expect(result.err).toContain('File di seduta non valido: Data inesistente');
    expect(result.err).toContain("Nessuna modifica all'archivio.");
    expect((await cli('list', '--data-dir', data)).out).toMatch(/^Nessuna seduta/);
  });

  it('explains wrong usage with exit 2', async () => {
    expect(await cli('export-json', 'solo-uno')).toMatchObject({ code: 2, err: 'Uso: verbalizza export-json <id-seduta> <file.json>' });
    expect((await cli('cancella')).err).toMatch(/^Comando sconosciuto: «cancella»/);
    expect((await cli('--data-dir')).code).toBe(2);
  });

  it('runs as the installed bin (tsx launcher)', () => {
    const result = spawnSync(process.execPath, [join(root, 'bin/verbalizza.mjs'), 'check', exampleFile, '--json'], { encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).ok).toBe(true);
  });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exampleMeetingFile, tempDir } from '../storage/helpers';
import { exampleCopy } from './helpers';
import { cli } from '../cli/in-process';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/** A folder of meeting files: two good ones, one the same meeting as another, one that the model refuses. */
function archiveFolder(): string {
  const folder = join(dir, 'archivio');
  mkdirSync(folder);
  writeFileSync(join(folder, 'a-marzo.json'), JSON.stringify(exampleMeetingFile()));
  writeFileSync(join(folder, 'b-aprile.json'), JSON.stringify(exampleCopy('s-2025-04-02', '2025-04-02')));
  writeFileSync(join(folder, 'c-copia-marzo.json'), JSON.stringify(exampleMeetingFile()));
  const bad = exampleCopy('s-2025-05-07', '2025-05-07');
  writeFileSync(join(folder, 'd-rotta.json'), JSON.stringify({ ...bad, meeting: { ...bad.meeting, startTime: '25:00' } }));
  writeFileSync(join(folder, 'leggimi.txt'), 'non una seduta');
  return folder;
}

describe('CLI import of several files and search', () => {
  it('imports a folder: each file reported, a refused one changes nothing and exits 1', async () => {
    const data = join(dir, 'dati');
    const result = await cli('import', archiveFolder(), '--data-dir', data);
    expect(result.code).toBe(1);
    const lines = result.out.split('\n');
    expect(lines[0]).toMatch(/^a-marzo\.json: importata la seduta del 5 marzo 2025 \(Assemblea dei Sindaci .*\): id s-2025-03-05$/);
    expect(lines[1]).toMatch(/^b-aprile\.json: importata la seduta del 2 aprile 2025 /);
    expect(lines[2]).toBe('c-copia-marzo.json: già presente, identica (id s-2025-03-05)');
    expect(lines.at(-1)).toBe("4 file: 2 importate, 1 già presenti, 1 rifiutata (i file rifiutati non hanno cambiato nulla nell'archivio).");
    expect(result.err.split('\n')[0]).toMatch(/^d-rotta\.json: rifiutata: /);
    expect(result.err).toContain('File di seduta non valido: Ora di inizio: Orario non valido: usare il formato HH:MM');
    const list = await cli('list', '--json', '--data-dir', data);
    expect(JSON.parse(list.out).map((m: { id: string }) => m.id).sort()).toEqual(['s-2025-03-05', 's-2025-04-02']);

    const again = await cli('import', join(dir, 'archivio', 'a-marzo.json'), join(dir, 'archivio', 'b-aprile.json'), '--data-dir', data);
    expect(again.code).toBe(0);
    expect(again.out.split('\n').at(-1)).toBe('2 file: 0 importate, 2 già presenti, 0 rifiutate.');
  });

  it('search prints each hit with meeting, item and the found words, filters by body and dates, and gives JSON', async () => {
    const data = join(dir, 'dati');
    await cli('import', archiveFolder(), '--data-dir', data);
    const found = await cli('search', 'astenuto', '--data-dir', data);
    expect(found).toMatchObject({ code: 0, err: '' });
    expect(found.out).toContain('5 marzo 2025 · Assemblea dei Sindaci del Piano di Zona');
    expect(found.out).toContain('(chiusa) · punto 3. Riparto del Fondo Nazionale Politiche Sociali 2024');
    expect(found.out).toContain('[Astenuti]: Comune di');
    expect(found.out.split('\n').at(-1)).toBe('4 risultati.');

    const april = await cli('search', 'citta', '--from', '2025-04-01', '--to=2025-04-30', '--body', 'val chiara', '--json', '--data-dir', data);
    const result = JSON.parse(april.out);
    expect(result.total).toBeGreaterThan(0);
    expect(new Set(result.hits.map((h: { meeting: { id: string } }) => h.meeting.id))).toEqual(new Set(['s-2025-04-02']));

    expect((await cli('search', 'citta', '--body', 'Consiglio', '--data-dir', data)).err).toMatch(/^Nessun organo corrisponde a «Consiglio»\. Organi nell'archivio: «Assemblea dei Sindaci/);
    const badDate = await cli('search', 'citta', '--from', '1 aprile', '--data-dir', data);
    expect(badDate.code).toBe(1);
    expect(badDate.err).toContain('Dalla data: Data non valida: usare il formato AAAA-MM-GG');
    expect((await cli('search', '--data-dir', data)).code).toBe(2);
    expect((await cli('search', 'nessunaparolacosì', '--data-dir', data)).out).toBe('Nessun risultato.');
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { tempDir } from '../storage/helpers';
import { cli } from '../cli/in-process';
import { archiveContent, exampleFileJson } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

it('imports the same file twice without duplicating it; a different file with the same id is refused naming what differs', async () => {
  const data = join(dir, 'dati');
  const file = join(dir, 'seduta.json');
  writeFileSync(file, JSON.stringify(exampleFileJson(), null, 2));
  expect((await cli('import', file, '--data-dir', data)).code).toBe(0);
  const stored = archiveContent(data);

  // A retry (the answer was lost): the same meeting, as another program may have formatted it.
  writeFileSync(file, JSON.stringify(exampleFileJson()));
  expect(await cli('import', file, '--data-dir', data)).toEqual({ code: 0, out: "Seduta già presente nell'archivio, identica: nulla da importare (id s-2025-03-05).", err: '' });
  expect(archiveContent(data)).toBe(stored);

  const changed = exampleFileJson();
  changed.meeting.endTime = '19:55';
  changed.meeting.items[1].title = 'Piano di Zona';
  writeFileSync(file, JSON.stringify(changed));
  const refused = await cli('import', file, '--data-dir', data);
  expect(refused.code).toBe(1);
  expect(refused.err.split('\n')[0]).toBe("Seduta già presente nell'archivio, diversa: ora di chiusura, punto 2 («Piano di Zona»).");
  expect(refused.err).toContain("Nessuna modifica all'archivio.");
  expect(archiveContent(data)).toBe(stored);
  expect((await cli('list', '--data-dir', data)).out).toMatch(/\n1 seduta\.$/);
});

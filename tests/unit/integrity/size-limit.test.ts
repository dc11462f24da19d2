import { closeSync, existsSync, ftruncateSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { MEETING_FILE_MAX_BYTES } from '../../../shared/meeting-file';
import { contract } from '../../../shared/api/contract';
import { tempDir } from '../storage/helpers';
import { cli } from '../cli/in-process';
import { archiveContent } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

it('refuses a 55 MB meeting file the same way in check, import and export-docx, before reading it', async () => {
  // Sparse: 55 MB on paper, nothing on disk. Read whole, it would not even be JSON.
  const file = join(dir, 'enorme.json');
  const fd = openSync(file, 'w');
  ftruncateSync(fd, 55_000_000);
  closeSync(fd);
  const message = `File troppo grande (55 MB): un file di seduta può avere al massimo 50 MB. ${file}`;
  const data = join(dir, 'dati');

  expect(await cli('check', file)).toEqual({ code: 1, out: '', err: message });
  expect(await cli('import', file, '--data-dir', data)).toEqual({ code: 1, out: '', err: message });
  expect(archiveContent(data)).toBe('');
  const docx = join(dir, 'verbale.docx');
  expect(await cli('export-docx', file, docx)).toEqual({ code: 1, out: '', err: message });
  expect(existsSync(docx)).toBe(false);
  // The API has the same limit.
  expect(contract['files.importJson'].input.safeParse({ content: ' '.repeat(MEETING_FILE_MAX_BYTES + 1) }).success).toBe(false);
});

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { checkScreen } from './helpers';
import { BODY_NAME, addEntry, meetingPath, startedMeeting, test } from './known-state';

const pdfTool = (command: string, args: string[]) => spawnSync(command, args, { encoding: 'utf8' }).stdout;

test('esporta PDF/A: dalla chiusura si scarica il verbale in PDF/A-2, con i font incorporati e tutto il testo', async ({ page, api }) => {
  const known = await startedMeeting(api);
  await addEntry(api, known, 0, { type: 'statement', speaker: { kind: 'member', memberId: known.seat(3) }, text: 'illustra il verbale della seduta precedente.' });
  await api.call('meetings.close', { meetingId: known.meetingId, endTime: '19:47' });

  await page.goto(meetingPath(known.meetingId, '/close'));
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Esporta PDF/A' }).click();
  const download = await downloadPromise;
  await expect(page.getByTestId('pdf-saved')).toHaveText(/^Verbale PDF\/A esportato: verbale-2026-11-20-rev1\.pdf$/);
  await checkScreen(page, '13-esporta-pdfa');

  expect(download.suggestedFilename()).toBe('verbale-2026-11-20-rev1.pdf');
  const file = (await download.path())!;
  expect(readFileSync(file).subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
  expect(pdfTool('pdfinfo', ['-meta', file])).toContain('<pdfaid:part>2</pdfaid:part>');
  expect(pdfTool('pdffonts', [file])).toMatch(/LiberationSerif\s+CID TrueType\s+Identity-H\s+yes/);
  const text = pdfTool('pdftotext', [file, '-']).replace(/\s+/g, ' ');
  for (const sentence of [BODY_NAME, 'illustra il verbale della seduta precedente.', 'si chiude alle ore 19:47', 'Pagina 1 di']) expect(text).toContain(sentence);
});

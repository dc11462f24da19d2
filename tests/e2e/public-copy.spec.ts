import { spawnSync } from 'node:child_process';
import { expect } from '@playwright/test';
import { checkScreen } from './helpers';
import { addEntry, meetingPath, startedMeeting, test } from './known-state';

const pdfText = (file: string) => spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');

test('copia per la pubblicazione: un nome segnato nel testo di un intervento manca dal PDF/A pubblico, sostituito da omissis', async ({ page, api }) => {
  const known = await startedMeeting(api);
  const text = 'segnala la situazione della signora Zaffiretti, seguita dai servizi.';
  await addEntry(api, known, 0, { type: 'statement', speaker: { kind: 'member', memberId: known.seat(3) }, text });

  await page.goto(meetingPath(known.meetingId));
  const statement = page.getByTestId('entry-statement').filter({ hasText: 'Zaffiretti' });
  await expect(statement).toBeVisible();
  // Select the name as the clerk does with the mouse or Shift+arrows.
  await statement.locator('[data-omissis-target]').evaluate((target, word) => {
    const node = [...target.childNodes].find((child) => child.textContent?.includes(word))!;
    const start = node.textContent!.indexOf(word);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + word.length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  }, 'Zaffiretti');
  await statement.getByRole('button', { name: 'Ometti nella copia pubblica' }).click();
  await expect(statement.locator('mark.omissis')).toHaveText('Zaffiretti');
  await checkScreen(page, '13-omissis-segnato');

  await api.call('meetings.close', { meetingId: known.meetingId, endTime: '19:47' });
  await page.goto(meetingPath(known.meetingId, '/close'));
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Copia per la pubblicazione (PDF/A)' }).click();
  const download = await downloadPromise;
  await expect(page.getByTestId('public-saved')).toHaveText('Copia per la pubblicazione esportata: verbale-2026-11-20-rev1-pubblicazione.pdf');
  await checkScreen(page, '13-copia-pubblicazione');

  expect(download.suggestedFilename()).toBe('verbale-2026-11-20-rev1-pubblicazione.pdf');
  const published = pdfText((await download.path())!);
  expect(published).toContain('Copia per la pubblicazione — dati personali omessi');
  expect(published).toContain('segnala la situazione della signora omissis, seguita dai servizi.');
  expect(published).not.toContain('Zaffiretti');
});

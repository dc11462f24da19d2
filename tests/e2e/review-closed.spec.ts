import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { checkScreen, docxText } from './helpers';
import { addEntry, meetingPath, startedMeeting, test } from './known-state';

test('una seduta chiusa si consulta punto per punto con il verbale intero, si esporta da lì, e riaprirla non cambia l’ora di chiusura', async ({ page, api }) => {
  const known = await startedMeeting(api);
  await addEntry(api, known, 0, { type: 'statement', speaker: { kind: 'member', memberId: known.seat(3) }, text: 'illustra il verbale della seduta precedente.' });
  await addEntry(api, known, 1, { type: 'statement', speaker: { kind: 'member', memberId: known.seat(4) }, text: 'chiede di rinviare il Piano sociale.' });
  await api.call('meetings.close', { meetingId: known.meetingId, endTime: '19:47' });

  await page.goto(meetingPath(known.meetingId));
  await expect(page.getByTestId('closed-banner')).toContainText('Seduta chiusa alle 19:47');
  await page.getByRole('button', { name: /Piano sociale di zona/ }).click();
  await expect(page.getByTestId('current-item')).toContainText('Punto 2: Piano sociale di zona 2027-2029');
  await expect(page.getByTestId('timeline')).toContainText('chiede di rinviare il Piano sociale.');
  await expect(page.getByTestId('save-status')).not.toContainText('errore');
  await page.keyboard.press('Alt+PageDown');
  await expect(page.getByTestId('current-item')).toContainText('Punto 3');
  // The whole verbale, every item, nothing left out.
  const preview = page.getByTestId('verbale-preview');
  await expect(preview).toContainText('illustra il verbale della seduta precedente.');
  await expect(preview).toContainText('chiede di rinviare il Piano sociale.');
  await expect(preview).not.toContainText('punti precedenti');
  await checkScreen(page, 'r1-seduta-chiusa-consultazione');

  const downloadPromise = page.waitForEvent('download', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Esporta verbale DOCX' }).click();
  const download = await downloadPromise;
  expect(await docxText(readFileSync((await download.path())!))).toContain('si chiude alle ore 19:47');

  // From the archive too: the row of a closed meeting exports its verbale in one step.
  await page.goto('/#/');
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Apri' }) }).filter({ hasText: 'Chiusa' }).first();
  const fromArchive = page.waitForEvent('download', { timeout: 30_000 });
  await row.getByRole('button', { name: 'Esporta DOCX' }).click();
  expect((await fromArchive).suggestedFilename()).toMatch(/\.docx$/);
  await page.goto(meetingPath(known.meetingId));

  await page.getByRole('link', { name: 'Revisioni e riapertura' }).click();
  await page.getByText('Riapri per una correzione').click();
  await page.getByLabel('Motivo della riapertura').fill('Refuso nel punto 2');
  await page.getByRole('button', { name: 'Riapri' }).click();
  await expect(page.getByTestId('stored-end-time')).toContainText('Ora di chiusura registrata: 19:47');
  await checkScreen(page, 'r2-riapertura-ora-registrata');
  await page.getByRole('button', { name: 'Chiudi la seduta' }).click();
  await page.getByRole('button', { name: 'Conferma: chiudi alle 19:47' }).click();
  await expect(page.getByRole('heading', { name: 'Seduta chiusa alle 19:47' })).toBeVisible();
  await expect(page.getByText('revisione 2')).toBeVisible();
});

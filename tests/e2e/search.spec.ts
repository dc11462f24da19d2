import { expect } from '@playwright/test';
import { checkScreen } from './helpers';
import { addEntry, startedMeeting, test } from './known-state';

test('cerca nell’archivio senza accenti, apre la seduta chiusa alla voce trovata, ed elimina una seduta in preparazione dopo conferma', async ({ page, api }) => {
  const known = await startedMeeting(api);
  await addEntry(api, known, 0, { type: 'statement', speaker: { kind: 'member', memberId: known.seat(3) }, text: 'illustra il verbale della seduta precedente.' });
  await addEntry(api, known, 1, {
    type: 'statement',
    speaker: { kind: 'member', memberId: known.seat(4) },
    text: 'chiede che la viabilità della Città di Castelquarto entri nel Piano sociale.',
  });
  await api.call('meetings.close', { meetingId: known.meetingId, endTime: '19:47' });

  await page.goto('/#/');
  const archive = page.getByRole('search');
  await archive.getByLabel(/^Testo/).fill('citta castelquarto');
  await archive.getByRole('button', { name: 'Cerca' }).click();
  const hits = page.getByTestId('search-hits');
  await expect(hits.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'risultat' })).toHaveText('1 risultato');
  const hit = hits.getByRole('listitem').first();
  await expect(hit).toContainText('20 novembre 2026');
  await expect(hit).toContainText('punto 2. Piano sociale di zona 2027-2029');
  await expect(hit.locator('mark')).toHaveText(['Città', 'Castelquarto']);
  await checkScreen(page, 'q1-ricerca-archivio');

  await hit.getByRole('link').click();
  await expect(page.getByTestId('closed-banner')).toContainText('Seduta chiusa alle 19:47');
  await expect(page.getByTestId('current-item')).toContainText('Punto 2: Piano sociale di zona 2027-2029');
  const found = page.locator('.entry--found');
  await expect(found).toContainText('Castelquarto');
  await expect(found).toBeInViewport();
  await expect(found).toHaveCSS('box-shadow', /inset/);
  await checkScreen(page, 'q2-seduta-aperta-alla-voce');

  // A meeting in preparation can go, after saying so; the list and the search no longer have it.
  await api.call('meetings.create', { bodyId: known.bodyId, date: '2019-05-13', startTime: '17:00', modality: 'presence', place: 'la Sala di Castelquarto', convocation: 'first' });
  await page.goto('/#/');
  await archive.getByLabel('Dal', { exact: true }).fill('2019-05-13');
  await archive.getByLabel('Al', { exact: true }).fill('2019-05-13');
  await archive.getByRole('button', { name: 'Cerca' }).click();
  const row = page.getByRole('row').filter({ hasText: '13 maggio 2019' });
  await expect(row).toHaveCount(1);
  await row.getByRole('button', { name: 'Elimina la seduta del 13 maggio 2019' }).click();
  const dialog = page.getByTestId('delete-draft');
  await expect(dialog).toContainText('La seduta del 13 maggio 2019');
  await expect(dialog).toContainText('Non si può annullare');
  await expect(dialog.getByRole('button', { name: 'Annulla' })).toBeFocused();
  await checkScreen(page, 'q3-conferma-eliminazione');
  await dialog.getByRole('button', { name: 'Elimina la seduta' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Nessuna seduta trovata.')).toBeVisible();
  // A live or closed meeting has no delete button.
  await archive.getByLabel('Dal', { exact: true }).fill('');
  await archive.getByLabel('Al', { exact: true }).fill('');
  await archive.getByRole('button', { name: 'Cerca' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Chiusa' }).first()).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Chiusa' }).getByRole('button', { name: /^Elimina/ })).toHaveCount(0);
});

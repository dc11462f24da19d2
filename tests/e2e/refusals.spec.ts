import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { checkScreen, typeVote } from './helpers';
import { arrival, meetingPath, startedMeeting, test } from './known-state';

test('un astenuto non ancora arrivato è rifiutato dicendo perché, accanto al campo', async ({ page, api }) => {
  const known = await startedMeeting(api);
  await arrival(api, known, 1, 7, '17:51');
  await page.goto(meetingPath(known.meetingId));
  await expect(page.getByTestId('speaker-input')).toBeFocused();
  await typeVote(page, 'il verbale della seduta del 16 ottobre 2026', ['7']);
  await expect(page.getByTestId('vote-abstained-refusal')).toHaveText('Comune di Valfonda non è presente in questo momento: arriva alle 17:51.');
  await page.keyboard.type('4');
  await expect(page.getByTestId('vote-abstained-refusal')).toBeHidden();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Alt+KeyC');
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('vote-against-refusal')).toHaveText('Comune di Roccafonda è già tra gli astenuti.');
  await checkScreen(page, 'r6-astenuto-rifiutato');
});

test('tipo di decisione da tastiera: presa d’atto all’unanimità in 3 tasti, punto non votato in 3', async ({ page, api }) => {
  const known = await startedMeeting(api);
  await page.goto(meetingPath(known.meetingId));
  await expect(page.getByTestId('speaker-input')).toBeFocused();
  await page.keyboard.press('Alt+KeyT');
  await expect(page.getByTestId('vote-subject')).toBeFocused();
  await page.keyboard.type("la relazione sull'attività dell'Ufficio di Piano");
  await page.keyboard.press('Alt+KeyU');
  await expect(page.getByTestId('vote-outcome')).toHaveText(/^Esito: Presa d'atto/);
  await expect(page.getByTestId('vote-outcome')).not.toContainText('Approvato');
  await checkScreen(page, 'r7-presa-atto-unanimita');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('vote-dialog')).toBeHidden();
  await expect(page.getByTestId('timeline')).toContainText("L'Assemblea prende atto della relazione sull'attività dell'Ufficio di Piano");

  await page.keyboard.press('Alt+KeyV');
  await page.keyboard.press('Alt+KeyN');
  await expect(page.getByTestId('vote-outcome')).toHaveText('Non oggetto di votazione');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('timeline')).toContainText('Il punto non è oggetto di votazione.');
});

test('un file di seduta rifiutato dice il campo in italiano, non il percorso tecnico', async ({ page }) => {
  const file = JSON.parse(readFileSync('resources/examples/meeting.json', 'utf8'));
  file.meeting.items[3].entries[2].text = 'Il bilancio\u0001 è approvato';
  await page.goto('/#/');
  await page.getByLabel('File di seduta Verbalizza (.json)').setInputFiles({ name: 'seduta.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  const banner = page.getByTestId('error-banner');
  await expect(banner.locator('strong')).toHaveText('File di seduta non valido: Punto 4, voce 3, testo: carattere non ammesso U+0001 alla posizione 12');
  // Its one problem is the message itself: not listed again under it.
  await expect(banner.getByRole('listitem')).toHaveCount(0);
  await expect(banner).not.toContainText('meeting.items');
  await checkScreen(page, 'r8-file-rifiutato-campo-italiano');
});

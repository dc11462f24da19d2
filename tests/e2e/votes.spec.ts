import { expect, type Page } from '@playwright/test';
import { checkScreen, typeVote } from './helpers';
import { arrival, meetingPath, setCurrentItem, startedMeeting, test, type Api } from './known-state';

/** The live screen of a meeting opened after its roll call (6 of 8 present); `allPresent` adds the two late arrivals on item 2. */
async function openLive(page: Page, api: Api, { itemIndex = 0, allPresent = false } = {}) {
  const known = await startedMeeting(api);
  if (allPresent) {
    await arrival(api, known, 0, 7, '17:51');
    await arrival(api, known, 0, 8, '18:02');
  }
  if (itemIndex > 0) await setCurrentItem(api, known, itemIndex);
  await page.goto(meetingPath(known.meetingId));
  await expect(page.getByTestId('speaker-input')).toBeFocused();
  return known;
}

async function submitVote(page: Page) {
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('vote-dialog')).toBeHidden();
}

test('votazione all’unanimità da tastiera: Alt+V, oggetto, Alt+U, Invio', async ({ page, api }) => {
  await openLive(page, api);
  await typeVote(page, 'il verbale della seduta del 16 ottobre 2026');
  await page.keyboard.press('Alt+KeyU');
  await expect(page.getByTestId('vote-submit')).toBeFocused();
  await expect(page.getByTestId('vote-sentence')).toContainText("con il voto favorevole dell'unanimità dei presenti");
  await checkScreen(page, '08-votazione-unanimita');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('vote-dialog')).toBeHidden();
  await expect(page.getByTestId('timeline')).toContainText(
    "L'Assemblea approva il verbale della seduta del 16 ottobre 2026 con il voto favorevole dell'unanimità dei presenti.",
  );
});

test('votazioni con astenuti e contrari nominati per numero di seggio o per nome', async ({ page, api }) => {
  await openLive(page, api, { itemIndex: 1, allPresent: true });
  await expect(page.getByTestId('quorum-heads')).toContainText('8 su 8');
  await typeVote(page, 'il Piano sociale di zona 2027-2029', ['4']);
  await expect(page.getByTestId('vote-abstained')).toContainText('Comune di Roccafonda');
  await expect(page.getByTestId('vote-sentence')).toContainText('con 7 voti favorevoli e 1 astenuto (Comune di Roccafonda)');
  await expect(page.getByTestId('vote-outcome')).toContainText('Approvato');
  await submitVote(page);
  await expect(page.getByTestId('timeline')).toContainText('1 astenuto (Comune di Roccafonda)');

  await page.keyboard.press('Alt+PageDown');
  await expect(page.getByTestId('current-item')).toContainText('Punto 3');
  await typeVote(page, 'il programma di formazione degli operatori', ['3', 'roccaf']);
  await page.keyboard.press('Alt+KeyC');
  await page.keyboard.type('8');
  await page.keyboard.press('Enter');
  const sentence = 'con 5 voti favorevoli, 1 contrario (Comune di Zerbo) e 2 astenuti (Comune di Ponte Nuovo e Comune di Roccafonda)';
  await expect(page.getByTestId('vote-sentence')).toContainText(sentence);
  await submitVote(page);
  await expect(page.getByTestId('timeline')).toContainText(sentence);
  await expect(page.getByTestId('verbale-preview')).toContainText(sentence);
});

test('un conteggio che non torna con i presenti è rifiutato nella finestra di voto, poi corretto', async ({ page, api }) => {
  await openLive(page, api);
  await typeVote(page, 'il verbale della seduta del 16 ottobre 2026');
  await page.keyboard.press('Alt+KeyF');
  await expect(page.getByTestId('vote-favourable')).toBeFocused();
  await page.getByTestId('vote-favourable').fill('5');
  await expect(page.getByTestId('vote-problems')).toContainText('(5)');
  await expect(page.getByTestId('vote-submit')).toBeDisabled();
  await checkScreen(page, '09-votazione-conteggio-errato');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('vote-dialog')).toBeVisible();
  await page.getByRole('button', { name: 'Calcola dai presenti (6)' }).click();
  await expect(page.getByTestId('vote-problems')).toBeHidden();
  await expect(page.getByTestId('vote-submit')).toBeEnabled();
  await submitVote(page);
  await expect(page.getByTestId('timeline')).toContainText("L'Assemblea approva il verbale della seduta del 16 ottobre 2026");
});

test('presa d’atto, punto senza votazione e annullamento dell’ultima azione', async ({ page, api }) => {
  await openLive(page, api, { itemIndex: 2 });
  await page.keyboard.press('Alt+KeyV');
  await page.getByTestId('vote-kind').selectOption('noted');
  await page.getByTestId('vote-subject').fill("la relazione sull'attività dell'Ufficio di Piano");
  await expect(page.getByTestId('vote-sentence')).toContainText("L'Assemblea prende atto della relazione");
  await submitVote(page);
  await expect(page.getByTestId('timeline')).toContainText("L'Assemblea prende atto della relazione sull'attività dell'Ufficio di Piano.");

  await page.keyboard.press('Alt+PageDown');
  await expect(page.getByTestId('current-item')).toContainText('Punto 4');
  await page.keyboard.press('Alt+KeyV');
  await page.getByTestId('vote-kind').selectOption('noVote');
  await expect(page.getByTestId('vote-sentence')).toContainText('Il punto non è oggetto di votazione.');
  await submitVote(page);
  await expect(page.getByTestId('timeline')).toContainText('Il punto non è oggetto di votazione.');

  await page.keyboard.press('Alt+KeyZ');
  await expect(page.getByTestId('timeline')).not.toContainText('non è oggetto di votazione');
  await expect(page.getByTestId('verbale-preview')).not.toContainText('non è oggetto di votazione');
  await page.keyboard.press('Alt+KeyV');
  await page.getByTestId('vote-kind').selectOption('noVote');
  await submitVote(page);
  await expect(page.getByTestId('timeline')).toContainText('Il punto non è oggetto di votazione.');
  await expect(page.getByTestId('verbale-preview')).toContainText('Il punto non è oggetto di votazione.');
});

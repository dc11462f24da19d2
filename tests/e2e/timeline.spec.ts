import { expect, type Page } from '@playwright/test';
import { checkScreen, statement } from './helpers';
import { meetingPath, setCurrentItem, startedMeeting, test, type Api } from './known-state';

/** The live screen of a meeting opened after its roll call (6 of 8 present), on the given item. */
async function openLive(page: Page, api: Api, itemIndex = 0) {
  const known = await startedMeeting(api);
  if (itemIndex > 0) await setCurrentItem(api, known, itemIndex);
  await page.goto(meetingPath(known.meetingId));
  await expect(page.getByTestId('speaker-input')).toBeFocused();
  return known;
}

test('interventi da tastiera: un componente, la partecipante, un ospite aggiunto al volo', async ({ page, api }) => {
  await openLive(page, api, 1);
  await expect(page.getByTestId('current-item')).toContainText('Punto 2: Piano sociale di zona 2027-2029');
  await statement(page, 'ponte', 'presenta il documento di piano.');
  await statement(page, 'marchi', 'illustra il ruolo del servizio sociale professionale.');

  await page.keyboard.press('Alt+KeyN');
  await page.keyboard.type('Carla Fontana');
  await page.keyboard.press('Enter');
  const guestForm = page.getByTestId('guest-form');
  await expect(guestForm.getByLabel('Nome e cognome')).toHaveValue('Carla Fontana');
  await guestForm.getByLabel('Titolo').fill('Sig.ra');
  await guestForm.getByLabel('Genere').selectOption('f');
  await guestForm.getByLabel('Ruolo').fill('legale rappresentante');
  await guestForm.getByLabel('Ente o organizzazione').fill('Cooperativa Il Melograno');
  await guestForm.getByRole('button', { name: 'Aggiungi ospite' }).click();
  await expect(page.getByTestId('statement-text')).toBeFocused();
  await expect(page.getByTestId('speaker-selected')).toHaveText('Sig.ra Carla Fontana');
  await page.keyboard.type('illustra i servizi domiciliari.');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('timeline')).toContainText('CARLA FONTANA');
  await expect(page.getByTestId('timeline')).toContainText('illustra i servizi domiciliari.');
  await expect(page.getByTestId('verbale-preview')).toContainText('illustra i servizi domiciliari.');
});

test('arrivi e uscite: da tastiera e da pulsante, l’ora corretta sul posto, il quorum segue', async ({ page, api }) => {
  await openLive(page, api, 1);
  await expect(page.getByTestId('quorum-heads')).toContainText('6 su 8');
  await page.keyboard.press('Alt+KeyA');
  await expect(page.getByTestId('movement-member')).toBeFocused();
  await page.getByTestId('movement-time').fill('17:51');
  await page.getByTestId('movement-member').fill('7');
  await page.getByTestId('movement-member').press('Enter');
  await expect(page.getByTestId('timeline')).toContainText('Ore 17:51 Arriva: 7. Comune di Valfonda (in aula)');
  await expect(page.getByTestId('quorum-heads')).toContainText('7 su 8');

  await page.getByRole('button', { name: 'Arriva: Comune di Zerbo' }).click();
  await expect(page.getByTestId('quorum-heads')).toContainText('8 su 8');
  // The button stamps the current time: correct it in place.
  const zerbo = page.getByTestId('entry-movement').filter({ hasText: 'Comune di Zerbo' });
  await zerbo.getByRole('button', { name: 'Modifica' }).click();
  await zerbo.getByLabel('Ora', { exact: true }).fill('18:02');
  await zerbo.getByRole('button', { name: 'Salva modifica' }).click();
  await expect(page.getByTestId('timeline')).toContainText('Ore 18:02 Arriva: 8. Comune di Zerbo (in aula)');

  await page.keyboard.press('Alt+KeyE');
  await page.getByTestId('movement-time').fill('18:40');
  await page.getByTestId('movement-member').fill('2');
  await page.getByTestId('movement-member').press('Enter');
  await expect(page.getByTestId('quorum-heads')).toContainText('7 su 8');
  await expect(page.getByTestId('verbale-preview')).toContainText('Alle ore 18:40 lascia la seduta');
  await checkScreen(page, '10-seduta-in-corso');
});

test('aiuto: F1 mostra le scorciatoie, Esc lo chiude', async ({ page, api }) => {
  await openLive(page, api);
  await page.keyboard.press('F1');
  await expect(page.getByTestId('help-panel')).toBeVisible();
  await checkScreen(page, '11-scorciatoie');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('help-panel')).toBeHidden();
});

import { expect } from '@playwright/test';
import { checkScreen } from './helpers';
import { AGENDA, createBody, test } from './known-state';

test('preparazione: una seduta creata dall’archivio, quattro punti con un allegato, un punto spostato su e giù', async ({ page, api }) => {
  const body = await createBody(api);
  await page.goto('/');
  const newMeeting = page.getByRole('region', { name: 'Nuova seduta' });
  await newMeeting.getByLabel('Organo').selectOption(body.id);
  await newMeeting.getByLabel('Data', { exact: true }).fill('2026-11-20');
  await newMeeting.getByLabel('Ora di inizio').fill('17:30');
  await newMeeting.getByLabel('Modalità').selectOption('mixed');
  await newMeeting.getByLabel('Luogo (senza «presso»)').fill('la Sala consiliare del Comune di Ponte Nuovo');
  await checkScreen(page, '05-home');
  await newMeeting.getByRole('button', { name: 'Crea seduta' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Preparazione della seduta del 20 novembre 2026/ })).toBeVisible();

  const agenda = page.getByTestId('agenda-list').locator('> li');
  for (const [index, title] of AGENDA.entries()) {
    await page.getByTestId('new-item-title').fill(title);
    if (index === 1) {
      await page.getByRole('button', { name: 'Aggiungi allegato' }).last().click();
      await page.getByLabel("Titolo dell'allegato").last().fill('Documento di piano');
    }
    await page.getByRole('button', { name: 'Aggiungi punto' }).click();
    await expect(agenda).toHaveCount(index + 1);
  }
  await page.getByRole('button', { name: 'Sposta su: Varie ed eventuali' }).click();
  await expect(agenda.nth(2)).toContainText('Varie ed eventuali');
  await page.getByRole('button', { name: 'Sposta giù: Varie ed eventuali' }).click();
  await expect(agenda.nth(3)).toContainText('Varie ed eventuali');
  await checkScreen(page, '06-preparazione');

  await page.reload();
  for (const [index, title] of AGENDA.entries()) await expect(agenda.nth(index)).toContainText(title);
  await expect(agenda.nth(1)).toContainText('(All.1)');
});

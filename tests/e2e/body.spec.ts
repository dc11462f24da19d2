import { expect } from '@playwright/test';
import { MEMBERS_CSV, checkScreen } from './helpers';
import { BODY_NAME, test } from './known-state';

test('organo: creato da zero, componenti importati da CSV dopo un’anteprima con errori, un partecipante senza voto', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Archivio e organi' })).toBeVisible();
  await checkScreen(page, '01-home');

  await page.getByRole('link', { name: 'Nuovo organo' }).click();
  await page.getByLabel('Denominazione completa (titolo del verbale)').fill(BODY_NAME);
  await page.locator('#president-name').fill('Luca Bianchi');
  await page.locator('#minute-taker-name').fill('Anna Verdi');
  await page.locator('fieldset', { hasText: 'Verbalizzante' }).getByLabel('Ruolo').fill("Responsabile dell'Ufficio di Piano");
  await checkScreen(page, '02-nuovo-organo');
  await page.getByRole('button', { name: 'Crea organo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: BODY_NAME })).toBeVisible();

  await page.getByTestId('csv-text').fill(MEMBERS_CSV.replace('12.345', '12,3a'));
  await page.getByRole('button', { name: 'Anteprima' }).click();
  await expect(page.getByTestId('csv-preview')).toContainText('1 con errori');
  await expect(page.getByRole('button', { name: /Importa \d+ componenti/ })).toBeDisabled();
  await page.getByTestId('csv-text').fill(MEMBERS_CSV);
  await page.getByRole('button', { name: 'Anteprima' }).click();
  await expect(page.getByTestId('csv-preview')).toContainText('nessun errore');
  await checkScreen(page, '03-organo-anteprima-csv');
  await page.getByRole('button', { name: 'Importa 8 componenti' }).click();
  await expect(page.getByTestId('members-table')).toContainText("Comune di Sant'Andrea al Colle");
  await expect(page.getByTestId('members-table').locator('tbody tr')).toHaveCount(8);

  const participant = page.getByRole('form', { name: 'Partecipante' });
  await page.getByRole('button', { name: 'Aggiungi partecipante' }).click();
  await participant.getByLabel('Titolo').fill('Dott.ssa');
  await participant.getByLabel('Nome e cognome').fill('Giulia Marchi');
  await participant.getByLabel('Genere').selectOption('f');
  await participant.getByLabel('Ruolo').fill('Assistente sociale');
  await participant.getByLabel('Ente o organizzazione').fill('Ufficio di Piano');
  await page.getByRole('button', { name: 'Salva partecipante' }).click();
  await expect(page.getByRole('cell', { name: 'Dott.ssa Giulia Marchi' })).toBeVisible();
  await checkScreen(page, '04-organo');

  // What was saved, read back after a reload.
  await page.reload();
  await expect(page.getByTestId('members-table').locator('tbody tr')).toHaveCount(8);
  await expect(page.getByRole('cell', { name: 'Dott.ssa Giulia Marchi' })).toBeVisible();
});

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { ORGANISATIONS_CSV, checkScreen, docxText } from './helpers';
import { bodyPath, importTavoloSession, test } from './known-state';

test('il registro del tavolo e il documento di sintesi dei tre incontri di esempio, in DOCX e PDF/A', async ({ page, api }) => {
  let bodyId = '';
  const run = randomUUID().slice(0, 8);
  for (const n of [1, 2, 3] as const) {
    ({ bodyId } = await importTavoloSession(api, n, run));
  }
  await page.goto(bodyPath(bodyId));
  const register = page.getByTestId('tavolo-register');
  await expect(register.getByRole('row')).toHaveCount(21);
  // Three late joiners: two consultivo by their join date, one made operativo by the office.
  await expect(register.getByRole('row').filter({ hasText: 'Consultivo' })).toHaveCount(2);
  await expect(register.getByRole('row').filter({ hasText: 'indicato dall’Ufficio' })).toHaveCount(1);
  await checkScreen(page, '60-tavolo-registro');

  const docx = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Esporta documento di sintesi (DOCX)' }).click();
  const docxFile = await docx;
  expect(docxFile.suggestedFilename()).toMatch(/\.docx$/);
  const text = await docxText(readFileSync((await docxFile.path())!));
  expect(text).toContain('incontro n. 3 del');
  await expect(page.getByTestId('sintesi-saved')).toContainText('Documento di sintesi esportato');

  const pdf = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Esporta documento di sintesi (PDF/A)' }).click();
  const pdfFile = await pdf;
  expect(readFileSync((await pdfFile.path())!).subarray(0, 5).toString()).toBe('%PDF-');
});

test('le organizzazioni di un tavolo da un CSV: colonne riconosciute, anteprima, importazione, registro', async ({ page, api }) => {
  const { bodyId } = await importTavoloSession(api, 1);
  await page.goto(bodyPath(bodyId));
  await page.getByTestId('organisations-file').setInputFiles({ name: 'organizzazioni.csv', mimeType: 'text/csv', buffer: Buffer.from(ORGANISATIONS_CSV) });
  await expect(page.getByTestId('organisations-read')).toHaveText(['APS Il Ponte: Giulia Sala, Marco Riva', 'CGIL Valfonda: Luca Neri'].join(''));
  await checkScreen(page, '61-tavolo-organizzazioni-csv');
  await page.getByRole('button', { name: 'Importa organizzazioni' }).click();
  await expect(page.getByText('Importate 2 organizzazioni.')).toBeVisible();
  const register = page.getByTestId('tavolo-register');
  await expect(register.getByRole('row').filter({ hasText: 'CGIL Valfonda' })).toContainText('Consultivo');
  await expect(register.getByRole('row').filter({ hasText: 'APS Il Ponte' })).toContainText('0 su');
});

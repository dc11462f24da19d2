import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { checkScreen, closeAndExportDocx, docxText, saved } from './helpers';
import { BODY_NAME, createBody, oneItemMeeting, test } from './known-state';

const OPENING = 'Nella giornata del {data} si è {riunito} {organo_articolo}.';
const CLOSING = 'Alle ore {ora} la seduta è tolta.';

test('stile del verbale: la verbalizzante sceglie un modello, cambia due frasi, vede l’anteprima cambiare e il DOCX esportato dice esattamente quello', async ({ page, api }) => {
  const body = await createBody(api);
  await page.goto(`/#/body/${encodeURIComponent(body.id)}`);
  const editor = page.getByRole('region', { name: 'Stile del verbale' });
  const opening = editor.getByLabel('Frase di apertura', { exact: true });
  const closing = editor.getByLabel('Chiusura', { exact: true });
  // The body has no meeting yet: the examples come from the example meeting (5 marzo 2025).
  await expect(editor.getByTestId('example-opening')).toContainText('Il giorno 5 marzo 2025');

  await editor.getByLabel('Modello di partenza').selectOption('Sintetico');
  await editor.getByRole('button', { name: 'Ripristina dal modello', exact: true }).click();
  await expect(opening).toHaveValue(/^In data \{data\}/);
  await expect(editor.getByTestId('example-opening')).toContainText('In data 5 marzo 2025');
  await expect(editor.getByTestId('example-itemHeading')).toHaveText(/^Esempio: Punto 1 – /);

  // A mistyped placeholder is refused under its field, and saving waits until it is right.
  await opening.fill('Nella giornata del {dataa}');
  await expect(editor.getByRole('alert')).toHaveText('Frase di apertura, carattere 20: segnaposto sconosciuto {dataa}');
  await expect(editor.getByRole('button', { name: 'Salva lo stile' })).toBeDisabled();
  await checkScreen(page, 'stile-errore');

  await opening.fill(OPENING);
  await closing.fill(CLOSING);
  await expect(editor.getByTestId('example-opening')).toHaveText(/^Esempio: Nella giornata del 5 marzo 2025 si è riunita l'Assemblea dei Sindaci/);
  await expect(editor.getByTestId('example-closing')).toHaveText(/^Esempio: Alle ore \d\d:\d\d la seduta è tolta\.$/);
  await editor.getByLabel('Nome dello stile').fill('Ufficio di Piano');
  await editor.getByRole('button', { name: 'Salva lo stile' }).click();
  await saved(page);
  await expect(editor.getByRole('status')).toHaveText('Stile «Ufficio di Piano» salvato: vale per le sedute create da ora.');
  await checkScreen(page, 'stile-del-verbale');

  // Saving the profile form afterwards keeps the style just saved.
  await page.getByRole('button', { name: 'Salva dati e regole' }).click();
  await saved(page);
  expect(((await api.call('styles.get', { bodyId: body.id })) as { name: string }).name).toBe('Ufficio di Piano');

  // The style file: exported from the body as it is saved.
  const styleDownload = page.waitForEvent('download');
  await editor.getByRole('button', { name: 'Esporta lo stile salvato' }).click();
  const styleFile = JSON.parse(readFileSync((await (await styleDownload).path())!, 'utf8'));
  expect(styleFile).toMatchObject({ format: 'verbalizza.style', version: 1, style: { name: 'Ufficio di Piano', templates: { opening: OPENING, closing: CLOSING } } });

  // A meeting of this body, closed and exported from the closing screen.
  const meetingId = await oneItemMeeting(api, body);
  const lines = (await docxText(await closeAndExportDocx(page, meetingId))).split('\n');

  expect(lines).toContain(`Nella giornata del 20 novembre 2026 si è riunita l'${BODY_NAME}.`);
  expect(lines).toContain('Alle ore 18:30 la seduta è tolta.');
  expect(lines).toContain('Punto 1 – Comunicazioni del Presidente');
  expect(lines.filter((line) => /^Il giorno |si chiude alle ore|^1\. Comunicazioni/.test(line))).toEqual([]);
});

import { expect } from '@playwright/test';
import { checkScreen } from './helpers';
import { bodyPath, createBody, importTavoloSession, test } from './known-state';

test('stile del verbale di un tavolo: le frasi del tavolo con l’esempio dall’ultimo incontro, cambiate dal vivo; un’Assemblea non le vede', async ({ page, api }) => {
  const { bodyId } = await importTavoloSession(api, 2);
  await page.goto(bodyPath(bodyId));
  const editor = page.getByRole('region', { name: 'Stile del verbale' });
  const agreement = editor.getByLabel('Tavolo: punto condiviso', { exact: true });
  // A tavolo votes on nothing: of the style's choices only its guests' layout is left, named as its body screen names them.
  await expect(editor.getByRole('group', { name: 'Scelte dello stile' }).getByRole('combobox')).toHaveAccessibleName('Ospiti e altri partecipanti');
  await expect(agreement).toHaveValue('Punto condiviso: {testo}');
  // Nor the sentences of a vote, which its verbale never prints; its opening is there.
  await expect(editor.getByLabel('Votazione: approvata', { exact: true })).toHaveCount(0);
  await expect(editor.getByLabel('Frase di apertura', { exact: true })).toBeVisible();
  await expect(editor.getByTestId('example-tavoloAgreement')).toHaveText('Esempio: Punto condiviso: Gli alloggi di transizione hanno una durata massima di diciotto mesi, con un progetto personalizzato.');
  await expect(editor.getByTestId('example-tavoloOrganisation')).toHaveText('Esempio: Caritas Valchiara (RUNTS 10234, ruolo operativo): Dott.ssa Anna Neri, direttrice');

  await agreement.fill('Il tavolo conviene: {testo}');
  await expect(editor.getByTestId('example-tavoloAgreement')).toHaveText(/^Esempio: Il tavolo conviene: Gli alloggi di transizione/);
  await editor.getByLabel('Tavolo: approvazione del verbale', { exact: true }).fill('Osservazioni entro {giorno}.');
  await expect(editor.getByRole('alert')).toHaveText('Tavolo: approvazione del verbale, carattere 20: segnaposto sconosciuto {giorno}');
  await editor.getByLabel('Tavolo: approvazione del verbale', { exact: true }).fill('Osservazioni entro {giorni}.');
  await expect(editor.getByTestId('example-tavoloApproval')).toHaveText('Esempio: Osservazioni entro 10 giorni.');
  await agreement.scrollIntoViewIfNeeded();
  await checkScreen(page, '62-tavolo-stile');

  // An Assemblea's editor lists only the sentences its verbale can print.
  const assemblea = await createBody(api);
  await page.goto(bodyPath(assemblea.id));
  await expect(editor.getByLabel('Frase di apertura', { exact: true })).toBeVisible();
  await expect(editor.getByLabel('Tavolo: punto condiviso', { exact: true })).toHaveCount(0);
});

import { expect } from '@playwright/test';
import { checkScreen, typeInto } from './helpers';
import { bodyPath, importTavoloSession, test } from './known-state';


test("un'organizzazione arrivata dopo l'inizio dei lavori aggiunta, resa operativa dall'Ufficio, corretta ed eliminata, da tastiera", async ({ page, api }) => {
  const { bodyId } = await importTavoloSession(api, 1);
  await page.goto(bodyPath(bodyId));
  await expect(page.getByRole('heading', { name: 'Organizzazioni del tavolo (17)' })).toBeVisible();

  // Added: an ETS with its RUNTS number and two representatives, joined after the start of the work (2026-03-01).
  await page.getByRole('button', { name: 'Aggiungi organizzazione' }).focus();
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'Nuova organizzazione' });
  await expect(form.getByLabel('Denominazione')).toBeFocused();
  await page.keyboard.type('APS La Rete');
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Categoria')).toHaveValue('ets');
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('N. RUNTS (facoltativo)')).toBeFocused();
  await page.keyboard.type('55120');
  await form.getByLabel('Data di adesione', { exact: true }).fill('2026-06-01');
  const first = form.getByRole('group', { name: 'Rappresentante 1' });
  await typeInto(page, first.getByLabel('Titolo'), 'Dott.ssa', { replace: true });
  await page.keyboard.press('Tab');
  await page.keyboard.type('Giulia Sarti');
  await page.keyboard.press('Tab');
  await page.keyboard.type('presidente');
  await form.getByRole('button', { name: 'Aggiungi rappresentante' }).focus();
  await page.keyboard.press('Enter');
  const second = form.getByRole('group', { name: 'Rappresentante 2' });
  await typeInto(page, second.getByLabel('Nome e cognome'), 'Marco Bassi', { replace: true });
  await page.keyboard.press('Tab');
  await page.keyboard.type('volontario');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await expect(second.getByLabel('Genere')).toHaveValue('m');
  await checkScreen(page, '64-tavolo-organizzazione-nuova');
  await form.getByRole('button', { name: 'Salva organizzazione' }).focus();
  await page.keyboard.press('Enter');

  await expect(form).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Organizzazioni del tavolo (18)' })).toBeVisible();
  const row = page.getByTestId('tavolo-organisations').getByRole('row').filter({ hasText: 'APS La Rete' });
  await expect(row).toHaveText(/APS La Rete\s*ETS\s*55120\s*Dott.ssa Giulia Sarti, presidente; Marco Bassi, volontario/);
  const registerRow = page.getByTestId('tavolo-register').getByRole('row').filter({ hasText: 'APS La Rete' });
  await expect(registerRow).toHaveText(/giugno 2026\s*Consultivo\s*0 su 0/);

  // The same name as another organisation of the tavolo: refused in the banner, naming it, nothing saved.
  await page.getByRole('button', { name: 'Aggiungi organizzazione' }).focus();
  await page.keyboard.press('Enter');
  const again = page.getByRole('form', { name: 'Nuova organizzazione' });
  await page.keyboard.type('caritas valchiara');
  await typeInto(page, again.getByRole('group', { name: 'Rappresentante 1' }).getByLabel('Nome e cognome'), 'Piero Sala', { replace: true });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('error-banner').locator('strong')).toHaveText('Modifica rifiutata: Organizzazione «caritas valchiara»: nome già usato nel tavolo da «Caritas Valchiara».');
  await expect(page.getByRole('heading', { name: 'Organizzazioni del tavolo (18)' })).toBeVisible();
  await again.getByRole('button', { name: 'Annulla' }).focus();
  await page.keyboard.press('Enter');
  await expect(again).toHaveCount(0);

  // Edited: the office makes it operativo, and the second representative's name is corrected.
  await page.getByRole('button', { name: 'Modifica APS La Rete' }).focus();
  await page.keyboard.press('Enter');
  const edit = page.getByRole('form', { name: 'Modifica APS La Rete' });
  await expect(edit.getByLabel('N. RUNTS (facoltativo)')).toHaveValue('55120');
  await edit.getByLabel('Ruolo al tavolo').focus();
  await page.keyboard.press('ArrowDown');
  await expect(edit.getByLabel('Ruolo al tavolo')).toHaveValue('operativo');
  await typeInto(page, edit.getByRole('group', { name: 'Rappresentante 2' }).getByLabel('Nome e cognome'), 'Marco Bassi Ferri', { replace: true });
  await page.keyboard.press('Enter');
  await expect(edit).toHaveCount(0);
  await expect(row).toContainText('Marco Bassi Ferri, volontario');
  await expect(registerRow).toHaveText(/Operativo \(indicato dall’Ufficio\)/);
  await checkScreen(page, '65-tavolo-organizzazione-operativa');

  // Removed, after a confirmation that says the sessions already held keep it.
  await page.getByRole('button', { name: 'Elimina APS La Rete' }).focus();
  await page.keyboard.press('Enter');
  const confirm = page.getByTestId('remove-organisation');
  await expect(confirm).toContainText('Gli incontri già registrati non cambiano');
  await expect(confirm.getByRole('button', { name: 'Annulla' })).toBeFocused();
  await checkScreen(page, '66-tavolo-organizzazione-elimina');
  await page.keyboard.press('Tab');
  await expect(confirm.getByRole('button', { name: 'Elimina l’organizzazione' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Organizzazioni del tavolo (17)' })).toBeVisible();
  await expect(row).toHaveCount(0);
  await expect(registerRow).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Organizzazioni del tavolo (17)' })).toBeVisible();
});

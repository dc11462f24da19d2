import { expect } from '@playwright/test';
import { ORGANISATIONS_CSV, checkScreen, typeInto } from './helpers';
import { test } from './known-state';

const TAVOLO_NAME = 'Tavolo di co-programmazione «Anziani e disabilità»';

test('un tavolo creato da zero: tipo Tavolo, avviso, Ambito, Ufficio di Piano; organizzazioni da CSV che restano dopo un nuovo salvataggio dei dati', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Nuovo organo' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Nuovo organo' })).toBeVisible();
  const form = page.getByRole('form', { name: "Dati dell'organo" });
  await typeInto(page, form.getByLabel('Denominazione completa (titolo del verbale)'), TAVOLO_NAME);
  await page.locator('#body-kind').focus();
  await page.keyboard.press('t');
  await expect(page.locator('#body-kind')).toHaveValue('tavolo');
  // A tavolo neither votes nor counts a quorum, and has no vicepresident.
  await expect(form.getByText('Validità della seduta (quorum)')).toHaveCount(0);
  await expect(form.getByText('Maggioranza per le votazioni')).toHaveCount(0);
  await expect(form.getByText("C'è un vicepresidente")).toHaveCount(0);

  await typeInto(page, form.getByLabel('Ambito', { exact: true }), 'Ambito territoriale sociale Val Chiara');
  await typeInto(page, form.getByLabel("Titolo dell'avviso"), 'Avviso pubblico per la co-programmazione del Piano di Zona 2027-2029');
  await typeInto(page, form.getByLabel('Riferimento (determinazione, protocollo)'), 'Determinazione n. 112');
  // The order of a date field's parts follows the machine's locale, not the page's: set as the field stores it.
  await form.getByLabel("Data dell'avviso").fill('2026-02-02');
  await form.getByLabel('Inizio dei lavori').fill('2026-03-01');
  await expect(form.getByLabel("Data dell'avviso")).toHaveValue('2026-02-02');
  await expect(form.getByLabel('Inizio dei lavori')).toHaveValue('2026-03-01');

  await form.getByRole('button', { name: "Aggiungi persona dell'Ufficio di Piano" }).focus();
  await page.keyboard.press('Enter');
  const person = form.getByRole('group', { name: "Persona 1 dell'Ufficio di Piano" });
  await expect(person.getByLabel('Funzione')).toHaveValue('responsabile');
  await typeInto(page, person.getByLabel('Titolo'), 'Dott.ssa');
  await typeInto(page, person.getByLabel('Nome e cognome'), 'Chiara Lombardi');

  await typeInto(page, page.locator('#president-name'), 'Chiara Lombardi');
  await typeInto(page, page.locator('#minute-taker-name'), 'Giada Pellegrini');
  await checkScreen(page, '62-tavolo-nuovo');
  await form.getByRole('button', { name: 'Crea organo' }).focus();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: TAVOLO_NAME })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Organizzazioni del tavolo (0)' })).toBeVisible();
  // No members in a tavolo: neither their table nor their list import.
  await expect(page.getByRole('heading', { name: /Componenti con diritto di voto/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Importa componenti da un elenco' })).toHaveCount(0);

  await page.getByTestId('organisations-file').setInputFiles({ name: 'organizzazioni.csv', mimeType: 'text/csv', buffer: Buffer.from(ORGANISATIONS_CSV) });
  await expect(page.getByTestId('organisations-read')).toHaveText(['APS Il Ponte: Giulia Sala, Marco Riva', 'CGIL Valfonda: Luca Neri'].join(''));
  await page.getByRole('button', { name: 'Importa organizzazioni' }).click();
  await expect(page.getByText('Importate 2 organizzazioni.')).toBeVisible();
  const organisations = page.getByTestId('tavolo-organisations');
  await expect(organisations.locator('tbody tr')).toHaveText([/APS Il Ponte\s*ETS\s*12345\s*Giulia Sala, Presidentessa; Marco Riva, Volontario/, /CGIL Valfonda\s*Sindacato\s*Luca Neri, Segretario/]);
  await expect(page.getByTestId('tavolo-register').getByRole('row').filter({ hasText: 'CGIL Valfonda' })).toContainText('Consultivo');

  // The profile form was opened before the import: saving it again keeps the organisations.
  const profile = page.getByRole('form', { name: "Dati dell'organo" });
  await page.locator('#tavolo-ambito').focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Ambito di Valfonda');
  await profile.getByRole('button', { name: 'Salva dati e regole' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('profile-saved')).toContainText('Dati e regole salvati alle');
  await expect(organisations.locator('tbody tr')).toHaveCount(2);
  await checkScreen(page, '63-tavolo-organizzazioni');

  await page.reload();
  await expect(page.getByTestId('tavolo-organisations').locator('tbody tr')).toHaveCount(2);
  await expect(page.locator('#tavolo-ambito')).toHaveValue('Ambito di Valfonda');
  await expect(page.getByRole('group', { name: "Persona 1 dell'Ufficio di Piano" }).getByLabel('Nome e cognome')).toHaveValue('Chiara Lombardi');
});

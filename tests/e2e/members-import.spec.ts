import writeExcelFile from 'write-excel-file/node';
import { expect } from '@playwright/test';
import type { Body, BodyProfile } from '../../shared/model';
import { checkScreen, saved } from './helpers';
import { BODY_NAME, test } from './known-state';
import { STANDARD_STYLE } from '../../shared/style';

/** Rows as a clerk copies them out of her spreadsheet: tabs, her own headers, a typo in a number. */
const PASTED = ['N.\tComune\tSindaco/delegato\tPopolazione', '1\tComune di Borgo Alto\tMarta Rossi\t12.345', '2\tComune di Lago\tBruno Re\t12.3OO'].join('\n');

test('elenco dei componenti: righe incollate con le intestazioni dell’ufficio, colonne abbinate, errore che mostra che cosa è stato letto, poi un file Excel; il presidente siede per un ente', async ({ page, api }) => {
  await page.goto('/#/body/new');
  await expect(page.getByTestId('president-seat-later')).toContainText('dopo aver inserito o importato i componenti');

  const created = (await api.call('bodies.create', { profile: newProfile() })) as Body;
  await page.goto(`/#/body/${encodeURIComponent(created.id)}`);
  await expect(page.getByRole('heading', { level: 1, name: BODY_NAME })).toBeVisible();

  await page.getByTestId('csv-text').fill(PASTED);
  await page.getByRole('button', { name: 'Anteprima' }).click();
  const mapping = page.getByTestId('column-mapping');
  await expect(mapping.getByTestId('column-seat')).toHaveValue('N.');
  await expect(mapping.getByTestId('column-entity')).toHaveValue('Comune');
  await expect(mapping.getByTestId('column-name')).toHaveValue('Sindaco/delegato');
  await expect(mapping.getByTestId('column-population')).toHaveValue('Popolazione');
  const preview = page.getByTestId('csv-preview');
  await expect(preview.getByRole('row', { name: /12\.3OO/ })).toContainText('Riga 3: popolazione «12.3OO» non è un numero');
  await expect(page.getByRole('button', { name: 'Importa 2 componenti' })).toBeDisabled();
  await checkScreen(page, 'members-01-anteprima-con-errore');

  // The rules do not weigh population: the clerk leaves that column out.
  await mapping.getByTestId('column-population').selectOption('');
  await expect(preview).toContainText('2 righe lette, nessun errore');
  await expect(preview).toContainText('ogni rappresentante è registrato come «Sindaco» (M)');
  await page.getByRole('button', { name: 'Importa 2 componenti' }).click();
  await expect(page.getByTestId('members-table').locator('tbody tr')).toHaveCount(2);
  // No population read and none weighed by the rules: no column of zeros.
  await expect(page.getByTestId('members-table').getByRole('columnheader', { name: 'Popolazione' })).toHaveCount(0);

  // A workbook from Excel, with a date cell: read on the Node side, same mapping step.
  const xlsx = await writeExcelFile([
    ['Nr', 'Ente', 'Rappresentante', 'Ruolo', 'Sesso', 'Abitanti', 'Data popolazione'],
    [1, 'Comune di Borgo Alto', 'Marta Rossi', 'Sindaca', 'F', 12345, { value: new Date(Date.UTC(2024, 11, 31)), format: 'dd/mm/yyyy' }],
    [2, 'Comune di Lago', 'Bruno Re', 'Sindaco', 'M', 8020, { value: new Date(Date.UTC(2024, 11, 31)), format: 'dd/mm/yyyy' }],
    [3, 'Comunità Montana Alta Val Chiara', 'Elena Sala', 'Presidente', 'F', 9100, { value: new Date(Date.UTC(2024, 11, 31)), format: 'dd/mm/yyyy' }],
  ]).toBuffer();
  await page.getByTestId('csv-file').setInputFiles({ name: 'componenti.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: xlsx });
  await expect(preview).toContainText('3 righe lette, nessun errore');
  await expect(preview.getByRole('row', { name: /Comunità Montana/ })).toContainText('31/12/2024');
  await page.getByRole('button', { name: 'Importa 3 componenti' }).click();
  await expect(page.getByTestId('members-table').locator('tbody tr')).toHaveCount(3);
  await expect(page.getByTestId('members-table')).toContainText('9.100');

  // The template, as a download.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Excel', exact: true }).click();
  expect((await download).suggestedFilename()).toBe('componenti-modello.xlsx');

  // Members exist: the president's seat can be chosen, and names the president.
  const president = page.locator('fieldset', { has: page.locator('legend', { hasText: /^Presidente$/ }) });
  await president.getByLabel('Nome e cognome').fill('');
  await president.getByLabel('Siede per').selectOption({ label: '3. Comunità Montana Alta Val Chiara (Elena Sala)' });
  await expect(president.getByLabel('Nome e cognome')).toHaveValue('Elena Sala');
  await page.getByRole('button', { name: 'Salva dati e regole' }).click();
  await saved(page);
  const body = (await api.call('bodies.get', { bodyId: created.id })) as Body;
  expect(body.president).toMatchObject({ name: 'Elena Sala', gender: 'f', memberId: body.members.find((m) => m.seat === 3)!.id });
  await checkScreen(page, 'members-02-importati');
});

function newProfile(): BodyProfile {
  return {
    name: BODY_NAME,
    gender: 'f',
    kind: 'assemblea',
    president: { name: 'Luca Bianchi', role: 'Presidente', gender: 'm', memberId: null },
    vicePresident: null,
    minuteTaker: { name: 'Anna Verdi', role: '', gender: 'f', memberId: null },
    style: STANDARD_STYLE,
    rules: {
      quorum: { firstCall: { heads: { kind: 'halfPlusOne' }, population: { kind: 'none' } }, secondCall: { heads: { kind: 'any' }, population: { kind: 'none' } }, remoteCounts: true, recordInMinutes: true },
      majority: { majority: { kind: 'simple' }, base: 'voting', abstentionsInBase: false, weighting: 'heads' },
      votes: true,
      remoteAllowed: true,
    },
    logo: null,
  };
}

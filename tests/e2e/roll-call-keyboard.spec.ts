import { randomUUID } from 'node:crypto';
import { expect } from '@playwright/test';
import { checkScreen, saved } from './helpers';
import { MEETING_DATE, meetingPath, preparedMeeting, test } from './known-state';

test('appello da tastiera: tutti presenti, poi le eccezioni per numero d’ordine; chi siede per un ente cambiato sul posto con la delega', async ({ page, api }) => {
  const { meetingId } = await preparedMeeting(api);
  await page.goto(meetingPath(meetingId));
  const attendance = page.getByTestId('attendance-panel');
  const input = page.getByTestId('rollcall-input');
  await input.focus();

  await page.keyboard.press('Enter');
  await expect(page.getByTestId('rollcall-status')).toHaveText('Tutti: in aula.');
  await expect(page.getByTestId('quorum-heads')).toContainText('8 su 8');
  await page.keyboard.type('78');
  await expect(page.getByTestId('rollcall-target')).toHaveText('7. Comune di Valfonda, 8. Comune di Zerbo');
  await page.keyboard.press('-');
  await expect(page.getByTestId('rollcall-status')).toHaveText('7. Comune di Valfonda, 8. Comune di Zerbo: assenti.');
  await page.keyboard.type('56');
  await page.keyboard.press('*');
  await expect(page.getByTestId('rollcall-status')).toHaveText("5. Comune di Sant'Andrea al Colle, 6. Comunità Montana Alta Val Chiara: da remoto.");
  await page.keyboard.type('zerbo');
  await page.keyboard.press('-');
  await expect(page.getByTestId('quorum-heads')).toContainText('6 su 8');
  const radio = (entity: string, label: string) => attendance.getByRole('radiogroup', { name: `Presenza di ${entity}` }).getByLabel(label);
  await expect(radio('Comune di Borgo Alto', 'In aula')).toBeChecked();
  await expect(radio('Comunità Montana Alta Val Chiara', 'Da remoto')).toBeChecked();
  await expect(radio('Comune di Valfonda', 'Assente')).toBeChecked();

  // Who sits for the member: the Sindaco sends a delegate.
  const row = page.getByTestId('rollcall-row-2');
  await expect(row).toContainText('Sindaco Giorgio Conti');
  await row.getByRole('button', { name: 'Chi siede per Comune di Città di Lago' }).click();
  const form = row.getByRole('form', { name: 'Chi siede per Comune di Città di Lago' });
  await form.getByLabel('Nome e cognome').fill('Mario Bruni');
  await form.getByLabel('Ruolo').fill('Assessore delegato');
  await form.getByLabel('Delega (protocollo, data)').fill('prot. 1234 del 18/11/2026');
  await form.getByRole('button', { name: 'Salva' }).click();
  await saved(page);
  await expect(row).toContainText('Assessore delegato Mario Bruni (delega prot. 1234 del 18/11/2026)');
  await checkScreen(page, 'roll-call-keyboard-01');
});

test('seduta online: nessun «In aula»; Invio segna da remoto', async ({ page, api }) => {
  const { bodyId } = await preparedMeeting(api);
  const meetingId = randomUUID();
  await api.call('meetings.create', { bodyId, id: meetingId, date: MEETING_DATE, startTime: '18:30', modality: 'online', place: '', convocation: 'first' });
  await page.goto(meetingPath(meetingId));
  const attendance = page.getByTestId('attendance-panel');
  await expect(attendance.getByRole('radiogroup', { name: 'Presenza di Comune di Borgo Alto' }).getByText('In aula')).toHaveCount(0);
  await page.getByTestId('rollcall-input').focus();
  await page.keyboard.type('1');
  await page.keyboard.press('+');
  await expect(page.getByTestId('rollcall-status')).toHaveText('Seduta online: nessuno è «In aula».');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('rollcall-status')).toHaveText('1. Comune di Borgo Alto: da remoto.');
  await expect(attendance.getByRole('radiogroup', { name: 'Presenza di Comune di Borgo Alto' }).getByLabel('Da remoto')).toBeChecked();
  await checkScreen(page, 'roll-call-keyboard-02-online');
});

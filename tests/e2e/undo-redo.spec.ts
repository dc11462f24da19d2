import { expect } from '@playwright/test';
import { checkScreen, statement } from './helpers';
import { meetingPath, startedMeeting, test } from './known-state';

test('annulla dice cosa annulla, rimette il testo nel riquadro dell’intervento, e Ripeti lo registra di nuovo', async ({ page, api }) => {
  const known = await startedMeeting(api);
  await page.goto(meetingPath(known.meetingId));
  await expect(page.getByTestId('speaker-input')).toBeFocused();
  const text = 'illustra la proposta di riparto del fondo per la non autosufficienza tra i comuni dell’Ambito.';
  await statement(page, 'bianchi', text);
  await expect(page.getByTestId('undo')).toHaveText(/Annulla: intervento di LUCA BIANCHI/);

  await page.keyboard.press('Alt+KeyZ');
  await expect(page.getByTestId('live-notice')).toHaveText('Annullato: intervento di LUCA BIANCHI.');
  await expect(page.getByTestId('timeline')).not.toContainText(text);
  await expect(page.getByTestId('statement-text')).toHaveValue(text);
  await expect(page.getByTestId('speaker-selected')).toHaveText('Luca Bianchi');
  await expect(page.getByTestId('redo')).toHaveText(/Ripeti: intervento di LUCA BIANCHI/);
  await checkScreen(page, 'r3-annulla-intervento');

  await page.keyboard.press('Alt+KeyY');
  await expect(page.getByTestId('live-notice')).toHaveText('Ripetuto: intervento di LUCA BIANCHI.');
  await expect(page.getByTestId('timeline')).toContainText(text);
  await expect(page.getByTestId('statement-text')).toHaveValue('');
  await expect(page.getByTestId('redo')).toBeHidden();
});

test('Ctrl+Invio salva la modifica di un intervento', async ({ page, api }) => {
  const known = await startedMeeting(api);
  await page.goto(meetingPath(known.meetingId));
  await expect(page.getByTestId('speaker-input')).toBeFocused();
  await statement(page, 'bianchi', 'illustra il verbale.');
  await page.getByTestId('entry-statement').getByRole('button', { name: 'Modifica' }).click();
  await page.getByRole('textbox', { name: 'Testo', exact: true }).fill('illustra il verbale della seduta precedente.');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('timeline')).toContainText('illustra il verbale della seduta precedente.');
  await expect(page.getByRole('button', { name: /Salva modifica/ })).toBeHidden();
});

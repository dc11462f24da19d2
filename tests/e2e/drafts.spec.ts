import { expect } from '@playwright/test';
import { checkScreen, unrecordedStatement } from './helpers';
import { meetingPath, startedMeeting, test } from './known-state';

test('una bozza non registrata resta in vista: segno sul punto, elenco, e la verifica finale blocca la chiusura finché non è scartata', async ({ page, api }) => {
  const known = await startedMeeting(api);
  await page.goto(meetingPath(known.meetingId));
  await expect(page.getByTestId('speaker-input')).toBeFocused();
  const draftText = 'chiede notizie sul bando per il trasporto sociale';
  await unrecordedStatement(page, api, known.meetingId, 'galli', draftText);

  await page.keyboard.press('Alt+PageDown');
  await expect(page.getByTestId('current-item')).toContainText('Punto 2');
  const first = page.getByRole('button', { name: /Approvazione del verbale/ });
  await expect(first.getByTestId('draft-marker')).toHaveText('bozza');
  await expect(page.getByTestId('draft-list')).toContainText('nei punti: 1');
  await checkScreen(page, 'r4-bozza-segnata');

  await page.getByRole('link', { name: 'Chiusura ed esportazione' }).click();
  await expect(page.getByTestId('pending-draft')).toContainText(`Punto 1: Approvazione del verbale della seduta precedente: intervento non registrato «${draftText}»`);
  await expect(page.getByTestId('check-ok')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Chiudi la seduta' })).toBeDisabled();
  await checkScreen(page, 'r5-bozza-blocca-chiusura');

  await page.getByRole('button', { name: 'Scarta la bozza' }).click();
  await expect(page.getByTestId('check-ok')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Chiudi la seduta' })).toBeEnabled();
});

import { expect } from '@playwright/test';
import type { Draft } from '../../shared/api/contract';
import { checkScreen } from './helpers';
import { meetingPath, startedMeeting, test } from './known-state';

test('una bozza non registrata resta in vista: segno sul punto, elenco, e la verifica finale blocca la chiusura finché non è scartata', async ({ page, api }) => {
  const known = await startedMeeting(api);
  await page.goto(meetingPath(known.meetingId));
  await expect(page.getByTestId('speaker-input')).toBeFocused();
  await page.keyboard.type('galli');
  await page.keyboard.press('Enter');
  const draftText = 'chiede notizie sul bando per il trasporto sociale';
  await page.keyboard.type(draftText);
  await expect
    .poll(async () => ((await api.call('meetings.drafts', { meetingId: known.meetingId })) as Draft[]).some((d) => d.text.includes(draftText)))
    .toBe(true);

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

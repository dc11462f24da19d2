import { expect } from '@playwright/test';
import { checkScreen, saved } from './helpers';
import { meetingPath, preparedMeeting, test } from './known-state';

test('appello: quattro in aula, due da remoto, una partecipante; il quorum si aggiorna e la seduta si apre', async ({ page, api }) => {
  const { meetingId } = await preparedMeeting(api);
  await page.goto(meetingPath(meetingId));
  await expect(page.getByRole('heading', { name: 'Appello' })).toBeVisible();
  const attendance = page.getByTestId('attendance-panel');
  const setPresence = async (entity: string, label: 'In aula' | 'Da remoto') => {
    await attendance.getByRole('radiogroup', { name: `Presenza di ${entity}` }).getByText(label).click();
    await saved(page);
  };
  await setPresence('Comune di Borgo Alto', 'In aula');
  await setPresence('Comune di Città di Lago', 'In aula');
  await setPresence('Comune di Ponte Nuovo', 'In aula');
  await expect(page.getByTestId('quorum-panel')).toContainText('Quorum non raggiunto');
  await setPresence('Comune di Roccafonda', 'In aula');
  await setPresence("Comune di Sant'Andrea al Colle", 'Da remoto');
  await setPresence('Comunità Montana Alta Val Chiara', 'Da remoto');
  // Controlled by the saved state: the box ticks once the server has recorded it.
  await attendance.getByLabel('Dott.ssa Giulia Marchi').click();
  await expect(attendance.getByLabel('Dott.ssa Giulia Marchi')).toBeChecked();
  await expect(page.getByTestId('quorum-heads')).toContainText('6 su 8');
  await expect(page.getByTestId('quorum-panel')).toContainText('Seduta valida');
  await checkScreen(page, '07-appello');
  await page.getByRole('button', { name: 'Apri la seduta' }).click();
  await expect(page.getByRole('heading', { name: 'Presenze' })).toBeVisible();
  await expect(page.getByTestId('speaker-input')).toBeFocused();
});

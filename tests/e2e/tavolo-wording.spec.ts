import { expect } from '@playwright/test';
import { checkScreen } from './helpers';
import { bodyPath, importTavoloSession, meetingPath, test } from './known-state';

test('un tavolo parla di un tavolo: ospiti e altri partecipanti, verifica di presenze e voci', async ({ page, api }) => {
  const { meetingId, bodyId } = await importTavoloSession(api, 1);
  await page.goto(bodyPath(bodyId));
  await expect(page.getByRole('heading', { name: /^Ospiti e altri partecipanti \(\d+\)$/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /senza diritto di voto/ })).toHaveCount(0);
  await checkScreen(page, '64-tavolo-altri-partecipanti');

  // Its session's preparation: who chairs the meeting, not «the president» (as in the tavolo's own form).
  await page.goto(meetingPath(meetingId, '/setup'));
  await expect(page.getByRole('group', { name: 'Chi presiede l’incontro' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Presidente della seduta' })).toHaveCount(0);

  await page.goto(meetingPath(meetingId, '/close'));
  await expect(page.getByTestId('check-ok')).toHaveText('Nessun problema: presenze e voci del tavolo sono coerenti.');
  await checkScreen(page, '65-tavolo-verifica-finale');
});

import { randomUUID } from 'node:crypto';
import { expect } from '@playwright/test';
import { checkScreen } from './helpers';
import { exampleTavoloSession, test } from './known-state';

test('un tavolo parla di un tavolo: ospiti e altri partecipanti, verifica di presenze e voci', async ({ page, api }) => {
  const imported = (await api.call('files.importJson', { content: exampleTavoloSession(1, randomUUID().slice(0, 8)) })) as {
    meeting: { id: string; body: { id: string } };
  };
  await page.goto(`/#/body/${encodeURIComponent(imported.meeting.body.id)}`);
  await expect(page.getByRole('heading', { name: /^Ospiti e altri partecipanti \(\d+\)$/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /senza diritto di voto/ })).toHaveCount(0);
  await checkScreen(page, '64-tavolo-altri-partecipanti');

  // Its session's preparation: who chairs the meeting, not «the president» (as in the tavolo's own form).
  await page.goto(`/#/meeting/${encodeURIComponent(imported.meeting.id)}/setup`);
  await expect(page.getByRole('group', { name: 'Chi presiede l’incontro' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Presidente della seduta' })).toHaveCount(0);

  await page.goto(`/#/meeting/${encodeURIComponent(imported.meeting.id)}/close`);
  await expect(page.getByTestId('check-ok')).toHaveText('Nessun problema: presenze e voci del tavolo sono coerenti.');
  await checkScreen(page, '65-tavolo-verifica-finale');
});

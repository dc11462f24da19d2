import { expect } from '@playwright/test';
import { checkScreen, statement } from './helpers';
import { AGENDA, chairPath, meetingPath, startedMeeting, test } from './known-state';

test('due finestre: lo schermo del presidente segue la votazione e l’uscita registrate nella finestra principale', async ({ page, api }) => {
  const { meetingId } = await startedMeeting(api);
  const chair = await page.context().newPage();
  await chair.goto(chairPath(meetingId));
  const heads = chair.getByTestId('chair-heads');
  const lastDecision = chair.getByRole('region', { name: 'Ultimo esito' });
  await expect(heads).toHaveText('Presenti 6 su 8');
  await expect(chair.getByTestId('chair')).toContainText('Approvazione del verbale della seduta precedente');
  await expect(lastDecision).toContainText('Nessuna decisione su questo punto.');
  await expect(chair.getByTestId('chair-speaker')).toHaveText('Nessun intervento su questo punto.');
  // The body's rules count heads only: no population share on the president's screen.
  await expect(chair.getByTestId('chair-presence')).toHaveText('in aula 4, da remoto 2');

  await page.goto(meetingPath(meetingId));
  await expect(page.getByTestId('speaker-input')).toBeFocused();
  await page.keyboard.press('Alt+KeyV');
  await page.keyboard.type('il verbale della seduta del 16 ottobre 2026');
  await page.keyboard.press('Alt+KeyU');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('vote-dialog')).toBeHidden();
  const recorded = Date.now();
  await expect(lastDecision).toContainText(
    "L'Assemblea approva il verbale della seduta del 16 ottobre 2026 con il voto favorevole dell'unanimità dei presenti.",
  );
  test.info().annotations.push({ type: 'schermo presidente aggiornato dopo il voto', description: `${Date.now() - recorded} ms` });

  await page.keyboard.press('Alt+KeyE');
  await page.getByTestId('movement-time').fill('18:40');
  await page.getByTestId('movement-member').fill('2');
  await page.getByTestId('movement-member').press('Enter');
  await expect(page.getByTestId('quorum-heads')).toContainText('5 su 8');
  await expect(heads).toHaveText('Presenti 5 su 8');

  // The next item: the decision of item 1 is not its outcome; who speaks there is its current speaker.
  await page.keyboard.press('Alt+PageDown');
  await expect(chair.getByTestId('chair')).toContainText(AGENDA[1]!);
  await expect(lastDecision).toContainText('Nessuna decisione su questo punto.');
  await statement(page, '4', 'Illustra il piano sociale di zona.');
  await expect(chair.getByTestId('chair-speaker')).toContainText('Anna Galli');
  await expect(chair.getByTestId('chair-speaker')).toContainText('Vicesindaco, Comune di Roccafonda (n. 4)');
  await checkScreen(chair, '12-schermo-presidente');
  await chair.close();
});

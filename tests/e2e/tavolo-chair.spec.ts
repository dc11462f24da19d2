import { randomUUID } from 'node:crypto';
import { expect } from '@playwright/test';
import { checkScreen } from './helpers';
import { chairPath, getMeeting, importTavoloSession, meetingPath, test } from './known-state';

test('a un tavolo lo schermo del presidente mostra tema, presenze e ultima voce, senza quorum, e segue ciò che si registra', async ({ page, api }) => {
  const { bodyId } = await importTavoloSession(api, 3);
  const meetingId = randomUUID();
  await api.call('meetings.create', { bodyId, id: meetingId, date: '2026-06-23', startTime: '09:30', modality: 'mixed', place: 'la Sala consiliare', convocation: null });
  await api.call('meetings.addItem', { meetingId, title: 'Povertà abitativa e housing first' });
  await api.call('meetings.addItem', { meetingId, title: 'Calendario dei prossimi incontri' });
  const line = (organisationId: string, mode: 'room' | 'remote') => ({ organisationId, representativeId: 'r1', mode, arrivedAt: null, leftAt: null });
  const attendance = [line('o01', 'room'), line('o02', 'room'), line('o03', 'remote'), line('o18', 'room')];
  await api.call('meetings.setTavoloSession', { meetingId, session: { attendance, nextMeeting: null, observationDays: 10 } });
  await api.call('meetings.start', { meetingId });

  const chair = await page.context().newPage();
  // What the chair asks the server: one reading at the opening, then one per change it is told of.
  const reads: string[] = [];
  chair.on('request', (request) => {
    if (request.url().endsWith('/api/meetings.get')) reads.push(request.url());
  });
  await chair.goto(chairPath(meetingId));
  const screen = chair.getByTestId('chair');
  const lastSaid = chair.getByTestId('chair-last-said');
  await expect(chair.getByRole('region', { name: 'Tema in discussione' })).toHaveText('Tema 1 di 2Povertà abitativa e housing first');
  await expect(chair.getByTestId('chair-organisations')).toHaveText('Organizzazioni presenti 4 su 20');
  await expect(chair.getByTestId('chair-people')).toHaveText('4 persone, di cui da remoto 1');
  await expect(lastSaid).toHaveText('Nessun contributo su questo tema.');
  await expect(screen).not.toContainText('Quorum');
  await expect(screen).not.toContainText('Seduta valida');
  await expect(screen).not.toContainText('decisione');

  // A contribution typed in the main window, by keyboard: the chair shows who said it, for which organisation, and what.
  await page.goto(meetingPath(meetingId));
  await expect(page.getByTestId('speaker-input')).toBeFocused();
  await page.keyboard.press('Alt+KeyN');
  await page.keyboard.type('caritas anna');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('statement-text')).toBeFocused();
  await page.keyboard.type('Servono dodici posti letto in più per l’inverno.');
  await page.keyboard.press('Control+Enter');
  const recorded = Date.now();
  await expect(chair.getByRole('region', { name: 'Ultima voce' })).toContainText('Ultima voce su questo tema: contributo');
  await expect(lastSaid).toHaveText('Dott.ssa Anna Neri, Caritas ValchiaraServono dodici posti letto in più per l’inverno.');
  test.info().annotations.push({ type: 'schermo del presidente aggiornato dopo il contributo', description: `${Date.now() - recorded} ms` });

  // A late arrival and a point of agreement written by another program: the chair follows both.
  const late = { ...line('o04', 'remote'), arrivedAt: '10:05' };
  await api.call('meetings.setTavoloSession', { meetingId, session: { attendance: [...attendance, late], nextMeeting: null, observationDays: 10 } });
  await expect(chair.getByTestId('chair-organisations')).toHaveText('Organizzazioni presenti 5 su 20');
  await expect(chair.getByTestId('chair-people')).toHaveText('5 persone, di cui da remoto 2');
  await expect(screen).not.toContainText('Quorum');
  await checkScreen(chair, '66-tavolo-schermo-presidente');
  const meeting = await getMeeting(api, meetingId);
  await api.call('meetings.addEntry', { meetingId, itemId: meeting.items[0]!.id, entry: { id: randomUUID(), type: 'agreement', text: 'Il tavolo condivide l’apertura di un dormitorio invernale.' } });
  await expect(chair.getByRole('region', { name: 'Ultima voce' })).toContainText('Ultima voce su questo tema: punto condiviso');
  await expect(lastSaid).toHaveText('Il tavolo condivide l’apertura di un dormitorio invernale.');

  // The next topic: what was said on the first is not its last word.
  await page.keyboard.press('Alt+PageDown');
  await expect(chair.getByRole('region', { name: 'Tema in discussione' })).toHaveText('Tema 2 di 2Calendario dei prossimi incontri');
  await expect(lastSaid).toHaveText('Nessun contributo su questo tema.');
  // The opening, then one reading per change (contribution, arrival, agreement, topic): none on a timer.
  expect(reads).toHaveLength(5);
  await chair.close();
});

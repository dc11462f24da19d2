import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { checkScreen, docxText, saved } from './helpers';
import { importTavoloSession, meetingPath, test } from './known-state';

const row = (page: Page, organisationId: string, representativeId = 'r1') => page.getByTestId(`tavolo-row-${organisationId}-${representativeId}`);
const presence = (page: Page, who: string, label: string) => page.getByRole('radiogroup', { name: `Presenza di ${who}` }).getByLabel(label);

test('presenze di un tavolo da tastiera: appello, arrivo in ritardo, prossimo incontro e osservazioni, nel verbale DOCX', async ({ page, api }) => {
  const { bodyId } = await importTavoloSession(api, 1);
  const meetingId = randomUUID();
  await api.call('meetings.create', { bodyId, id: meetingId, date: '2026-06-16', startTime: '09:30', modality: 'mixed', place: 'la Sala consiliare del Comune di Borgo Alto', convocation: null });
  await api.call('meetings.addItem', { meetingId, title: 'Abitare e lavoro' });
  await page.goto(meetingPath(meetingId));
  await expect(page.getByTestId('tavolo-organisations')).toHaveText('0 su 17');
  // A tavolo has no members: no empty members' roll call beside its own.
  await expect(page.getByTestId('attendance-panel')).toHaveCount(0);

  const input = page.getByTestId('tavolo-rollcall-input');
  const status = page.getByTestId('tavolo-rollcall-status');
  await input.focus();
  await page.keyboard.type('caritas');
  await expect(page.getByTestId('tavolo-rollcall-target')).toHaveText('Dott.ssa Anna Neri (Caritas Valchiara) · 1 di 2');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('tavolo-rollcall-target')).toHaveText('Paolo Gatti (Caritas Valchiara) · 2 di 2');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('Dott.ssa Anna Neri (Caritas Valchiara): in sala.');
  await page.keyboard.type('ats longo');
  await page.keyboard.press('*');
  await expect(status).toHaveText('Dott. Marco Longo (ATS della Montagna): da remoto.');
  await page.keyboard.type('ferri');
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('Luca Ferri (Cooperativa sociale Il Ponte): in sala.');
  await expect(page.getByTestId('tavolo-organisations')).toHaveText('3 su 17');
  await expect(page.getByTestId('tavolo-people')).toHaveText('3 (1)');
  await expect(presence(page, 'Dott.ssa Anna Neri (Caritas Valchiara)', 'In sala')).toBeChecked();
  await expect(presence(page, 'Paolo Gatti (Caritas Valchiara)', 'Assente')).toBeChecked();

  // The radios by arrow keys: Luca Ferri remote, then back in the room.
  await presence(page, 'Luca Ferri (Cooperativa sociale Il Ponte)', 'In sala').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('tavolo-people')).toHaveText('3 (2)');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('tavolo-people')).toHaveText('3 (1)');
  await expect(presence(page, 'Luca Ferri (Cooperativa sociale Il Ponte)', 'In sala')).toBeChecked();

  await page.getByRole('button', { name: 'Apri la seduta' }).click();
  // Davide Sala (CISL) arrives late: stamped now, then corrected to 10:20.
  await row(page, 'o09').getByRole('button', { name: 'Arriva ora: Davide Sala (CISL Valchiara)' }).focus();
  await page.keyboard.press('Enter');
  const arrival = page.getByLabel('Arrivo di Davide Sala (CISL Valchiara)');
  await expect(arrival).toHaveValue(/^\d\d:\d\d$/);
  await expect(page.getByTestId('tavolo-organisations')).toHaveText('4 su 17');
  await arrival.fill('10:20');
  await arrival.press('Enter');
  await saved(page);
  // Leaving before arriving: the model refuses and says why; the field shows what is stored.
  const departure = page.getByLabel('Uscita di Davide Sala (CISL Valchiara)');
  await departure.fill('10:00');
  await departure.press('Enter');
  await expect(page.getByTestId('error-banner')).toContainText("Davide Sala esce alle 10:00, non dopo l'arrivo alle 10:20");
  await expect(departure).toHaveValue('');
  await expect(arrival).toHaveValue('10:20');
  // Once live the field records movements at the current time: Rosa Colombo arrives, Luca Ferri leaves.
  await input.focus();
  await page.keyboard.type('colombo');
  await page.keyboard.press('Enter');
  await expect(status).toHaveText(/^Rosa Colombo \(CGIL Valchiara\): arriva alle \d\d:\d\d, in sala\.$/);
  await page.keyboard.type('ferri');
  await page.keyboard.press('-');
  await expect(status).toHaveText(/^Luca Ferri \(Cooperativa sociale Il Ponte\): esce alle \d\d:\d\d\.$/);
  await expect(page.getByTestId('tavolo-organisations')).toHaveText('5 su 17');
  await expect(page.getByLabel('Uscita di Luca Ferri (Cooperativa sociale Il Ponte)')).toHaveValue(/^\d\d:\d\d$/);
  await checkScreen(page, '70-tavolo-presenze');

  await page.goto(meetingPath(meetingId, '/close'));
  const fields = page.getByRole('form', { name: 'Prossimo incontro e osservazioni' });
  await fields.getByLabel('Il prossimo incontro è già fissato').check();
  await fields.getByLabel('Data del prossimo incontro').fill('2026-07-14');
  await fields.getByLabel('Ora (facoltativa)').fill('14:30');
  await fields.getByLabel('Luogo (facoltativo)').fill('la sede della Caritas Valchiara');
  await fields.getByLabel('Giorni per le osservazioni sul verbale').fill('12');
  await fields.getByRole('button', { name: 'Salva prossimo incontro e osservazioni' }).click();
  await saved(page);
  await expect(page.getByTestId('tavolo-session-stored')).toHaveText(
    'Nel verbale: prossimo incontro martedì 14 luglio 2026 alle ore 14:30, presso la sede della Caritas Valchiara; osservazioni entro 12 giorni.',
  );
  await checkScreen(page, '71-tavolo-prossimo-incontro');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Esporta verbale DOCX' }).click();
  const text = await docxText(readFileSync((await (await download).path())!));
  const present = text.slice(text.indexOf('Organizzazioni presenti'), text.indexOf('Organizzazioni assenti'));
  const absent = text.slice(text.indexOf('Organizzazioni assenti'));
  expect(present).toContain('Dott.ssa Anna Neri, direttrice');
  expect(present).not.toContain('Paolo Gatti');
  expect(present).toContain('Dott. Marco Longo, dirigente (da remoto)');
  expect(present).toMatch(/Luca Ferri, presidente \(fino alle ore \d\d:\d\d\)/);
  expect(present).toMatch(/Rosa Colombo, segretaria \(dalle ore \d\d:\d\d\)/);
  expect(present).toContain('Davide Sala, segretario (dalle ore 10:20)');
  expect(absent).toContain('Comune di Borgo Alto');
  expect(absent.split('\n').slice(0, 15).join('\n')).not.toContain('Caritas Valchiara\n');
  expect(text).toContain('martedì 14 luglio 2026 alle ore 14:30, presso la sede della Caritas Valchiara');
  expect(text).toContain('entro 12 giorni');
});

test('una seduta chiusa del tavolo: presenze e prossimo incontro in sola lettura', async ({ page, api }) => {
  const { meetingId: closedMeetingId } = await importTavoloSession(api, 1);
  await page.goto(meetingPath(closedMeetingId));
  await expect(page.getByTestId('tavolo-organisations')).toHaveText('14 su 17');
  const rollCall = page.getByTestId('tavolo-rollcall');
  await expect(rollCall.getByRole('radiogroup')).toHaveCount(0);
  await expect(rollCall.getByRole('textbox')).toHaveCount(0);
  await expect(row(page, 'o05')).toContainText('In sala (fino alle 11:30)');
  await expect(row(page, 'o10')).toContainText('Assente');
  await checkScreen(page, '72-tavolo-presenze-chiusa');
  await page.goto(meetingPath(closedMeetingId, '/close'));
  await expect(page.getByTestId('tavolo-session-fields')).toContainText('Prossimo incontro: martedì 14 aprile 2026 alle ore 09:30, presso la Sala consiliare del Comune di Borgo Alto.');
  await expect(page.getByTestId('tavolo-session-fields').getByRole('textbox')).toHaveCount(0);
});

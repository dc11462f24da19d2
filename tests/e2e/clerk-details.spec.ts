import { expect } from '@playwright/test';
import type { BodyProfile } from '../../shared/model';
import { checkScreen, statement } from './helpers';
import { createBody, meetingPath, setCurrentItem, startedMeeting, test } from './known-state';

test('organo: «Salva dati e regole» dice quando ha salvato, il titolo segue il genere, «1 seduta» in home', async ({ page, api }) => {
  const body = await createBody(api);
  await page.goto(`/#/body/${encodeURIComponent(body.id)}`);
  await page.getByRole('button', { name: 'Salva dati e regole' }).click();
  await expect(page.getByTestId('profile-saved')).toHaveText(/^Dati e regole salvati alle \d{2}:\d{2}$/);

  await page.getByRole('button', { name: 'Aggiungi partecipante' }).click();
  const form = page.getByRole('form', { name: 'Partecipante' });
  const title = form.getByLabel('Titolo');
  const gender = form.getByLabel('Genere');
  await expect(title).toHaveValue('Dott.');
  await gender.selectOption('f');
  await expect(title).toHaveValue('Dott.ssa');
  await checkScreen(page, 'clerk-details-01-body-saved-honorific');
  await gender.selectOption('m');
  await expect(title).toHaveValue('Dott.');
  await title.fill('Sig.');
  await gender.selectOption('f');
  await expect(title).toHaveValue('Sig.ra');
  // A title the clerk typed herself stays as she wrote it.
  await title.fill('Avv.');
  await gender.selectOption('m');
  await expect(title).toHaveValue('Avv.');

  await api.call('meetings.create', { bodyId: body.id, date: '2026-11-27', startTime: '17:30', modality: 'mixed', place: 'la Sala consiliare', convocation: 'first' });
  await page.goto('/#/');
  await expect(page.locator('body')).toContainText('8 componenti · 1 seduta');
});

test('seduta: Invio nel campo vuoto dell’oratore sceglie l’ultimo oratore, «1 punto precedente», popolazione solo se pesata', async ({ page, api }) => {
  const known = await startedMeeting(api);
  await setCurrentItem(api, known, 1);
  await page.goto(meetingPath(known.meetingId));
  await expect(page.getByTestId('speaker-input')).toBeFocused();
  await expect(page.getByText('… 1 punto precedente …')).toBeVisible();
  // The example body's rules count heads only.
  await expect(page.getByTestId('quorum-panel')).not.toContainText('Popolazione');

  await statement(page, 'presidente', 'Apre la discussione.');
  await expect(page.getByTestId('speaker-input')).toBeFocused();
  await expect(page.getByTestId('speaker-input')).toHaveAttribute('placeholder', /Invio: Luca Bianchi di nuovo/);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('speaker-selected')).toHaveText('Luca Bianchi');
  await expect(page.getByTestId('statement-text')).toBeFocused();
  await page.keyboard.type('Aggiunge una precisazione.');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('timeline')).toContainText('Aggiunge una precisazione.');
  await checkScreen(page, 'clerk-details-02-last-speaker-again');
});

test('seduta di un organo che pesa la popolazione: il pannello del quorum la mostra', async ({ page, api }) => {
  const body = await createBody(api);
  const { id: _id, members: _m, participants: _p, ...profile } = body;
  const weighed: BodyProfile = { ...profile, rules: { ...profile.rules, majority: { ...profile.rules.majority, weighting: 'population' } } };
  await api.call('bodies.updateProfile', { bodyId: body.id, profile: weighed });
  await api.call('meetings.create', { bodyId: body.id, date: '2026-11-27', startTime: '17:30', modality: 'mixed', place: 'la Sala consiliare', convocation: 'first' });
  const [summary] = (await api.call('meetings.search', { text: '', bodyId: body.id })) as { id: string }[];
  await api.call('meetings.addItem', { meetingId: summary!.id, title: 'Comunicazioni del Presidente' });
  await page.goto(meetingPath(summary!.id));
  await expect(page.getByTestId('quorum-panel')).toContainText('Popolazione');
});

test('seduta chiusa: il pannello delle presenze si legge soltanto', async ({ page, api }) => {
  const known = await startedMeeting(api);
  await api.call('meetings.close', { meetingId: known.meetingId, endTime: '19:47' });
  await page.goto(meetingPath(known.meetingId));
  const panel = page.getByTestId('attendance-panel');
  await expect(panel.getByRole('heading', { name: 'Presenze a fine seduta' })).toBeVisible();
  await expect(panel).toContainText('Da remoto');
  await expect(panel.getByRole('radio')).toHaveCount(0);
  await expect(panel.getByRole('textbox')).toHaveCount(0);
  await expect(panel.getByRole('button')).toHaveCount(0);
  await expect(panel.getByRole('checkbox', { disabled: false })).toHaveCount(0);
  await checkScreen(page, 'clerk-details-03-closed-attendance');
});

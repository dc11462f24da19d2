import { randomUUID } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { checkScreen, unrecordedStatement } from './helpers';
import { getMeeting, importTavoloSession, meetingPath, startedMeeting, test, type Api } from './known-state';

/** A live session of the example tavolo (its 20 organisations), one topic with one attachment, four organisations present. */
async function liveTavolo(page: Page, api: Api): Promise<string> {
  const { bodyId } = await importTavoloSession(api, 3);
  const meetingId = randomUUID();
  await api.call('meetings.create', { bodyId, id: meetingId, date: '2026-06-23', startTime: '09:30', modality: 'presence', place: 'la Sala consiliare', convocation: null });
  await api.call('meetings.addItem', { meetingId, title: 'Povertà abitativa e housing first', attachments: [{ label: 'All.1', title: 'Proposta della Caritas' }] });
  const present = [['o01', 'r1'], ['o02', 'r1'], ['o03', 'r1'], ['o18', 'r1']] as const;
  const attendance = present.map(([organisationId, representativeId]) => ({ organisationId, representativeId, mode: 'room' as const, arrivedAt: null, leftAt: null }));
  await api.call('meetings.setTavoloSession', { meetingId, session: { attendance, nextMeeting: null, observationDays: 10 } });
  await api.call('meetings.start', { meetingId });
  await page.goto(meetingPath(meetingId));
  await expect(page.getByTestId('speaker-input')).toBeFocused();
  return meetingId;
}

test('a un tavolo, da tastiera: contributo, punto condiviso, posizione divergente, impegno, contributo scritto; annulla; modifica', async ({ page, api }) => {
  const meetingId = await liveTavolo(page, api);
  const timeline = page.getByTestId('timeline');
  const preview = page.getByTestId('verbale-preview');
  const dialog = page.getByTestId('tavolo-entry-dialog');
  const toolbar = page.getByRole('toolbar', { name: 'Azioni della seduta' });
  await expect(toolbar.getByRole('button')).toHaveText([
    'Contributo o intervento Alt+N',
    'Punto condiviso Alt+P',
    'Posizione divergente Alt+D',
    'Impegno Alt+I',
    'Contributo scritto Alt+C',
    'Nota Alt+O',
  ]);

  // Contributo: the «Intervento» flow, with an organisation's representative found by the organisation's name.
  await page.keyboard.press('Alt+KeyN');
  await page.keyboard.type('caritas anna');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('speaker-selected')).toHaveText('Dott.ssa Anna Neri');
  await expect(page.getByTestId('statement-text')).toBeFocused();
  await page.keyboard.type('Servono dodici posti letto in più per l’inverno.');
  await page.keyboard.press('Control+Enter');
  await expect(timeline.getByTestId('entry-contribution')).toHaveText(/Contributo Dott\.ssa Anna Neri, Caritas Valchiara: Servono dodici posti letto in più per l’inverno\./);
  await expect(page.getByTestId('statement-text')).toHaveValue('');

  // A vote and a presa d'atto are not a tavolo's: Alt+V and Alt+T do nothing, so Alt+P opens its dialog at once.
  await page.keyboard.press('Alt+KeyV');
  await page.keyboard.press('Alt+KeyT');
  await page.keyboard.press('Alt+KeyP');
  await expect(dialog.getByRole('heading', { name: 'Punto condiviso' })).toBeVisible();
  await expect(page.getByTestId('vote-dialog')).toHaveCount(0);
  await expect(page.getByTestId('tavolo-entry-text')).toBeFocused();
  await page.keyboard.type('Il tavolo condivide l’apertura di un dormitorio invernale.');
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toHaveCount(0);
  await expect(timeline.getByTestId('entry-agreement')).toContainText('Punto condiviso: Il tavolo condivide l’apertura di un dormitorio invernale.');

  // Posizione divergente: nobody named is the model's refusal, in the banner; then two organisations.
  await page.keyboard.press('Alt+KeyD');
  await expect(page.getByTestId('tavolo-entry-organisations-input')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Meglio appartamenti diffusi che un dormitorio.');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Posizione divergente: indicare almeno un\'organizzazione' })).toBeVisible();
  await page.getByTestId('tavolo-entry-organisations-input').focus();
  await page.keyboard.type('ponte');
  await page.keyboard.press('Enter');
  await page.keyboard.type('marta riva');
  await expect(page.getByRole('option', { name: /Associazione Casa Aperta APS/ })).toHaveAttribute('aria-selected', 'true');
  await checkScreen(page, '62a-tavolo-posizione-divergente');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('tavolo-entry-organisations-chip')).toHaveText(['Cooperativa sociale Il Ponte✕', 'Associazione Casa Aperta APS✕']);
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toHaveCount(0);
  await expect(timeline.getByTestId('entry-divergence')).toContainText('Posizione divergente Cooperativa sociale Il Ponte, Associazione Casa Aperta APS: Meglio appartamenti diffusi che un dormitorio.');

  // Impegno: a person of the Ufficio di Piano, what, by when.
  await page.keyboard.press('Alt+KeyI');
  await page.keyboard.type('ferraro');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('tavolo-entry-who-chosen')).toHaveText('Tommaso Ferraro');
  await expect(page.getByTestId('tavolo-entry-text')).toBeFocused();
  await page.keyboard.type('Convocare il gruppo di lavoro sul dormitorio');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('tavolo-entry-due')).toBeFocused();
  // The date field's day/month order is the browser's locale (headless Chromium: US), so its value is set whole.
  await page.getByTestId('tavolo-entry-due').fill('2026-07-10');
  await expect(page.getByTestId('tavolo-entry-due')).toHaveValue('2026-07-10');
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toHaveCount(0);
  await expect(timeline.getByTestId('entry-commitment')).toContainText('Impegno Tommaso Ferraro (Ufficio di Piano): Convocare il gruppo di lavoro sul dormitorio');

  // Contributo scritto: the organisation, a title, the topic's attachment.
  await page.keyboard.press('Alt+KeyC');
  await page.keyboard.type('tetto');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('tavolo-entry-title')).toBeFocused();
  await page.keyboard.type('Proposta per l’accoglienza diffusa');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('tavolo-entry-attachment')).toHaveValue(/.+/);
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toHaveCount(0);
  await expect(timeline.getByTestId('entry-writtenContribution')).toContainText('Contributo scritto Associazione Il Tetto APS: Proposta per l’accoglienza diffusa');

  await expect(preview).toContainText('Caritas Valchiara (Dott.ssa Anna Neri, direttrice): Servono dodici posti letto in più per l’inverno.');
  await expect(preview).toContainText('Punto condiviso: Il tavolo condivide l’apertura di un dormitorio invernale.');
  await expect(preview).toContainText('Posizione divergente (Cooperativa sociale Il Ponte, Associazione Casa Aperta APS): Meglio appartamenti diffusi che un dormitorio.');
  await expect(preview.getByRole('row').filter({ hasText: 'Convocare il gruppo di lavoro sul dormitorio' })).toContainText('Tommaso Ferraro (Ufficio di Piano)');
  await expect(preview.getByRole('row').filter({ hasText: 'Convocare il gruppo di lavoro sul dormitorio' })).toContainText('10 luglio 2026');
  await expect(preview).toContainText('Associazione Il Tetto APS ha trasmesso il contributo scritto «Proposta per l’accoglienza diffusa», allegato al presente verbale (All.1).');
  await checkScreen(page, '62-tavolo-voci');

  // Undo takes the written contribution away, from the timeline and the verbale.
  await page.keyboard.press('Alt+KeyZ');
  await expect(page.getByTestId('live-notice')).toContainText('Annullato:');
  await expect(timeline.getByTestId('entry-writtenContribution')).toHaveCount(0);
  await expect(preview).not.toContainText('Proposta per l’accoglienza diffusa');

  // Edit from the timeline: the same dialog, filled in; the model keeps the change.
  await timeline.getByTestId('entry-divergence').getByRole('button', { name: 'Modifica' }).click();
  await expect(dialog.getByRole('heading', { name: 'Modifica: posizione divergente' })).toBeVisible();
  await expect(page.getByTestId('tavolo-entry-organisations-chip')).toHaveCount(2);
  await page.getByTestId('tavolo-entry-organisations-input').press('Backspace');
  await expect(page.getByTestId('tavolo-entry-organisations-chip')).toHaveText(['Cooperativa sociale Il Ponte✕']);
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toHaveCount(0);
  await expect(timeline.getByTestId('entry-divergence')).toContainText('Posizione divergente Cooperativa sociale Il Ponte: Meglio');

  // The contribution's speaker changed in its dialog: another representative of the same organisation.
  await timeline.getByTestId('entry-contribution').getByRole('button', { name: 'Modifica' }).click();
  await expect(page.getByTestId('tavolo-entry-who-chosen')).toHaveText('Dott.ssa Anna Neri');
  await expect(page.getByTestId('tavolo-entry-who-input')).toBeFocused();
  await page.keyboard.type('paolo');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('tavolo-entry-text')).toBeFocused();
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toHaveCount(0);
  await expect(timeline.getByTestId('entry-contribution')).toContainText('Contributo Paolo Gatti, Caritas Valchiara: Servono dodici posti letto');

  const stored = await getMeeting(api, meetingId);
  expect(stored.items[0]!.entries.map((entry) => entry.type)).toEqual(['contribution', 'agreement', 'divergence', 'commitment']);
  expect(stored.items[0]!.entries[0]).toMatchObject({ organisationId: 'o01', representativeId: 'r2' });
  expect(stored.items[0]!.entries[3]).toMatchObject({ owner: { kind: 'staff', staffId: 'st2' }, due: '2026-07-10' });
});

test('a un tavolo l’aiuto elenca le sue scorciatoie; a un’Assemblea le scorciatoie del tavolo non fanno nulla', async ({ page, api }) => {
  await liveTavolo(page, api);
  await page.keyboard.press('F1');
  const help = page.getByTestId('help-tavolo');
  await expect(help).toContainText('Alt+P');
  await expect(help).toContainText('Posizione divergente e le organizzazioni che la sostengono');
  await expect(page.getByTestId('help-panel')).toContainText('Votazione / decisione (non ai tavoli di co-programmazione)');
  await checkScreen(page, '63-tavolo-scorciatoie');
  await page.keyboard.press('Escape');

  const known = await startedMeeting(api);
  await page.goto(meetingPath(known.meetingId));
  await expect(page.getByTestId('speaker-input')).toBeFocused();
  await expect(page.getByRole('toolbar', { name: 'Azioni della seduta' })).not.toContainText('Punto condiviso');
  // Alt+P, Alt+D, Alt+I, Alt+C open nothing: the note dialog still opens with Alt+O.
  for (const key of ['Alt+KeyP', 'Alt+KeyD', 'Alt+KeyI', 'Alt+KeyC', 'Alt+KeyO']) await page.keyboard.press(key);
  await expect(page.getByTestId('note-dialog')).toBeVisible();
  await expect(page.getByTestId('tavolo-entry-dialog')).toHaveCount(0);
});

test('un contributo non registrato resta in bozza dopo il ricaricamento; annullato, torna nel riquadro', async ({ page, api }) => {
  const meetingId = await liveTavolo(page, api);
  const text = 'Il Tetto mette a disposizione due alloggi.';
  await unrecordedStatement(page, api, meetingId, 'irene', text);
  await page.reload();
  await expect(page.getByTestId('speaker-selected')).toHaveText('Irene Barbieri');
  await expect(page.getByLabel('Testo del contributo')).toHaveValue(text);
  await page.getByLabel('Testo del contributo').press('Control+Enter');
  await expect(page.getByTestId('entry-contribution')).toContainText(`Contributo Irene Barbieri, Associazione Il Tetto APS: ${text}`);
  await expect(page.getByTestId('statement-text')).toHaveValue('');

  await page.keyboard.press('Alt+KeyZ');
  await expect(page.getByTestId('entry-contribution')).toHaveCount(0);
  await expect(page.getByTestId('speaker-selected')).toHaveText('Irene Barbieri');
  await expect(page.getByTestId('statement-text')).toHaveValue(text);
  await expect(page.getByRole('button', { name: 'Registra contributo' })).toBeEnabled();
});

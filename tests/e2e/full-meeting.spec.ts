import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { MEMBERS_CSV, checkScreen, docxText } from './helpers';

const BODY_NAME = "Assemblea dei Sindaci del Piano di Zona dell'Ambito Territoriale Sociale Val Chiara";

/** Records a statement by keyboard: Alt+N, speaker by type-ahead, text, Ctrl+Enter. */
async function statement(page: Page, speakerQuery: string, text: string) {
  await page.keyboard.press('Alt+KeyN');
  await expect(page.getByTestId('speaker-input')).toBeFocused();
  await page.keyboard.type(speakerQuery);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('statement-text')).toBeFocused();
  await page.keyboard.type(text);
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('timeline')).toContainText(text);
  await expect(page.getByTestId('statement-text')).toHaveValue('');
}

async function saved(page: Page) {
  await expect(page.getByTestId('save-status')).toHaveText('Salvato');
}

test('una seduta completa registrata da zero, chiusa ed esportata in DOCX', async ({ page }) => {
  // Home
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Archivio e organi' })).toBeVisible();
  await checkScreen(page, '01-home-vuota');

  // Body: create, then members by CSV import with a preview
  await page.getByRole('link', { name: 'Nuovo organo' }).click();
  await page.getByLabel('Denominazione completa (titolo del verbale)').fill(BODY_NAME);
  await page.locator('#president-name').fill('Luca Bianchi');
  await page.locator('#minute-taker-name').fill('Anna Verdi');
  await page.locator('fieldset', { hasText: 'Verbalizzante' }).getByLabel('Ruolo').fill("Responsabile dell'Ufficio di Piano");
  await checkScreen(page, '02-nuovo-organo');
  await page.getByRole('button', { name: 'Crea organo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: BODY_NAME })).toBeVisible();

  await page.getByTestId('csv-text').fill(MEMBERS_CSV.replace('12.345', '12,3a'));
  await page.getByRole('button', { name: 'Anteprima' }).click();
  await expect(page.getByTestId('csv-preview')).toContainText('1 con errori');
  await expect(page.getByRole('button', { name: /Importa \d+ componenti/ })).toBeDisabled();
  await page.getByTestId('csv-text').fill(MEMBERS_CSV);
  await page.getByRole('button', { name: 'Anteprima' }).click();
  await expect(page.getByTestId('csv-preview')).toContainText('nessun errore');
  await checkScreen(page, '03-organo-anteprima-csv');
  await page.getByRole('button', { name: 'Importa 8 componenti' }).click();
  await expect(page.getByTestId('members-table')).toContainText("Comune di Sant'Andrea al Colle");
  await expect(page.getByTestId('members-table').locator('tbody tr')).toHaveCount(8);

  // A participant without a vote
  await page.getByRole('button', { name: 'Aggiungi partecipante' }).click();
  await page.getByRole('form', { name: 'Partecipante' }).getByLabel('Titolo').fill('Dott.ssa');
  await page.getByRole('form', { name: 'Partecipante' }).getByLabel('Nome e cognome').fill('Giulia Marchi');
  await page.getByRole('form', { name: 'Partecipante' }).getByLabel('Genere').selectOption('f');
  await page.getByRole('form', { name: 'Partecipante' }).getByLabel('Ruolo').fill('Assistente sociale');
  await page.getByRole('form', { name: 'Partecipante' }).getByLabel('Ente o organizzazione').fill('Ufficio di Piano');
  await page.getByRole('button', { name: 'Salva partecipante' }).click();
  await expect(page.getByRole('cell', { name: 'Dott.ssa Giulia Marchi' })).toBeVisible();
  await checkScreen(page, '04-organo');

  // Meeting: create with 4 items
  await page.getByRole('link', { name: 'Archivio e organi' }).first().click();
  const newMeeting = page.getByRole('region', { name: 'Nuova seduta' });
  await newMeeting.getByLabel('Data').fill('2026-11-20');
  await newMeeting.getByLabel('Ora di inizio').fill('17:30');
  await newMeeting.getByLabel('Modalità').selectOption('mixed');
  await newMeeting.getByLabel('Luogo (senza «presso»)').fill('la Sala consiliare del Comune di Ponte Nuovo');
  await checkScreen(page, '05-home');
  await newMeeting.getByRole('button', { name: 'Crea seduta' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Preparazione della seduta del 20 novembre 2026/ })).toBeVisible();

  const titles = [
    'Approvazione del verbale della seduta precedente',
    'Piano sociale di zona 2027-2029',
    "Relazione sull'attività dell'Ufficio di Piano",
    'Varie ed eventuali',
  ];
  for (const [index, title] of titles.entries()) {
    await page.getByTestId('new-item-title').fill(title);
    if (index === 1) {
      await page.getByRole('button', { name: 'Aggiungi allegato' }).last().click();
      await page.getByLabel("Titolo dell'allegato").last().fill('Documento di piano');
    }
    await page.getByRole('button', { name: 'Aggiungi punto' }).click();
    await expect(page.getByTestId('agenda-list').locator('> li')).toHaveCount(index + 1);
  }
  // Reorder: move the last item up and back down.
  await page.getByRole('button', { name: 'Sposta su: Varie ed eventuali' }).click();
  await expect(page.getByTestId('agenda-list').locator('> li').nth(2)).toContainText('Varie ed eventuali');
  await page.getByRole('button', { name: 'Sposta giù: Varie ed eventuali' }).click();
  await expect(page.getByTestId('agenda-list').locator('> li').nth(3)).toContainText('Varie ed eventuali');
  await checkScreen(page, '06-preparazione');

  // Roll call: 1-4 in the room, 5 and 6 remote, 7 and 8 absent
  await page.getByRole('link', { name: 'Vai alla seduta (appello e verbale)' }).click();
  await expect(page.getByRole('heading', { name: 'Appello' })).toBeVisible();
  const attendance = page.getByTestId('attendance-panel');
  const setPresence = async (entity: string, label: 'In aula' | 'Da remoto') => {
    await attendance.getByRole('radiogroup', { name: `Presenza di ${entity}` }).getByText(label).click();
    await saved(page);
  };
  await setPresence('Comune di Borgo Alto', 'In aula');
  await setPresence('Comune di Città di Lago', 'In aula');
  await setPresence('Comune di Ponte Nuovo', 'In aula');
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

  // Item 1: statement, unanimity vote
  await statement(page, 'bianchi', 'illustra il verbale della seduta precedente.');
  await page.keyboard.press('Alt+KeyV');
  await expect(page.getByTestId('vote-subject')).toBeFocused();
  await page.keyboard.type('il verbale della seduta del 16 ottobre 2026');
  await page.keyboard.press('Alt+KeyU');
  await expect(page.getByTestId('vote-submit')).toBeFocused();
  await expect(page.getByTestId('vote-sentence')).toContainText("con il voto favorevole dell'unanimità dei presenti");
  await checkScreen(page, '08-votazione-unanimita');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('vote-dialog')).toBeHidden();
  await expect(page.getByTestId('timeline')).toContainText("L'Assemblea approva il verbale della seduta del 16 ottobre 2026 con il voto favorevole dell'unanimità dei presenti.");

  // Item 2: two arrivals (keyboard and button), statements by a member and a new guest, a vote with one named abstainer
  await page.keyboard.press('Alt+PageDown');
  await expect(page.getByTestId('current-item')).toContainText('Punto 2: Piano sociale di zona 2027-2029');
  await page.keyboard.press('Alt+KeyA');
  await expect(page.getByTestId('movement-member')).toBeFocused();
  await page.getByTestId('movement-time').fill('17:51');
  await page.getByTestId('movement-member').fill('7');
  await page.getByTestId('movement-member').press('Enter');
  await expect(page.getByTestId('timeline')).toContainText('Ore 17:51 Arriva: 7. Comune di Valfonda (in aula)');
  await page.getByRole('button', { name: 'Arriva: Comune di Zerbo' }).click();
  await expect(page.getByTestId('quorum-heads')).toContainText('8 su 8');
  // The button stamps the current time: correct it in place.
  const zerbo = page.getByTestId('entry-movement').filter({ hasText: 'Comune di Zerbo' });
  await zerbo.getByRole('button', { name: 'Modifica' }).click();
  await zerbo.getByLabel('Ora', { exact: true }).fill('18:02');
  await zerbo.getByRole('button', { name: 'Salva modifica' }).click();
  await expect(page.getByTestId('timeline')).toContainText('Ore 18:02 Arriva: 8. Comune di Zerbo (in aula)');

  await statement(page, 'ponte', 'presenta il documento di piano.');
  // A guest added inline
  await page.keyboard.press('Alt+KeyN');
  await page.keyboard.type('Carla Fontana');
  await page.keyboard.press('Enter');
  const guestForm = page.getByTestId('guest-form');
  await expect(guestForm.getByLabel('Nome e cognome')).toHaveValue('Carla Fontana');
  await guestForm.getByLabel('Titolo').fill('Sig.ra');
  await guestForm.getByLabel('Genere').selectOption('f');
  await guestForm.getByLabel('Ruolo').fill('legale rappresentante');
  await guestForm.getByLabel('Ente o organizzazione').fill('Cooperativa Il Melograno');
  await guestForm.getByRole('button', { name: 'Aggiungi ospite' }).click();
  await expect(page.getByTestId('statement-text')).toBeFocused();
  await expect(page.getByTestId('speaker-selected')).toHaveText('Sig.ra Carla Fontana');
  await page.keyboard.type('illustra i servizi domiciliari.');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('timeline')).toContainText('CARLA FONTANA');

  // A wrong tally is refused in the dialog
  await page.keyboard.press('Alt+KeyV');
  await page.keyboard.type('il Piano sociale di zona 2027-2029');
  await page.keyboard.press('Alt+KeyF');
  await expect(page.getByTestId('vote-favourable')).toBeFocused();
  await page.getByTestId('vote-favourable').fill('5');
  await expect(page.getByTestId('vote-problems')).toContainText('(5)');
  await expect(page.getByTestId('vote-submit')).toBeDisabled();
  await checkScreen(page, '09-votazione-conteggio-errato');
  await page.getByRole('button', { name: 'Calcola dai presenti (8)' }).click();
  // One named abstainer: Alt+A, seat number, Enter
  await page.keyboard.press('Alt+KeyA');
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('vote-abstained')).toContainText('Comune di Roccafonda');
  await expect(page.getByTestId('vote-sentence')).toContainText('con 7 voti favorevoli e 1 astenuto (Comune di Roccafonda)');
  await expect(page.getByTestId('vote-outcome')).toContainText('Approvato');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('vote-dialog')).toBeHidden();
  await expect(page.getByTestId('timeline')).toContainText('1 astenuto (Comune di Roccafonda)');

  // A departure by keyboard
  await page.keyboard.press('Alt+KeyE');
  await page.getByTestId('movement-time').fill('18:40');
  await page.getByTestId('movement-member').fill('2');
  await page.getByTestId('movement-member').press('Enter');
  await expect(page.getByTestId('quorum-heads')).toContainText('7 su 8');
  await checkScreen(page, '10-seduta-in-corso');

  // Item 3: statement, presa d'atto, then a vote with two abstainers and one against
  await page.keyboard.press('Alt+PageDown');
  await expect(page.getByTestId('current-item')).toContainText('Punto 3');
  await statement(page, 'marchi', "illustra la relazione sull'attività dell'Ufficio di Piano.");
  await page.keyboard.press('Alt+KeyV');
  await page.getByTestId('vote-kind').selectOption('noted');
  await page.getByTestId('vote-subject').fill("la relazione sull'attività dell'Ufficio di Piano");
  await expect(page.getByTestId('vote-sentence')).toContainText("L'Assemblea prende atto della relazione");
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('vote-dialog')).toBeHidden();
  await page.keyboard.press('Alt+KeyV');
  await page.keyboard.type("il programma di formazione degli operatori");
  await page.keyboard.press('Alt+KeyA');
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await page.keyboard.type('roccaf');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Alt+KeyC');
  await page.keyboard.type('8');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('vote-sentence')).toContainText(
    'con 4 voti favorevoli, 1 contrario (Comune di Zerbo) e 2 astenuti (Comune di Ponte Nuovo e Comune di Roccafonda)',
  );
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('vote-dialog')).toBeHidden();

  // Item 4: discussion only, and a reload in the middle of typing loses nothing
  await page.keyboard.press('Alt+PageDown');
  await expect(page.getByTestId('current-item')).toContainText('Punto 4');
  await page.keyboard.press('Alt+KeyN');
  await page.keyboard.type('galli');
  await page.keyboard.press('Enter');
  const draftText = 'chiede notizie sul bando per il trasporto sociale';
  await page.keyboard.type(draftText);
  await expect(page.getByTestId('save-status')).toHaveText('Salvato', { timeout: 3_000 });
  await page.waitForTimeout(700);
  await page.reload();
  await expect(page.getByTestId('statement-text')).toHaveValue(draftText);
  await expect(page.getByTestId('speaker-selected')).toHaveText('Anna Galli');
  await page.getByTestId('statement-text').press('Control+Enter');
  await expect(page.getByTestId('timeline')).toContainText(draftText);
  await page.keyboard.press('Alt+KeyV');
  await page.getByTestId('vote-kind').selectOption('noVote');
  await expect(page.getByTestId('vote-sentence')).toContainText('Il punto non è oggetto di votazione.');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('vote-dialog')).toBeHidden();

  // Undo of the last action, then redo it by hand
  await page.keyboard.press('Alt+KeyZ');
  await expect(page.getByTestId('timeline')).not.toContainText('non è oggetto di votazione');
  await page.keyboard.press('Alt+KeyV');
  await page.getByTestId('vote-kind').selectOption('noVote');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('timeline')).toContainText('Il punto non è oggetto di votazione.');
  await expect(page.getByTestId('verbale-preview')).toContainText('Il punto non è oggetto di votazione.');

  // Help panel
  await page.keyboard.press('F1');
  await expect(page.getByTestId('help-panel')).toBeVisible();
  await checkScreen(page, '11-scorciatoie');
  await page.keyboard.press('Escape');

  // Chair view
  const meetingUrl = page.url();
  const meetingId = decodeURIComponent(meetingUrl.split('#/meeting/')[1]!.split('/')[0]!);
  const chair = await page.context().newPage();
  await chair.goto(`/#/chair/${encodeURIComponent(meetingId)}`);
  await expect(chair.getByTestId('chair-heads')).toHaveText('Presenti 7 su 8');
  await expect(chair.getByTestId('chair')).toContainText('Varie ed eventuali');
  await checkScreen(chair, '12-schermo-presidente');
  await chair.close();

  // Close and export
  await page.getByRole('link', { name: 'Chiusura ed esportazione' }).click();
  await expect(page.getByTestId('check-ok')).toBeVisible();
  await page.getByTestId('end-time').fill('19:47');
  await page.getByRole('button', { name: 'Chiudi la seduta' }).click();
  await expect(page.getByRole('heading', { name: 'Seduta chiusa alle 19:47' })).toBeVisible();
  await page.getByRole('button', { name: 'Esporta verbale DOCX' }).click();
  const link = page.getByTestId('docx-link');
  await expect(link).toBeVisible({ timeout: 30_000 });
  await checkScreen(page, '13-chiusura-esportazione');
  const downloadPromise = page.waitForEvent('download');
  await link.click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const text = await docxText(readFileSync((await download.path())!));

  const expected = [
    BODY_NAME,
    '20 novembre 2026',
    'Comune di Borgo Alto',
    'sì da remoto',
    'Giulia Marchi',
    'LUCA BIANCHI',
    "L'Assemblea approva il verbale della seduta del 16 ottobre 2026 con il voto favorevole dell'unanimità dei presenti.",
    'Arriva alle ore 17:51',
    'Comune di Valfonda',
    'Arriva alle ore 18:02',
    'CARLA FONTANA',
    'illustra i servizi domiciliari.',
    'con 7 voti favorevoli e 1 astenuto (Comune di Roccafonda)',
    'Alle ore 18:40 lascia la seduta',
    "L'Assemblea prende atto della relazione sull'attività dell'Ufficio di Piano.",
    'con 4 voti favorevoli, 1 contrario (Comune di Zerbo) e 2 astenuti (Comune di Ponte Nuovo e Comune di Roccafonda)',
    draftText,
    'Il punto non è oggetto di votazione.',
    'si chiude alle ore 19:47',
  ];
  let from = 0;
  for (const sentence of expected) {
    const at = text.indexOf(sentence, from);
    expect(at, `nel DOCX, dopo la posizione ${from}: «${sentence}»`).toBeGreaterThanOrEqual(0);
    from = at;
  }
  expect(text.match(/DECISIONE:/g)?.length).toBe(5);
});

import { spawnSync } from 'node:child_process';
import { expect, type Locator, type Page } from '@playwright/test';
import { checkScreen } from './helpers';
import { addEntry, meetingPath, setCurrentItem, startedMeeting, test } from './known-state';

/** Selects the words in the text as the clerk does with the mouse or Shift+arrows. */
const select = (text: Locator, words: string) =>
  text.evaluate((target, selected) => {
    const node = [...target.childNodes].find((child) => child.textContent?.includes(selected))!;
    const start = node.textContent!.indexOf(selected);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + selected.length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  }, words);

/** Downloads the public PDF/A of the closed meeting from the close screen; its text, whitespace collapsed. */
async function publicPdfText(page: Page, meetingId: string): Promise<string> {
  await page.goto(meetingPath(meetingId, '/close'));
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Copia per la pubblicazione (PDF/A)' }).click();
  return pdfText((await (await downloadPromise).path())!);
}

const pdfText = (file: string) => spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');

test('copia per la pubblicazione: nomi segnati nel testo di un intervento e nell\'oggetto di una decisione mancano dal PDF/A pubblico, sostituiti da omissis', async ({ page, api }) => {
  const known = await startedMeeting(api);
  const text = 'segnala la situazione della signora Zaffiretti, seguita dai servizi.';
  await addEntry(api, known, 0, { type: 'statement', speaker: { kind: 'member', memberId: known.seat(3) }, text });

  await addEntry(api, known, 0, { type: 'decision', kind: 'noted', subject: 'della segnalazione sulla famiglia Brambillonti' });

  await page.goto(meetingPath(known.meetingId));
  for (const [testId, word] of [['entry-statement', 'Zaffiretti'], ['entry-decision', 'Brambillonti']] as const) {
    const entry = page.getByTestId(testId).filter({ hasText: word });
    await expect(entry).toBeVisible();
    await select(entry.locator('[data-omissis-target]'), word);
    await entry.getByRole('button', { name: 'Ometti nella copia pubblica' }).click();
    await expect(entry.locator('mark.omissis')).toHaveText(word);
  }
  await checkScreen(page, '13-omissis-segnato');

  await api.call('meetings.close', { meetingId: known.meetingId, endTime: '19:47' });
  await page.goto(meetingPath(known.meetingId, '/close'));
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Copia per la pubblicazione (PDF/A)' }).click();
  const download = await downloadPromise;
  await expect(page.getByTestId('public-saved')).toHaveText('Copia per la pubblicazione esportata: verbale-2026-11-20-rev1-pubblicazione.pdf');
  await checkScreen(page, '13-copia-pubblicazione');

  expect(download.suggestedFilename()).toBe('verbale-2026-11-20-rev1-pubblicazione.pdf');
  const published = pdfText((await download.path())!);
  expect(published).toContain('Copia per la pubblicazione — dati personali omessi');
  expect(published).toContain('segnala la situazione della signora omissis, seguita dai servizi.');
  expect(published).toContain('della segnalazione sulla famiglia omissis');
  expect(published).not.toContain('Zaffiretti');
  expect(published).not.toContain('Brambillonti');
});

test("copia per la pubblicazione: parole del titolo di un punto e il nome di un'ospite riservato mancano dal PDF/A pubblico", async ({ page, api }) => {
  const known = await startedMeeting(api);
  await api.call('meetings.updateItem', { meetingId: known.meetingId, itemId: known.itemIds[3]!, title: 'Contributo al nucleo Ferraguttini', attachments: [], linkedMeetingIds: [] });
  await setCurrentItem(api, known, 3);
  await api.call('meetings.addGuest', { meetingId: known.meetingId, guest: { name: 'Ermenegilda Quartaroli', role: 'familiare', gender: 'f' } });

  await page.goto(meetingPath(known.meetingId));
  const title = page.getByTestId('current-item');
  await select(title.locator('[data-omissis-target]'), 'Ferraguttini');
  await page.getByRole('group', { name: 'Titolo del punto nella copia per la pubblicazione' }).getByRole('button', { name: 'Ometti nella copia pubblica' }).click();
  await expect(title.locator('mark.omissis')).toHaveText('Ferraguttini');

  const guest = page.getByTestId('guest').filter({ hasText: 'Ermenegilda Quartaroli' });
  await guest.getByRole('button', { name: 'Nome riservato: Ermenegilda Quartaroli' }).click();
  await expect(guest.getByRole('button', { name: 'Nome non riservato: Ermenegilda Quartaroli' })).toBeVisible();
  await checkScreen(page, '13-omissis-titolo-ospite');

  await api.call('meetings.close', { meetingId: known.meetingId, endTime: '19:47' });
  const published = await publicPdfText(page, known.meetingId);
  expect(published).toContain('Contributo al nucleo omissis');
  expect(published).not.toContain('Ferraguttini');
  // The guest's line is still printed, without her name.
  expect(published).toContain('omissis, familiare');
  expect(published).not.toContain('Quartaroli');
  expect(published).not.toContain('Ermenegilda');
});

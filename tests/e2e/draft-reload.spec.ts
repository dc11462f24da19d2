import { expect } from '@playwright/test';
import type { Draft } from '../../shared/api/contract';
import { meetingPath, setCurrentItem, startedMeeting, test } from './known-state';

test('ricaricare la pagina mentre si scrive un intervento non perde né il testo né chi parla', async ({ page, api }) => {
  const known = await startedMeeting(api);
  await setCurrentItem(api, known, 3);
  await page.goto(meetingPath(known.meetingId));
  await expect(page.getByTestId('speaker-input')).toBeFocused();
  await page.keyboard.press('Alt+KeyN');
  await page.keyboard.type('galli');
  await page.keyboard.press('Enter');
  const draftText = 'chiede notizie sul bando per il trasporto sociale';
  await page.keyboard.type(draftText);
  // The autosave follows the last keystroke: reload once the server holds the whole text.
  await expect
    .poll(async () => ((await api.call('meetings.drafts', { meetingId: known.meetingId })) as Draft[]).some((d) => d.text.includes(draftText)))
    .toBe(true);
  await page.reload();
  await expect(page.getByTestId('statement-text')).toHaveValue(draftText);
  await expect(page.getByTestId('speaker-selected')).toHaveText('Anna Galli');
  await page.getByTestId('statement-text').press('Control+Enter');
  await expect(page.getByTestId('timeline')).toContainText(draftText);
  await expect(page.getByTestId('statement-text')).toHaveValue('');
});

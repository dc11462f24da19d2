import { expect } from '@playwright/test';
import { unrecordedStatement } from './helpers';
import { meetingPath, setCurrentItem, startedMeeting, test } from './known-state';

test('ricaricare la pagina mentre si scrive un intervento non perde né il testo né chi parla', async ({ page, api }) => {
  const known = await startedMeeting(api);
  await setCurrentItem(api, known, 3);
  await page.goto(meetingPath(known.meetingId));
  await expect(page.getByTestId('speaker-input')).toBeFocused();
  await page.keyboard.press('Alt+KeyN');
  const draftText = 'chiede notizie sul bando per il trasporto sociale';
  // The autosave follows the last keystroke: reload once the server holds the whole text.
  await unrecordedStatement(page, api, known.meetingId, 'galli', draftText);
  await page.reload();
  await expect(page.getByTestId('statement-text')).toHaveValue(draftText);
  await expect(page.getByTestId('speaker-selected')).toHaveText('Anna Galli');
  await page.getByTestId('statement-text').press('Control+Enter');
  await expect(page.getByTestId('timeline')).toContainText(draftText);
  await expect(page.getByTestId('statement-text')).toHaveValue('');
});

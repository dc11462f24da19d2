import { expect } from '@playwright/test';
import { checkScreen } from './helpers';
import { meetingPath, startedMeeting, test } from './known-state';

test('ricerca dell’oratore per carica: «presidente» è il presidente (mai un ospite), «verbalizzante» la verbalizzante, ↓ gli ultimi oratori', async ({ page, api }) => {
  const { meetingId } = await startedMeeting(api);
  await page.goto(meetingPath(meetingId));
  const speaker = page.getByTestId('speaker-input');
  await expect(speaker).toBeFocused();

  await page.keyboard.type('presidente');
  const list = page.getByRole('listbox', { name: 'Oratori' });
  await expect(list.getByRole('option').first()).toContainText('Luca Bianchi');
  await expect(list.getByRole('option').first()).toContainText('Presidente · Sindaco, Comune di Ponte Nuovo (n. 3)');
  // Luca Bianchi is the president and sits for seat 3: one option, not two.
  await expect(list.getByRole('option', { name: /Luca Bianchi/ })).toHaveCount(1);
  await checkScreen(page, 'speaker-search-01-presidente');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('speaker-selected')).toHaveText('Luca Bianchi');
  await expect(page.getByTestId('statement-text')).toBeFocused();
  await page.keyboard.type('Il presidente apre la discussione.');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('timeline')).toContainText('Il presidente apre la discussione.');

  await page.keyboard.press('Alt+KeyN');
  await page.keyboard.type('verbaliz');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('speaker-selected')).toHaveText('Anna Verdi');
  await page.keyboard.type('La verbalizzante dà lettura della nota.');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('timeline')).toContainText('La verbalizzante dà lettura della nota.');

  // The last speakers, one key away from the empty field, the last one first.
  await page.keyboard.press('Alt+KeyN');
  await page.keyboard.press('ArrowDown');
  const recent = page.getByRole('listbox', { name: 'Ultimi oratori' });
  await expect(recent.getByRole('option')).toHaveText([/Anna Verdi/, /Luca Bianchi/]);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('speaker-selected')).toHaveText('Luca Bianchi');

  // By mouse too: a click on an option chooses it.
  await page.keyboard.press('Alt+KeyN');
  await page.keyboard.type('verbaliz');
  await page.getByRole('listbox', { name: 'Oratori' }).getByRole('option', { name: /Anna Verdi/ }).click();
  await expect(page.getByTestId('speaker-selected')).toHaveText('Anna Verdi');
  await expect(page.getByRole('listbox', { name: 'Oratori' })).toHaveCount(0);
  const meeting = (await api.call('meetings.get', { meetingId })) as { meeting: { guests: unknown[] } };
  expect(meeting.meeting.guests).toEqual([]);
});

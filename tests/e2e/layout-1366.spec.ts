import { mkdirSync } from 'node:fs';
import { expect } from '@playwright/test';
import { SCREENS_DIR, checkScreen } from './helpers';
import { addEntry, meetingPath, startedMeeting, test } from './known-state';

test.use({ viewport: { width: 1366, height: 768 } });

test('1366×768: su un punto lungo la barra delle azioni e il pannello del quorum restano in vista', async ({ page, api }) => {
  const known = await startedMeeting(api);
  for (let i = 1; i <= 25; i++) {
    await addEntry(api, known, 0, { type: 'statement', speaker: { kind: 'member', memberId: known.seat((i % 6) + 1) }, text: `Intervento numero ${i}: ${'parole dette in aula '.repeat(12)}` });
  }
  await page.goto(meetingPath(known.meetingId));
  await expect(page.getByTestId('speaker-input')).toBeFocused();
  const toolbar = page.getByRole('toolbar', { name: 'Azioni della seduta' });
  const quorum = page.getByTestId('quorum-panel');
  await expect(toolbar).toBeInViewport();
  await expect(quorum).toBeInViewport();

  // The page scrolled down to the end of the live columns (the composer under the long item), the attendance column to its end.
  await page.locator('.live__grid').evaluate((grid) => window.scrollTo(0, window.scrollY + grid.getBoundingClientRect().bottom - window.innerHeight));
  await expect(page.getByTestId('statement-text')).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  await page.locator('.live__side').evaluate((side) => side.scrollTo(0, side.scrollHeight));
  await expect(toolbar).toBeInViewport({ ratio: 1 });
  await expect(quorum).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('button', { name: /Votazione/ })).toBeInViewport();
  const noHorizontalScroll = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(noHorizontalScroll).toBe(true);
  mkdirSync(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENS_DIR}/layout-1366-scrolled.png` });
  await checkScreen(page, 'layout-1366');
});

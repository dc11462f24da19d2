import { mkdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import JSZip from 'jszip';
import type { Draft } from '../../shared/api/contract';
import { meetingPath, type Api } from './known-state';

/** Records a statement by keyboard: Alt+N, speaker by type-ahead, text, Ctrl+Enter. */
export async function statement(page: Page, speakerQuery: string, text: string): Promise<void> {
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

/**
 * A statement typed and left unrecorded, from the speaker field: speaker by type-ahead, then the text; returns once
 * the autosave has given the server the whole text.
 */
export async function unrecordedStatement(page: Page, api: Api, meetingId: string, speakerQuery: string, text: string): Promise<void> {
  await page.keyboard.type(speakerQuery);
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
  await expect.poll(async () => ((await api.call('meetings.drafts', { meetingId })) as Draft[]).some((d) => d.text.includes(text))).toBe(true);
}

/** Opens the vote by keyboard (Alt+V), types its subject, then names the abstained (Alt+A) by seat or name, each with Enter. */
export async function typeVote(page: Page, subject: string, abstained: string[] = []): Promise<void> {
  await page.keyboard.press('Alt+KeyV');
  await expect(page.getByTestId('vote-subject')).toBeFocused();
  await page.keyboard.type(subject);
  if (abstained.length === 0) return;
  await page.keyboard.press('Alt+KeyA');
  for (const who of abstained) {
    await page.keyboard.type(who);
    await page.keyboard.press('Enter');
  }
}

/** Closes the meeting at 18:30 from its closing screen, then exports the verbale there: the DOCX's bytes. */
export async function closeAndExportDocx(page: Page, meetingId: string): Promise<Buffer> {
  await page.goto(meetingPath(meetingId, '/close'));
  await page.getByTestId('end-time').fill('18:30');
  await page.getByRole('button', { name: 'Chiudi la seduta' }).click();
  await page.getByRole('button', { name: 'Conferma: chiudi alle 18:30' }).click();
  const downloadPromise = page.waitForEvent('download', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Esporta verbale DOCX' }).click();
  return readFileSync((await (await downloadPromise).path())!);
}

export async function saved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveText('Salvato');
}

export const SCREENS_DIR = 'test-results/screens';

/** axe-core on the page as it is now: no serious or critical violation. Saves a screenshot too. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENS_DIR}/${name}.png`, fullPage: true });
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(bad, `violazioni di accessibilità su «${name}»`).toEqual([]);
}

/** The text of word/document.xml, one paragraph per line. */
export async function docxText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .split(/<\/w:p>/)
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) => m[1]!)
        .join('')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'"),
    )
    .filter((line) => line.trim() !== '')
    .join('\n');
}

/** Focuses a field and types there, as she does with Tab and the keys; `replace`: what it held is selected first. */
export async function typeInto(page: Page, field: Locator, text: string, { replace = false } = {}): Promise<void> {
  await field.focus();
  if (replace) await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

export { MEMBERS_CSV } from '../fixtures/members-csv';
export { ORGANISATIONS_CSV } from '../fixtures/organisations-csv';

import { existsSync, mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, expect, test, type Page } from '@playwright/test';
import type { MethodInput, MethodName } from '../../shared/api/contract';
import type { ApiResponse } from '../../shared/api/errors';
import { locateElectron } from '../../scripts/build-electron.mjs';
import { docxText } from '../e2e/helpers';
import { resultOf, startedMeeting, type Api } from '../e2e/known-state';

/** What the preload exposes to our pages (electron/shell/preload.ts). */
interface PageBridge {
  verbalizza: { api: Record<string, (input: unknown) => Promise<ApiResponse<unknown>>> };
}

/** The contract over the real IPC: the page's own bridge, through the main process's guard. */
class IpcApi implements Api {
  constructor(private readonly page: Page) {}

  async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<unknown> {
    const response = await this.page.evaluate(
      ([name, given]) => (window as unknown as PageBridge).verbalizza.api[name]!(given),
      [method, input] as const,
    );
    return resultOf(method, response);
  }
}

const VOTE_SENTENCE = "L'Assemblea approva il verbale della seduta del 16 ottobre 2026 con il voto favorevole dell'unanimità dei presenti.";

test('l’app desktop: una votazione, lo schermo del presidente che la segue, il verbale esportato dalla finestra di salvataggio, l’uscita pulita', async () => {
  const electron = locateElectron();
  if (!electron.ok) throw new Error(`Electron non installato: ${electron.detail} (npm run test:electron lo dice prima di partire).`);
  const dataDir = mkdtempSync(join(tmpdir(), 'verbalizza-electron-'));
  const exportPath = join(mkdtempSync(join(tmpdir(), 'verbalizza-electron-export-')), 'verbale.docx');
  const env = Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined));
  // The app must start as Electron, never as the plain Node some shells force with this variable.
  delete env.ELECTRON_RUN_AS_NODE;
  const app = await _electron.launch({ executablePath: electron.path, args: [resolve('.')], env: { ...env, VERBALIZZA_DATA_DIR: dataDir } });
  const exited = new Promise<number | null>((done) => app.process().once('exit', (code) => done(code)));

  const main = await app.firstWindow();
  await expect(main.getByRole('heading', { name: 'Archivio e organi' })).toBeVisible();
  const { meetingId } = await startedMeeting(new IpcApi(main));
  await main.evaluate((hash) => (window.location.hash = hash), `#/meeting/${encodeURIComponent(meetingId)}`);
  await expect(main.getByTestId('speaker-input')).toBeFocused();

  // The chair display: the link opens the shell's own window, bound to this meeting.
  const [chair] = await Promise.all([app.waitForEvent('window'), main.getByRole('link', { name: 'Schermo presidente' }).click()]);
  await expect(chair.getByTestId('chair-heads')).toHaveText('Presenti 6 su 8');
  const lastDecision = chair.getByRole('region', { name: 'Ultimo esito' });
  await expect(lastDecision).toContainText('Nessuna decisione finora.');

  await main.bringToFront();
  await main.getByTestId('speaker-input').focus();
  await main.keyboard.press('Alt+KeyV');
  await expect(main.getByTestId('vote-subject')).toBeFocused();
  await main.keyboard.type('il verbale della seduta del 16 ottobre 2026');
  await main.keyboard.press('Alt+KeyU');
  await main.keyboard.press('Enter');
  await expect(main.getByTestId('timeline')).toContainText(VOTE_SENTENCE);
  await expect(lastDecision).toContainText(VOTE_SENTENCE);

  await main.getByRole('link', { name: 'Chiusura ed esportazione' }).click();
  await expect(main.getByTestId('check-ok')).toBeVisible();
  await main.getByTestId('end-time').fill('19:47');
  await main.getByRole('button', { name: 'Chiudi la seduta' }).click();
  await main.getByRole('button', { name: 'Conferma: chiudi alle 19:47' }).click();
  await expect(main.getByRole('heading', { name: 'Seduta chiusa alle 19:47' })).toBeVisible();

  // File → Esporta DOCX…: only the save dialog is stubbed, the rest (menu, shell, files.saveDocx) is the app's own.
  await app.evaluate(({ dialog }, filePath) => {
    dialog.showSaveDialog = (() => Promise.resolve({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
  }, exportPath);
  await app.evaluate(({ Menu }) => {
    const item = Menu.getApplicationMenu()
      ?.items.flatMap((top) => top.submenu?.items ?? [])
      .find((entry) => entry.label === 'Esporta DOCX…');
    if (!item) throw new Error('Voce di menu «Esporta DOCX…» non trovata');
    item.click();
  });
  await expect.poll(() => existsSync(exportPath), { timeout: 30_000 }).toBe(true);
  const text = await docxText(await readFile(exportPath));
  expect(text).toContain(VOTE_SENTENCE);
  expect(text).toContain('si chiude alle ore 19:47');

  await app.close();
  expect(await exited).toBe(0);
  // Closed cleanly: the backend released the data folder's writer lock on the way out.
  expect(existsSync(join(dataDir, 'verbalizza.lock'))).toBe(false);
});

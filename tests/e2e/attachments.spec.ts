import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { signP7m, throwawaySigner } from '../fixtures/sign-with-openssl';
import { checkScreen } from './helpers';
import { addEntry, meetingPath, startedMeeting, test } from './known-state';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const NO_VOTE = { type: 'decision', kind: 'noVote', subject: '', againstMemberIds: [], abstainedMemberIds: [], notVotingMemberIds: [] } as const;

/** A one-page PDF, as a scanner would give: enough for the app to recognise it from its bytes. */
const RELAZIONE = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

test('allegati come file: si allega un PDF a un punto, è All.1 nel titolo e nell’elenco del verbale; firma e fascicolo', async ({ page, api }) => {
  const known = await startedMeeting(api);
  for (const index of known.itemIds.keys()) await addEntry(api, known, index, NO_VOTE);

  await page.goto(meetingPath(known.meetingId, '/setup'));
  const second = (await api.call('meetings.get', { meetingId: known.meetingId })) as { meeting: { items: { title: string }[] } };
  const title = second.meeting.items[1]!.title;
  await page.getByRole('button', { name: `Modifica: ${title}` }).click();
  await expect(page.getByText('massimo 50 MB')).toBeVisible();
  await page.getByTestId('edit-1-file-title').fill('Relazione del revisore');
  await page.getByTestId('edit-1-file').setInputFiles({ name: 'relazione.pdf', mimeType: 'application/pdf', buffer: RELAZIONE });
  await page.getByRole('button', { name: 'Allega file' }).click();
  const files = page.getByTestId('edit-1-files');
  await expect(files).toContainText('All.1 – Relazione del revisore');
  await expect(files).toContainText('relazione.pdf, PDF');
  // A text file called .pdf is refused, saying why.
  await page.getByTestId('edit-1-file').setInputFiles({ name: 'finto.pdf', mimeType: 'application/pdf', buffer: Buffer.from('solo testo') });
  await page.getByRole('button', { name: 'Allega file' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '«finto.pdf» non è di un tipo accettato' })).toBeVisible();
  await checkScreen(page, '30-allegati-punto');
  await page.getByRole('button', { name: 'Salva punto' }).click();
  await expect(page.getByTestId('agenda-list')).toContainText('(All.1)');

  // The verbale: All.1 in the item's heading and in the list at the end, with the file's name.
  await api.call('meetings.setCurrentItem', { meetingId: known.meetingId, itemId: known.itemIds[1]! });
  await page.goto(meetingPath(known.meetingId));
  const preview = page.getByTestId('verbale-preview');
  await expect(preview.locator('.preview__item')).toContainText(`${title} (All.1)`);
  await expect(preview.locator('[data-role="attachment"]')).toHaveText('All.1 – Relazione del revisore (file: relazione.pdf)');

  await api.call('meetings.close', { meetingId: known.meetingId, endTime: '19:47' });
  await page.goto(meetingPath(known.meetingId, '/close'));
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Esporta per la firma' }).click();
  const pdfDownload = await exported;
  expect(pdfDownload.suggestedFilename()).toBe('verbale-2026-11-20-rev1-per-firma.pdf');
  const pdf = readFileSync((await pdfDownload.path())!);
  await expect(page.getByTestId('signing-export')).toContainText(sha256(pdf));

  const work = mkdtempSync(join(tmpdir(), 'verbalizza-e2e-firma-'));
  const p7m = signP7m(work, pdf, throwawaySigner(work));
  await page.getByTestId('signed-file').setInputFiles({ name: 'verbale-2026-11-20-rev1-per-firma.pdf.p7m', mimeType: 'application/pkcs7-mime', buffer: p7m });
  await page.getByRole('button', { name: 'Allega il file firmato' }).click();
  await expect(page.getByTestId('signed-status')).toContainText('file .p7m (CAdES), 1 firma, sul PDF/A esportato per la firma');
  await expect(page.getByText('La validità dei certificati non è verificata: usare il software di firma.')).toBeVisible();

  const zipped = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Esporta il fascicolo (.zip)' }).click();
  const dossier = await zipped;
  await expect(page.getByTestId('dossier-saved')).toContainText('Fascicolo esportato: fascicolo-2026-11-20-rev1.zip');
  await checkScreen(page, '31-firma-fascicolo');
  const folder = join(work, 'fascicolo');
  execFileSync('unzip', ['-q', (await dossier.path())!, '-d', folder]);
  const index = JSON.parse(readFileSync(join(folder, 'indice.json'), 'utf8')) as { files: { file: string; role: string; sha256: string }[] };
  expect(index.files.map((entry) => entry.role)).toEqual(['verbale-pdfa', 'verbale-docx', 'verbale-firmato', 'allegato']);
  for (const entry of index.files) expect(sha256(readFileSync(join(folder, entry.file))), entry.file).toBe(entry.sha256);
  expect(readdirSync(join(folder, 'allegati'))).toEqual(['All.1 - relazione.pdf']);
  expect(index.files[0]!.sha256).toBe(sha256(pdf));

  await page.goto('/');
  await expect(page.locator('.badge--signed').first()).toHaveText('Firmata');
});

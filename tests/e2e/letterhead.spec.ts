import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import JSZip from 'jszip';
import type { Body } from '../../shared/model';
import { checkScreen, closeAndExportDocx, saved } from './helpers';
import { createBody, oneItemMeeting, test } from './known-state';

const HEADER = ["Ufficio di Piano dell'Ambito Territoriale Val Chiara", 'Via Roma 1, 20100 Val Chiara (VC)'];
const FOOTER = ['PEC: ufficiodipiano@pec.valchiara.example', 'Codice fiscale 01234567890'];

/** The visible text of a DOCX part, one paragraph a line. */
const partText = (xml: string) =>
  xml
    .split('</w:p>')
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''))
    .filter((line) => line.trim() !== '')
    .map((line) => line.replace(/&apos;/g, "'").replace(/&amp;/g, '&'));

test('carta intestata: logo, righe dell’intestazione e del piè di pagina impostate nella scheda dell’organo, stampate nel DOCX esportato', async ({ page, api }) => {
  const body = await createBody(api);
  await page.goto(`/#/body/${encodeURIComponent(body.id)}`);
  const letterhead = page.getByRole('group', { name: 'Carta intestata del verbale' });
  await letterhead.getByLabel('Carica il logo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: readFileSync('resources/icon.png') });
  await expect(letterhead.getByRole('img', { name: "Logo dell'ente" })).toBeVisible();
  await letterhead.getByLabel("Righe dell'intestazione (una per riga)").fill(HEADER.join('\n'));
  await letterhead.getByLabel('Righe del piè di pagina (una per riga)').fill(`${FOOTER[0]}\n\n${FOOTER[1]}\n`);
  await checkScreen(page, 'carta-intestata-organo');

  // The office's Word letterhead is taken with its file name, and can be removed.
  const word = new JSZip();
  for (const part of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml']) word.file(part, '<x/>');
  const wordBytes = await word.generateAsync({ type: 'nodebuffer' });
  await letterhead.getByLabel('Carica la carta intestata Word').setInputFiles({ name: 'carta-ufficio.dotx', mimeType: 'application/octet-stream', buffer: wordBytes });
  await expect(letterhead).toContainText('File: carta-ufficio.dotx');
  await letterhead.getByRole('button', { name: 'Rimuovi la carta intestata' }).click();

  // A file that is not a Word package, whatever its name, is refused beside the field, and nothing is set.
  await letterhead.getByLabel('Carica la carta intestata Word').setInputFiles({ name: 'carta.docx', mimeType: 'application/octet-stream', buffer: readFileSync('resources/icon.png') });
  await expect(letterhead.getByRole('alert')).toHaveText('«carta.docx»: La carta intestata non è un documento Word valido (.docx o .dotx)');
  await expect(letterhead).not.toContainText('File: carta.docx');
  await checkScreen(page, 'carta-intestata-rifiutata');
  await page.getByRole('button', { name: 'Salva dati e regole' }).click();
  await saved(page);
  const stored = (await api.call('bodies.get', { bodyId: body.id })) as Body;
  expect(stored.letterhead).toEqual({ headerLines: HEADER, footerLines: FOOTER, word: null });
  expect(stored.logo?.mimeType).toBe('image/png');

  // A meeting of this body, one item with no vote, closed: what the clerk exports.
  const meetingId = await oneItemMeeting(api, body);
  const zip = await JSZip.loadAsync(await closeAndExportDocx(page, meetingId));

  const parts = Object.keys(zip.files);
  const text = async (pattern: RegExp) => Promise.all(parts.filter((path) => pattern.test(path)).map(async (path) => partText(await zip.file(path)!.async('string'))));
  const [header] = await text(/^word\/header\d*\.xml$/);
  const [footer] = await text(/^word\/footer\d*\.xml$/);
  expect(header).toEqual(HEADER);
  expect(footer?.slice(0, 2)).toEqual(FOOTER);
  expect(footer?.[2]).toMatch(/^Pagina /);
  // The logo is in the header (its relationships name the image), not above the title.
  const headerRels = await Promise.all(parts.filter((path) => /^word\/_rels\/header\d*\.xml\.rels$/.test(path)).map((path) => zip.file(path)!.async('string')));
  expect(headerRels.join('')).toMatch(/Target="media\/[^"]+\.png"/);
  expect(await zip.file('word/document.xml')!.async('string')).not.toContain('<w:drawing>');
});

import { expect } from '@playwright/test';
import { checkScreen, docxText, saved } from './helpers';
import { createBody, oneItemMeeting, test } from './known-state';
import type { StylePreset } from '../../shared/api/styles';
import type { Body } from '../../shared/model';

test('cariche: il titolo accanto al nome del Presidente, la verbalizzante scelta tra i partecipanti; il verbale li stampa così', async ({ page, api }) => {
  const body = await createBody(api);
  await page.goto(`/#/body/${encodeURIComponent(body.id)}`);
  const president = page.getByRole('group', { name: 'Presidente', exact: true });
  await president.getByLabel('Titolo').fill('Sig.');
  const minuteTaker = page.getByRole('group', { name: 'Verbalizzante', exact: true });
  await minuteTaker.getByLabel('La verbalizzante è un partecipante').selectOption({ label: 'Dott.ssa Giulia Marchi, Assistente sociale' });
  await expect(minuteTaker.getByLabel('Nome e cognome')).toHaveValue('Giulia Marchi');
  await expect(minuteTaker.getByLabel('Titolo')).toHaveValue('Dott.ssa');
  await checkScreen(page, 'cariche-titolo-partecipante');
  await page.getByRole('button', { name: 'Salva dati e regole' }).click();
  await saved(page);

  const stored = (await api.call('bodies.get', { bodyId: body.id })) as Body;
  const participant = stored.participants.find((p) => p.name === 'Giulia Marchi')!;
  // The title stays beside the name: the president's name is still his own.
  expect(stored.president).toMatchObject({ honorific: 'Sig.', name: 'Luca Bianchi' });
  expect(stored.minuteTaker).toMatchObject({ participantId: participant.id, honorific: 'Dott.ssa', name: 'Giulia Marchi' });

  // In a style that prints titles under the signatures (Sintetico), the exported verbale names both with their titles.
  const presets = (await api.call('styles.presets', {})) as StylePreset[];
  await api.call('styles.set', { bodyId: body.id, style: presets.find((preset) => preset.style.name === 'Sintetico')!.style });
  const meetingId = await oneItemMeeting(api, stored);
  await api.call('meetings.close', { meetingId, endTime: '18:30' });
  const file = (await api.call('files.exportDocx', { meetingId })) as { base64: string };
  const lines = (await docxText(Buffer.from(file.base64, 'base64'))).split('\n');
  expect(lines).toContain('Sig. Luca Bianchi');
  expect(lines).toContain('Dott.ssa Giulia Marchi');
});

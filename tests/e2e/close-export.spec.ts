import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { checkScreen, docxText } from './helpers';
import { BODY_NAME, addEntry, arrival, meetingPath, startedMeeting, test } from './known-state';

const NO_NAMES = { againstMemberIds: [], abstainedMemberIds: [], notVotingMemberIds: [] };

test('chiusura ed esportazione: la seduta si chiude all’ora indicata e il DOCX scaricato contiene tutto il verbale', async ({ page, api }) => {
  const known = await startedMeeting(api);
  await addEntry(api, known, 0, { type: 'statement', speaker: { kind: 'member', memberId: known.seat(3) }, text: 'illustra il verbale della seduta precedente.' });
  await addEntry(api, known, 0, {
    type: 'decision',
    kind: 'vote',
    subject: 'il verbale della seduta del 16 ottobre 2026',
    immediateEffect: false,
    unanimous: true,
    favourable: 6,
    ...NO_NAMES,
  });
  await arrival(api, known, 1, 7, '17:51');
  await addEntry(api, known, 1, {
    type: 'decision',
    kind: 'vote',
    subject: 'il Piano sociale di zona 2027-2029',
    immediateEffect: false,
    unanimous: false,
    favourable: 6,
    ...NO_NAMES,
    abstainedMemberIds: [known.seat(4)],
  });
  await addEntry(api, known, 1, { type: 'movement', memberId: known.seat(2), movement: 'departure', time: '18:40' });
  await addEntry(api, known, 2, { type: 'statement', speaker: { kind: 'participant', participantId: known.participantId }, text: "illustra la relazione sull'attività dell'Ufficio di Piano." });
  await addEntry(api, known, 2, { type: 'decision', kind: 'noted', subject: "la relazione sull'attività dell'Ufficio di Piano", ...NO_NAMES });
  await addEntry(api, known, 3, { type: 'decision', kind: 'noVote', subject: '', ...NO_NAMES });

  await page.goto(meetingPath(known.meetingId));
  await page.getByRole('link', { name: 'Chiusura ed esportazione' }).click();
  await expect(page.getByTestId('check-ok')).toBeVisible();
  await page.getByTestId('end-time').fill('19:47');
  await page.getByRole('button', { name: 'Chiudi la seduta' }).click();
  // Closing asks once more, with the time it will write.
  await expect(page.getByTestId('close-question')).toContainText('Chiudere la seduta alle 19:47?');
  await page.getByRole('button', { name: 'Conferma: chiudi alle 19:47' }).click();
  await expect(page.getByRole('heading', { name: 'Seduta chiusa alle 19:47' })).toBeVisible();
  // One step: the button saves the file.
  const downloadPromise = page.waitForEvent('download', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Esporta verbale DOCX' }).click();
  const download = await downloadPromise;
  await expect(page.getByTestId('docx-saved')).toContainText('Verbale esportato:');
  await checkScreen(page, '13-chiusura-esportazione');
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const text = await docxText(readFileSync((await download.path())!));

  const expected = [
    BODY_NAME,
    '20 novembre 2026',
    'Comune di Borgo Alto',
    'sì da remoto',
    'Giulia Marchi',
    'LUCA BIANCHI',
    'illustra il verbale della seduta precedente.',
    "L'Assemblea approva il verbale della seduta del 16 ottobre 2026 con il voto favorevole dell'unanimità dei presenti.",
    'Arriva alle ore 17:51',
    'Comune di Valfonda',
    'con 6 voti favorevoli e 1 astenuto (Comune di Roccafonda)',
    'Alle ore 18:40 lascia la seduta',
    "illustra la relazione sull'attività dell'Ufficio di Piano.",
    "L'Assemblea prende atto della relazione sull'attività dell'Ufficio di Piano.",
    'Il punto non è oggetto di votazione.',
    'si chiude alle ore 19:47',
  ];
  let from = 0;
  for (const sentence of expected) {
    const at = text.indexOf(sentence, from);
    expect(at, `nel DOCX, dopo la posizione ${from}: «${sentence}»`).toBeGreaterThanOrEqual(0);
    from = at;
  }
  expect(text.match(/DECISIONE:/g)?.length).toBe(4);
});

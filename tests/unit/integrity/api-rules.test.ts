import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/model';
import { databaseContent, testBackend, type TestBackend } from '../storage/helpers';
import { exampleFileJson } from './helpers';

/** The example meeting, still going on (live, no end time), imported through the API. */
async function liveExample(t: TestBackend): Promise<Meeting> {
  const file = exampleFileJson();
  file.meeting.status = 'live';
  file.meeting.endTime = null;
  return (await t.call('files.importJson', { content: JSON.stringify(file) })).meeting;
}

const movement = (memberId: string, kind: 'arrival' | 'departure' | 'temporaryExit' | 'return', time: string) =>
  ({ type: 'movement', memberId, movement: kind, time, mode: 'room', representative: null, reason: '' }) as const;

let t: TestBackend;
let meeting: Meeting;
beforeEach(async () => {
  t = testBackend();
  meeting = await liveExample(t);
});
afterEach(() => t.close());

describe('the services cannot store a meeting the model refuses', () => {
  async function refused(call: () => Promise<{ kind: string; message: string }>, path: string, message: string) {
    const before = databaseContent(t.backend);
    const error = await call();
    expect(error).toMatchObject({ kind: 'validation', issues: expect.arrayContaining([{ path, message: expect.stringContaining(message) }]) });
    expect(error.message).toMatch(/^Modifica rifiutata: /);
    expect(databaseContent(t.backend)).toBe(before);
  }

  it("refuses immediata eseguibilità where no vote precedes it, and deleting or moving away the vote it follows", async () => {
    const immediate = { type: 'decision', kind: 'vote', subject: "l'immediata eseguibilità", immediateEffect: true, unanimous: true } as const;
    await refused(() => t.fail('meetings.addEntry', { meetingId: meeting.id, itemId: 'i5', entry: immediate }), 'items.4.entries.3.immediateEffect', "l'immediata eseguibilità non segue alcuna deliberazione votata");
    await refused(() => t.fail('meetings.deleteEntry', { meetingId: meeting.id, entryId: 'e2-5' }), 'items.1.entries.4.immediateEffect', 'Punto 2');
    await refused(() => t.fail('meetings.moveEntry', { meetingId: meeting.id, entryId: 'e2-5', toItemId: 'i3', toIndex: 0 }), 'items.1.entries.4.immediateEffect', 'Punto 2');
  });

  it('refuses a president sitting for a member who does not exist', async () => {
    const header = { date: meeting.date, startTime: meeting.startTime, modality: meeting.modality, place: meeting.place, convocation: meeting.convocation, minuteTaker: meeting.minuteTaker };
    await refused(
      () => t.fail('meetings.updateHeader', { meetingId: meeting.id, header: { ...header, president: { ...meeting.president, memberId: 'm99' } } }),
      'president.memberId',
      "Presidente: «m99» non è tra i componenti dell'organo",
    );
  });

  it('refuses closing at 08:00 a meeting that started at 17:30, and accepts a close after midnight', async () => {
    await refused(() => t.fail('meetings.close', { meetingId: meeting.id, endTime: '08:00' }), 'endTime', 'Ora di chiusura 08:00 impossibile per una seduta iniziata alle 17:30');
    const closed = await t.call('meetings.close', { meetingId: meeting.id, endTime: '00:30' });
    expect(closed.fields).toMatchObject({ status: 'closed', endTime: '00:30' });
  });
});

describe('movements out of time order', () => {
  it('are shown at once naming both entries, block closing (MEETING_CHECK_FAILED), and closing works once they are put right', async () => {
    // A departure typed at 19:10 at the end of the meeting, after the 19:20 return of item 4: accepted, shown.
    const view = await t.call('meetings.addEntry', { meetingId: meeting.id, itemId: 'i5', entry: movement('m08', 'departure', '19:10') });
    const entryId = view.createdId as string;
    expect(view.check.ok).toBe(false);
    expect(view.check.problems).toEqual([
      {
        code: 'MOVEMENT_OUT_OF_ORDER',
        message: "Punto 5: l'uscita di Comune di Pietrascura alle 19:10 è registrata dopo il rientro delle 19:20 di Comune di Vignola Bassa (punto 4).",
        itemIndex: 4,
        entryId,
      },
    ]);
    const closing = await t.fail('meetings.close', { meetingId: meeting.id, endTime: '19:50' });
    expect(closing).toMatchObject({ kind: 'domain', code: 'MEETING_CHECK_FAILED', details: [view.check.problems[0]?.message] });

    await t.call('meetings.updateEntry', { meetingId: meeting.id, entryId, entry: movement('m08', 'departure', '19:45') });
    expect((await t.call('meetings.close', { meetingId: meeting.id, endTime: '19:50' })).fields.status).toBe('closed');
  });

  it('refuse closing before the last movement, and a movement before the start is shown', async () => {
    const closing = await t.fail('meetings.close', { meetingId: meeting.id, endTime: '19:00' });
    expect(closing).toMatchObject({
      code: 'MEETING_CHECK_FAILED',
      details: ['Punto 4: il rientro di Comune di Vignola Bassa alle 19:20 è dopo la chiusura della seduta (19:00).'],
    });
    const early = await t.call('meetings.addEntry', { meetingId: meeting.id, itemId: 'i5', entry: movement('m13', 'arrival', '17:15') });
    expect(early.check.problems.map((problem) => problem.message)).toEqual(["Punto 5: l'arrivo di Comune di Serralunga alle 17:15 è prima dell'inizio della seduta (17:30)."]);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingView } from '../../../shared/api/contract';
import type { Omissions } from '../../../shared/model';
import { openBackend } from '../../../electron/backend/services/backend';
import { elementText, openDocx } from '../docx/docx-parts';
import { exampleMeetingFile, exampleMeetingText, testBackend, type TestBackend } from '../storage/helpers';

const none: Omissions = { spans: [], entryIds: [], personIds: [] };

describe('omissis through the API', () => {
  let t: TestBackend;
  let meetingId: string;
  /** The first words of the statement e2-3 («chiede che le risorse…»), marked in these tests. */
  const span = { targetId: 'e2-3', field: 'text' as const, start: 0, end: 6, text: 'chiede' };

  beforeEach(async () => {
    t = testBackend();
    meetingId = (await t.call('files.importJson', { content: exampleMeetingText() })).meeting.id;
  });
  afterEach(() => t.close());

  const journalLength = async () => (await t.call('meetings.journal', { meetingId })).length;

  it('refuses to change the omissis of a closed meeting: only a reopening (a new revision) allows it', async () => {
    const error = await t.fail('meetings.setOmissions', { meetingId, omissions: { ...none, spans: [span] } });
    expect(error.message).toMatch(/chiusa/);
    await t.call('meetings.reopen', { meetingId, reason: 'Omissis per la pubblicazione' });
    const view = await t.viewAfter('meetings.setOmissions', { meetingId, omissions: { ...none, spans: [span] } });
    expect(view.meeting.omissions?.spans).toEqual([span]);
  });

  it('refuses the minute-taker, who signs, as a private person even when she is one of the participants', async () => {
    const file = exampleMeetingFile();
    const meeting = { ...file.meeting, id: 'seduta-verbalizzante', minuteTaker: { ...file.meeting.minuteTaker, participantId: 'p04' }, omissions: { ...none, personIds: ['p04'] } };
    const error = await t.fail('files.importJson', { content: JSON.stringify({ ...file, meeting }) });
    expect(JSON.stringify(error)).toContain('omissions.personIds.0');
    expect(JSON.stringify(error)).toMatch(/la verbalizzante firma il verbale/);
  });

  describe('on a reopened meeting', () => {
    beforeEach(async () => {
      await t.call('meetings.reopen', { meetingId, reason: 'Omissis per la pubblicazione' });
    });

    it.each([
      ['outside the text', { ...none, spans: [{ ...span, start: 5, end: 100_000 }] }, 'omissions.spans.0.end', /fuori dal testo/],
      ['over other words than the marked ones', { ...none, spans: [{ ...span, text: 'Chiede' }] }, 'omissions.spans.0.text', /non sono più quelle segnate/],
      ['over another omissis', { ...none, spans: [span, { ...span, start: 3, end: 10, text: 'ede che' }] }, 'omissions.spans.1.start', /si sovrappone/],
      ['on a field the entry does not have', { ...none, spans: [{ ...span, field: 'subject' as const }] }, 'omissions.spans.0.targetId', /non ha un testo/],
      ['a whole decision', { ...none, entryIds: ['e2-5'] }, 'omissions.entryIds.0', /una decisione non si omette per intero/],
      ['a member\'s representative as a private person', { ...none, personIds: ['m09'] }, 'omissions.personIds.0', /non è un partecipante/],
    ])('refuses omissis %s, naming the field in Italian, and writes nothing', async (_name, omissions, path, message) => {
      const before = await journalLength();
      const error = await t.fail('meetings.setOmissions', { meetingId, omissions });
      expect(JSON.stringify(error)).toContain(path);
      expect(JSON.stringify(error)).toMatch(message);
      expect(await journalLength()).toBe(before);
      expect((await t.call('meetings.get', { meetingId })).meeting.omissions).toBeUndefined();
    });

    it('journals the change, undoes it, keeps it across a restart, and refuses an edit that shortens or moves the marked words', async () => {
      const entryText = (await t.call('meetings.get', { meetingId })).meeting.items[1]!.entries.find((entry) => entry.id === 'e2-3')!;
      if (entryText.type !== 'statement') throw new Error('e2-3');
      const before = await journalLength();
      await t.call('meetings.setOmissions', { meetingId, omissions: { ...none, spans: [span], personIds: ['p01'] } });
      expect(await journalLength()).toBe(before + 1);
      await t.call('meetings.undo', { meetingId });
      expect((await t.call('meetings.get', { meetingId })).meeting.omissions).toBeUndefined();
      await t.call('meetings.redo', { meetingId });
      expect((await t.call('meetings.get', { meetingId })).meeting.omissions?.personIds).toEqual(['p01']);

      const edit = await t.fail('meetings.updateEntry', {
        meetingId,
        entryId: 'e2-3',
        entry: { type: 'statement', speaker: { kind: 'member', memberId: 'm10' }, text: 'chi' },
      });
      expect(JSON.stringify(edit)).toMatch(/testo dell'intervento: l'omissis 0–6 è fuori dal testo/);
      // Words put before the marked ones would move the mark onto others: refused too, nothing printed by mistake.
      const moved = await t.fail('meetings.updateEntry', {
        meetingId,
        entryId: 'e2-3',
        entry: { type: 'statement', speaker: { kind: 'member', memberId: 'm10' }, text: `Inoltre ${entryText.text}` },
      });
      expect(JSON.stringify(moved)).toMatch(/non sono più quelle segnate/);

      t.backend.close();
      const reopened = openBackend(t.dir, { dailyBackup: false });
      try {
        const response = await reopened.dispatch('meetings.get', { meetingId });
        expect(response.ok && (response.result as MeetingView).meeting.omissions?.spans).toEqual([span]);
      } finally {
        reopened.close();
      }
    });

    it('exports the public copy under its own name, the original unchanged beside it', async () => {
      await t.call('meetings.setOmissions', { meetingId, omissions: { ...none, personIds: ['p01'] } });
      await t.call('meetings.close', { meetingId });
      const original = await t.call('files.exportDocx', { meetingId });
      const publicCopy = await t.call('files.exportDocx', { meetingId, copy: 'public' });
      const publicPdf = await t.call('files.exportPdf', { meetingId, copy: 'public' });
      expect(original.fileName).toMatch(/^verbale-[\d-]+-rev2\.docx$/);
      expect(publicCopy.fileName).toMatch(/^verbale-[\d-]+-rev2-pubblicazione\.docx$/);
      expect(publicPdf.fileName).toMatch(/-pubblicazione\.pdf$/);
      const text = async (file: { base64: string }) => elementText((await openDocx(Buffer.from(file.base64, 'base64'))).text('word/document.xml'));
      expect(await text(original)).toContain('Giulia Neri');
      expect(await text(publicCopy)).not.toContain('Giulia Neri');
    });
  });
});

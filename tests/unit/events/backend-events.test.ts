import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingChangedEvent } from '../../../shared/api/events';
import { createExampleBody, exampleMeetingText, testBackend, type TestBackend } from '../storage/helpers';

/** The backend's change event: one per committed meeting write, whoever calls, after the commit; none for a refusal. */
let t: TestBackend;
let heard: MeetingChangedEvent[];
let stop: () => void;

beforeEach(() => {
  t = testBackend();
  heard = [];
  stop = t.backend.onMeetingChanged((event) => heard.push(event));
});
afterEach(() => {
  stop();
  t.close();
});

const newMeeting = { date: '2026-11-20', startTime: '17:30', modality: 'presence', place: '', convocation: 'first' } as const;

function storedVersion(meetingId: string): number {
  return (t.backend.db.prepare('SELECT version FROM meetings WHERE id = ?').get(meetingId) as { version: number }).version;
}

describe('meeting change events', () => {
  it('announces each committed write with the version the archive holds by then, and nothing for bodies, drafts or reads', async () => {
    const body = await createExampleBody(t);
    expect(heard).toEqual([]);
    let seenAtEvent: number | null = null;
    const stopCheck = t.backend.onMeetingChanged((event) => (seenAtEvent = storedVersion(event.meetingId)));
    await t.call('meetings.create', { bodyId: body.id, ...newMeeting });
    stopCheck();
    const meetingId = heard[0]!.meetingId;
    expect(heard).toEqual([{ meetingId, version: 1 }]);
    // Told after the commit: a reader woken by it finds the new version.
    expect(seenAtEvent).toBe(1);

    await t.call('meetings.addItem', { meetingId, title: 'Bilancio' });
    await t.call('meetings.saveDraft', { meetingId, key: 'statement', text: 'bozza' });
    await t.call('meetings.get', { meetingId });
    await t.call('meetings.undo', { meetingId });
    expect(heard).toEqual([
      { meetingId, version: 1 },
      { meetingId, version: 2 },
      { meetingId, version: 3 },
    ]);
    expect(storedVersion(meetingId)).toBe(3);
  });

  it('announces nothing for a refused write (rolled back), and an import once', async () => {
    await t.fail('meetings.addItem', { meetingId: 'sconosciuta', title: 'Bilancio' });
    await t.call('files.importJson', { content: exampleMeetingText() });
    const meetingId = heard[0]?.meetingId;
    expect(heard).toEqual([{ meetingId: 's-2025-03-05', version: 1 }]);
    await t.fail('meetings.addItem', { meetingId, title: 'Su una seduta chiusa' });
    await t.call('files.importJson', { content: exampleMeetingText() });
    // The same file again: already there, nothing written, nothing told.
    expect(heard).toHaveLength(1);
  });

  it('a listener that throws does not undo or fail the write it hears about, and the others still hear it', async () => {
    const body = await createExampleBody(t);
    const stopBroken = t.backend.onMeetingChanged(() => {
      throw new Error('finestra chiusa');
    });
    const response = await t.backend.dispatch('meetings.create', { bodyId: body.id, ...newMeeting });
    stopBroken();
    expect(response.ok).toBe(true);
    expect(heard).toHaveLength(1);
    expect(storedVersion(heard[0]!.meetingId)).toBe(1);
  });

  it('after a restore, tells every meeting of the restored archive with its version there', async () => {
    const body = await createExampleBody(t);
    await t.call('meetings.create', { bodyId: body.id, ...newMeeting });
    const meetingId = heard[0]!.meetingId;
    const backup = t.backend.backupNow();
    await t.call('meetings.addItem', { meetingId, title: 'Dopo la copia' });
    heard = [];
    await t.call('backups.restore', { fileName: backup.split(/[\\/]/).pop()! });
    expect(heard).toEqual([{ meetingId, version: 1 }]);
  });
});

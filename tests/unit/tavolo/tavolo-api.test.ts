import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { normalise, pdfText } from '../docx/libreoffice';
import { profileOf, testBackend, type TestBackend } from '../storage/helpers';
import { exampleSessions } from './examples';

describe('a tavolo session recorded through the API', () => {
  let t: TestBackend;
  afterEach(() => t.close());

  async function newSession() {
    t = testBackend();
    const example = exampleSessions()[2]!;
    const body = await t.call('bodies.create', { profile: profileOf(example.body) });
    const { meetingId } = await t.call('meetings.create', { bodyId: body.id, date: '2026-06-23', startTime: '09:30', modality: 'presence', place: 'la Sala consiliare', convocation: null });
    await t.call('meetings.addItem', { meetingId, title: 'Povertà abitativa e housing first' });
    return { meetingId, body };
  }

  it('stores attendance and what is said, undoes them, and gives the session its number', async () => {
    const { meetingId, body } = await newSession();
    const session = { attendance: [{ organisationId: 'o01', representativeId: 'r1', mode: 'room' as const, arrivedAt: null, leftAt: null }, { organisationId: 'o18', representativeId: 'r1', mode: 'remote' as const, arrivedAt: '10:05', leftAt: null }], nextMeeting: null, observationDays: 7 };
    await t.call('meetings.setTavoloSession', { meetingId, session });
    let view = await t.call('meetings.get', { meetingId });
    expect(view.meeting.tavoloSession?.attendance).toHaveLength(2);
    const itemId = view.meeting.items[0]!.id;
    await t.call('meetings.start', { meetingId });
    await t.call('meetings.addEntry', { meetingId, itemId, entry: { type: 'contribution', organisationId: 'o18', representativeId: 'r1', text: 'Dodici posti letto in inverno.' } });
    await t.call('meetings.addEntry', { meetingId, itemId, entry: { type: 'commitment', owner: { kind: 'staff', staffId: 'st2' }, what: 'Convocare il gruppo di lavoro', due: '2026-07-10' } });
    view = await t.call('meetings.get', { meetingId });
    expect(view.meeting.items[0]!.entries.map((entry) => entry.type)).toEqual(['contribution', 'commitment']);
    expect(view.undoLabel).toBe('impegno di Tommaso Ferraro (Ufficio di Piano) «Convocare il gruppo di lavoro»');
    await t.call('meetings.undo', { meetingId });
    expect((await t.call('meetings.get', { meetingId })).meeting.items[0]!.entries).toHaveLength(1);

    const register = await t.call('tavoli.register', { bodyId: body.id });
    expect(register.rows.find((row) => row.organisationId === 'o18')).toMatchObject({ role: 'consultivo', sessionsAttended: 1, sessionsSinceJoining: 1 });
    const { base64 } = await t.call('files.exportPdf', { meetingId });
    const pdf = join(t.dir, 'incontro.pdf');
    writeFileSync(pdf, Buffer.from(base64, 'base64'));
    expect(normalise(pdfText(pdf))).toContain('Incontro n. 1 Il giorno 23 giugno 2026');
  });

  it('refuses a vote, a person of another organisation, and writes nothing', async () => {
    const { meetingId } = await newSession();
    const itemId = (await t.call('meetings.get', { meetingId })).meeting.items[0]!.id;
    await t.call('meetings.start', { meetingId });
    const vote = await t.fail('meetings.addEntry', { meetingId, itemId, entry: { type: 'decision', kind: 'vote', subject: 'la proposta', favourable: 1 } });
    expect(JSON.stringify(vote)).toContain('un tavolo di co-programmazione non vota');
    const stranger = await t.fail('meetings.setTavoloSession', { meetingId, session: { attendance: [{ organisationId: 'o02', representativeId: 'r7', mode: 'room', arrivedAt: null, leftAt: null }], nextMeeting: null, observationDays: 7 } });
    expect(JSON.stringify(stranger)).toContain('«r7» non è un rappresentante di Cooperativa sociale Il Ponte');
    const view = await t.call('meetings.get', { meetingId });
    expect(view.meeting.items[0]!.entries).toEqual([]);
    expect(view.meeting.tavoloSession).toBeUndefined();
  });
});

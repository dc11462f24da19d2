import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../../shared/api/contract';
import type { MeetingChangedEvent } from '../../../shared/api/events';
import type { TavoloAttendance } from '../../../shared/model';
import { testBackend, type TestBackend } from '../storage/helpers';
import { exampleSessionText } from './examples';

type NewOrganisation = MethodInput<'bodies.upsertOrganisation'>['organisation'];

const lateJoiner: NewOrganisation = {
  id: 'aps-la-rete',
  name: 'APS La Rete',
  category: 'ets',
  runts: '55120',
  joinedOn: '2026-06-01',
  representatives: [{ id: 'giulia-sarti', honorific: 'Dott.ssa', name: 'Giulia Sarti', role: 'presidente', gender: 'f' }],
};

const present = (organisationId: string, representativeId: string): TavoloAttendance => ({ organisationId, representativeId, mode: 'room', arrivedAt: null, leftAt: null });

/**
 * A tavolo session prepared but not yet opened follows the tavolo's organisations (added, edited, removed) in the
 * transaction that changes them; sessions opened or closed keep the tavolo they had. Real SQLite backend.
 */
describe("a draft tavolo session takes the tavolo's organisations as they change", () => {
  let t: TestBackend;
  let bodyId: string;
  let closedId: string;
  let draftId: string;
  let heard: MeetingChangedEvent[];
  let stop: () => void;

  beforeEach(async () => {
    t = testBackend();
    const imported = await t.call('files.importJson', { content: exampleSessionText(1) });
    bodyId = imported.meeting.body.id;
    closedId = imported.meeting.id;
    draftId = await newSession('2026-06-23');
    heard = [];
    stop = t.backend.onMeetingChanged((event) => heard.push(event));
  });
  afterEach(() => {
    stop();
    t.close();
  });

  async function newSession(date: string): Promise<string> {
    return (await t.call('meetings.create', { bodyId, date, startTime: '09:30', modality: 'presence', place: 'la Sala consiliare', convocation: null })).meetingId;
  }
  const organisationIds = async (meetingId: string) => (await t.call('meetings.get', { meetingId })).meeting.body.tavolo!.organisations.map((o) => o.id);
  const mark = (meetingId: string, attendance: TavoloAttendance[]) => t.call('meetings.setTavoloSession', { meetingId, session: { attendance, nextMeeting: null, observationDays: 10 } });
  /** What the archive holds of a meeting: its row (snapshot, version) and its journal. */
  const stored = (meetingId: string) =>
    JSON.stringify([
      t.backend.db.prepare('SELECT * FROM meetings WHERE id = ?').all(meetingId),
      t.backend.db.prepare('SELECT * FROM journal WHERE meeting_id = ? ORDER BY seq').all(meetingId),
    ]);

  it('an organisation added to the tavolo is in the draft, which can mark it present; version +1 and one change event', async () => {
    const version = (await t.call('meetings.get', { meetingId: draftId })).version;
    expect(await organisationIds(draftId)).not.toContain('aps-la-rete');
    await t.call('bodies.upsertOrganisation', { bodyId, organisation: lateJoiner });
    const view = await t.call('meetings.get', { meetingId: draftId });
    expect(view.meeting.body.tavolo!.organisations.at(-1)).toEqual(lateJoiner);
    expect(view.version).toBe(version + 1);
    expect(heard).toEqual([{ meetingId: draftId, version: version + 1 }]);
    await mark(draftId, [present('aps-la-rete', 'giulia-sarti')]);
    expect((await t.call('meetings.get', { meetingId: draftId })).meeting.tavoloSession?.attendance).toEqual([present('aps-la-rete', 'giulia-sarti')]);
    // Not an action of hers: undo takes back the presence, not the tavolo's list.
    await t.call('meetings.undo', { meetingId: draftId });
    expect(await organisationIds(draftId)).toContain('aps-la-rete');
  });

  it('an organisation removed that the draft had marked present: its line is gone and the draft checks clean', async () => {
    await mark(draftId, [present('o01', 'r1'), present('o02', 'r1')]);
    await t.call('bodies.removeOrganisation', { bodyId, organisationId: 'o01' });
    const view = await t.call('meetings.get', { meetingId: draftId });
    expect(view.meeting.body.tavolo!.organisations.map((o) => o.id)).not.toContain('o01');
    expect(view.meeting.tavoloSession?.attendance).toEqual([present('o02', 'r1')]);
    expect((await t.call('meetings.check', { meetingId: draftId })).ok).toBe(true);
    await expect(mark(draftId, [present('o01', 'r1')])).rejects.toThrow("«o01» non è un'organizzazione del tavolo");
  });

  it('an organisation edited reads as edited, and the line of a representative taken out of it is dropped', async () => {
    await mark(draftId, [present('o01', 'r1'), present('o01', 'r2')]);
    const caritas = (await t.call('bodies.get', { bodyId })).tavolo!.organisations.find((o) => o.id === 'o01')!;
    const edited = { ...caritas, name: 'Caritas diocesana di Valfonda', representatives: caritas.representatives.filter((person) => person.id === 'r1') };
    await t.call('bodies.upsertOrganisation', { bodyId, organisation: edited });
    const view = await t.call('meetings.get', { meetingId: draftId });
    expect(view.meeting.body.tavolo!.organisations.find((o) => o.id === 'o01')).toEqual(edited);
    expect(view.meeting.tavoloSession?.attendance).toEqual([present('o01', 'r1')]);
  });

  it("an organisation the draft's entries speak of cannot leave the tavolo: refused by its name, nothing changed", async () => {
    const { createdId: itemId } = await t.call('meetings.addItem', { meetingId: draftId, title: 'Servizi per la casa' });
    await t.call('meetings.addEntry', { meetingId: draftId, itemId: itemId!, entry: { type: 'contribution', organisationId: 'o01', representativeId: 'r1', text: 'Servono più alloggi.' } });
    const name = (await t.call('bodies.get', { bodyId })).tavolo!.organisations.find((o) => o.id === 'o01')!.name;
    const before = [stored(draftId), JSON.stringify(await t.call('bodies.get', { bodyId }))];
    const error = await t.fail('bodies.removeOrganisation', { bodyId, organisationId: 'o01' });
    expect(error.message).toBe(`Organizzazioni del tavolo: l'incontro del 23 giugno 2026, preparato e non ancora aperto, registra voci di ${name}: togliere prima quelle voci dall'incontro.`);
    expect([stored(draftId), JSON.stringify(await t.call('bodies.get', { bodyId }))]).toEqual(before);
    expect(heard).toEqual([{ meetingId: draftId, version: 2 }, { meetingId: draftId, version: 3 }]);
  });

  it("the late joiners of a later session's file reach the draft", async () => {
    expect(await organisationIds(draftId)).toHaveLength(17);
    await t.call('files.importJson', { content: exampleSessionText(3) });
    expect((await organisationIds(draftId)).slice(17)).toEqual(['o18', 'o19', 'o20']);
    await mark(draftId, [present('o18', 'r1')]);
  });

  it('a session opened and a closed one stay byte for byte as they were, and hear nothing', async () => {
    const liveId = await newSession('2026-06-30');
    await t.call('meetings.start', { meetingId: liveId });
    const before = [stored(liveId), stored(closedId)];
    heard = [];
    await t.call('bodies.upsertOrganisation', { bodyId, organisation: lateJoiner });
    await t.call('bodies.removeOrganisation', { bodyId, organisationId: 'o02' });
    await t.call('bodies.importOrganisations', {
      bodyId,
      file: { format: 'text', text: 'Denominazione;Categoria;N. RUNTS;Referente;Ruolo;Data adesione\nCGIL Valfonda;Sindacato;;Luca Neri;Segretario;10/04/2026' },
      mode: 'append',
    });
    expect([stored(liveId), stored(closedId)]).toEqual(before);
    expect(heard.every((event) => event.meetingId === draftId)).toBe(true);
    expect(heard).toHaveLength(3);
    const draft = await organisationIds(draftId);
    expect(draft).toContain('aps-la-rete');
    expect(draft).not.toContain('o02');
    expect((await t.call('meetings.get', { meetingId: draftId })).meeting.body.tavolo!.organisations.at(-1)!.name).toBe('CGIL Valfonda');
  });
});

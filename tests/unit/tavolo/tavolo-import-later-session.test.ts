import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../cli/in-process';
import { databaseContent, tempDir, testBackend, type TestBackend } from '../storage/helpers';
import { exampleSessions, exampleSessionText, TAVOLO_EXAMPLES } from './examples';

const LATE_JOINERS = ['Associazione Il Tetto APS', 'UIL Valchiara', 'Emporio solidale Valchiara ETS'];

describe("a tavolo's later session imported after an earlier one: the late joiners reach the archive's tavolo", () => {
  let t: TestBackend;
  afterEach(() => t.close());

  async function organisationIds(bodyId: string): Promise<string[]> {
    return (await t.call('bodies.get', { bodyId })).tavolo!.organisations.map((organisation) => organisation.id);
  }

  it('incontro 1 then 3: 20 organisations, the register counts the late joiners, a new session can mark o18 present', async () => {
    t = testBackend();
    const first = await t.call('files.importJson', { content: exampleSessionText(1) });
    expect(first.organisationsAdded).toEqual([]);
    const bodyId = first.meeting.body.id;
    expect(await organisationIds(bodyId)).toHaveLength(17);

    const third = await t.call('files.importJson', { content: exampleSessionText(3) });
    expect(third).toMatchObject({ alreadyPresent: false, organisationsAdded: LATE_JOINERS });
    const body = await t.call('bodies.get', { bodyId });
    expect(body.tavolo!.organisations.map((organisation) => organisation.id)).toEqual([...exampleSessions()[0]!.body.tavolo!.organisations.map((o) => o.id), 'o18', 'o19', 'o20']);
    // Nothing else of the stored tavolo changed: the first file's organisations and staff as they were.
    expect(body.tavolo!.organisations.slice(0, 17)).toEqual(exampleSessions()[0]!.body.tavolo!.organisations);
    expect(body.tavolo!.staff).toEqual(exampleSessions()[0]!.body.tavolo!.staff);

    const register = await t.call('tavoli.register', { bodyId });
    expect(register.rows).toHaveLength(20);
    expect(register.rows.find((row) => row.organisationId === 'o18')).toMatchObject({ name: 'Associazione Il Tetto APS', role: 'consultivo', sessionsAttended: 1, sessionsSinceJoining: 1, attendedOn: ['2026-05-19'] });

    const { meetingId } = await t.call('meetings.create', { bodyId, date: '2026-06-23', startTime: '09:30', modality: 'presence', place: 'la Sala consiliare', convocation: null });
    const attendance = [{ organisationId: 'o18', representativeId: 'r1', mode: 'room' as const, arrivedAt: null, leftAt: null }];
    await t.call('meetings.setTavoloSession', { meetingId, session: { attendance, nextMeeting: null, observationDays: 10 } });
    expect((await t.call('meetings.get', { meetingId })).meeting.tavoloSession?.attendance).toEqual(attendance);
  });

  it('incontro 3 then 1: the older file adds nothing and changes nothing of the tavolo', async () => {
    t = testBackend();
    const third = await t.call('files.importJson', { content: exampleSessionText(3) });
    const bodyId = third.meeting.body.id;
    const before = await t.call('bodies.get', { bodyId });
    const first = await t.call('files.importJson', { content: exampleSessionText(1) });
    expect(first).toMatchObject({ alreadyPresent: false, organisationsAdded: [] });
    expect(await t.call('bodies.get', { bodyId })).toEqual(before);
    expect(before.tavolo!.organisations).toHaveLength(20);
  });

  it('an identical file imported again writes nothing, and says nothing was added', async () => {
    t = testBackend();
    await t.call('files.importJson', { content: exampleSessionText(1) });
    await t.call('files.importJson', { content: exampleSessionText(3) });
    const stored = databaseContent(t.backend);
    expect(await t.call('files.importJson', { content: exampleSessionText(3) })).toMatchObject({ alreadyPresent: true, organisationsAdded: [] });
    expect(await t.call('files.importJson', { content: exampleSessionText(1) })).toMatchObject({ alreadyPresent: true, organisationsAdded: [] });
    expect(databaseContent(t.backend)).toBe(stored);
  });

  it("keeps the office's details of an organisation in both, and never adds one whose name the tavolo already has", async () => {
    t = testBackend();
    const first = await t.call('files.importJson', { content: exampleSessionText(1) });
    const bodyId = first.meeting.body.id;
    const file = JSON.parse(exampleSessionText(3)) as { meeting: { body: { tavolo: { organisations: { id: string; name: string }[] } } } };
    const organisations = file.meeting.body.tavolo.organisations;
    organisations[0]!.name = 'Caritas Valchiara (nome cambiato nel file)';
    // The same organisation the office already has, under another id: not a late joiner.
    organisations.find((organisation) => organisation.id === 'o19')!.name = organisations[1]!.name.toUpperCase();
    const reply = await t.call('files.importJson', { content: JSON.stringify(file) });
    expect(reply.organisationsAdded).toEqual(['Associazione Il Tetto APS', 'Emporio solidale Valchiara ETS']);
    const stored = (await t.call('bodies.get', { bodyId })).tavolo!.organisations;
    expect(stored[0]!.name).toBe('Caritas Valchiara');
    expect(stored.map((organisation) => organisation.id).slice(17)).toEqual(['o18', 'o20']);
  });

  it('an organisation the office removed is not brought back by a later session that still lists it', async () => {
    t = testBackend();
    const first = await t.call('files.importJson', { content: exampleSessionText(1) });
    const bodyId = first.meeting.body.id;
    await t.call('bodies.removeOrganisation', { bodyId, organisationId: 'o05' });
    const second = await t.call('files.importJson', { content: exampleSessionText(2) });
    expect(second.organisationsAdded).toEqual(['Associazione Il Tetto APS']);
    // The body's journal says it as the import did, in the singular.
    const summary = t.backend.db.prepare("SELECT summary FROM journal WHERE body_id = ? AND operation = 'files.importJson' ORDER BY seq DESC LIMIT 1").pluck().get(bodyId);
    expect(summary).toBe('Aggiunta al tavolo 1 organizzazione dal file: Associazione Il Tetto APS.');
    const ids = await organisationIds(bodyId);
    expect(ids).not.toContain('o05');
    expect(ids).toHaveLength(17);
  });

  it('a refused session file adds no organisation either', async () => {
    t = testBackend();
    const first = await t.call('files.importJson', { content: exampleSessionText(1) });
    const file = JSON.parse(exampleSessionText(3)) as { meeting: { tavoloSession: { attendance: { organisationId: string }[] } } };
    file.meeting.tavoloSession.attendance[0]!.organisationId = 'o99';
    const error = await t.fail('files.importJson', { content: JSON.stringify(file) });
    expect(JSON.stringify(error)).toContain('«o99» non è un\'organizzazione del tavolo');
    expect(await organisationIds(first.meeting.body.id)).toHaveLength(17);
  });
});

describe('verbalizza import says which organisations it added to the tavolo', () => {
  it('one file after another, and a folder of the three sessions', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const data = `${dir}/dati`;
      expect((await cli('import', TAVOLO_EXAMPLES[0]!, '--data-dir', data)).out).not.toContain('Aggiunt');
      const third = await cli('import', TAVOLO_EXAMPLES[2]!, '--data-dir', data);
      expect(third.code).toBe(0);
      expect(third.out).toContain('Aggiunte al tavolo 3 organizzazioni dal file: Associazione Il Tetto APS, UIL Valchiara ed Emporio solidale Valchiara ETS.');

      const many = await cli('import', ...TAVOLO_EXAMPLES, '--data-dir', `${dir}/altri`);
      expect(many.code).toBe(0);
      expect(many.out).toContain('incontro-2.json: Aggiunta al tavolo 1 organizzazione dal file: Associazione Il Tetto APS.');
      expect(many.out).toContain('incontro-3.json: Aggiunte al tavolo 2 organizzazioni dal file: UIL Valchiara ed Emporio solidale Valchiara ETS.');
    } finally {
      cleanup();
    }
  });
});

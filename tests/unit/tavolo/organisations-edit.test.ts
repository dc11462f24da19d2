import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../../shared/api/contract';
import { buildVerbale } from '../../../shared/verbale';
import { createExampleBody, databaseContent, testBackend, type TestBackend } from '../storage/helpers';
import { exampleSessionText } from './examples';

type NewOrganisation = MethodInput<'bodies.upsertOrganisation'>['organisation'];

/** The ETS that joins after the start of the work (2026-03-01 in the example tavolo): consultivo by its date. */
const lateJoiner: NewOrganisation = {
  id: 'aps-la-rete',
  name: 'APS La Rete',
  category: 'ets',
  runts: '55120',
  joinedOn: '2026-06-01',
  representatives: [
    { id: 'giulia-sarti', honorific: 'Dott.ssa', name: 'Giulia Sarti', role: 'presidente', gender: 'f' },
    { id: 'marco-bassi', honorific: '', name: 'Marco Bassi', role: 'volontario', gender: 'm' },
  ],
};

describe("a tavolo's organisations edited one by one, on a real SQLite backend", () => {
  let t: TestBackend;
  let bodyId: string;
  let sessionId: string;

  beforeEach(async () => {
    t = testBackend();
    const imported = await t.call('files.importJson', { content: exampleSessionText(1) });
    bodyId = imported.meeting.body.id;
    sessionId = imported.meeting.id;
  });
  afterEach(() => t.close());

  const row = async (organisationId: string) => (await t.call('tavoli.register', { bodyId })).rows.find((candidate) => candidate.organisationId === organisationId);

  it('adds a late joiner at the end of the tavolo, consultivo in the register by its join date', async () => {
    const body = await t.call('bodies.upsertOrganisation', { bodyId, organisation: lateJoiner });
    expect(body.tavolo!.organisations).toHaveLength(18);
    expect(body.tavolo!.organisations[17]).toEqual(lateJoiner);
    expect((await t.call('bodies.get', { bodyId })).tavolo!.organisations[17]).toEqual(lateJoiner);
    expect(await row('aps-la-rete')).toMatchObject({ name: 'APS La Rete', runts: '55120', role: 'consultivo', roleChanged: false, sessionsAttended: 0 });
  });

  it("edits one representative's name and keeps the others and the order of the tavolo", async () => {
    const before = (await t.call('bodies.get', { bodyId })).tavolo!.organisations;
    const caritas = before[0]!;
    const edited = { ...caritas, representatives: [{ ...caritas.representatives[0]!, name: 'Anna Maria Neri' }, ...caritas.representatives.slice(1)] };
    const after = (await t.call('bodies.upsertOrganisation', { bodyId, organisation: edited })).tavolo!.organisations;
    expect(after.map((organisation) => organisation.id)).toEqual(before.map((organisation) => organisation.id));
    expect(after[0]!.representatives.map((person) => person.name)).toEqual(['Anna Maria Neri', 'Paolo Gatti']);
    expect(after.slice(1)).toEqual(before.slice(1));
  });

  it("the office's decision on the role changes the register's role, and taking it back returns to the join date's", async () => {
    await t.call('bodies.upsertOrganisation', { bodyId, organisation: lateJoiner });
    await t.call('bodies.upsertOrganisation', { bodyId, organisation: { ...lateJoiner, roleOverride: 'operativo' } });
    expect(await row('aps-la-rete')).toMatchObject({ role: 'operativo', roleChanged: true });
    await t.call('bodies.upsertOrganisation', { bodyId, organisation: lateJoiner });
    expect(await row('aps-la-rete')).toMatchObject({ role: 'consultivo', roleChanged: false });
  });

  it('refuses a name another organisation has (case aside), naming the field, and writes nothing', async () => {
    const stored = databaseContent(t.backend);
    const call = t.call('bodies.upsertOrganisation', { bodyId, organisation: { ...lateJoiner, name: 'caritas valchiara' } });
    await expect(call).rejects.toThrow('"message":"Modifica rifiutata: Organizzazione «caritas valchiara»: nome già usato nel tavolo da «Caritas Valchiara».","issues":[{"path":"tavolo.organisations.17.name"');
    expect(databaseContent(t.backend)).toBe(stored);
  });

  it('refuses a RUNTS number for an organisation that is not an ETS, by the rule a session file obeys, and writes nothing', async () => {
    const stored = databaseContent(t.backend);
    const call = t.call('bodies.upsertOrganisation', { bodyId, organisation: { ...lateJoiner, category: 'cooperativa' } });
    await expect(call).rejects.toThrow('"message":"Modifica rifiutata: Organizzazione «APS La Rete»: il numero RUNTS spetta solo a un ente del Terzo settore.","issues":[{"path":"tavolo.organisations.17.runts"');
    expect(databaseContent(t.backend)).toBe(stored);
  });

  it("removes an organisation from the tavolo while the past session's verbale still names it as before", async () => {
    const past = (await t.call('meetings.get', { meetingId: sessionId })).meeting;
    const verbale = JSON.stringify(buildVerbale(past));
    expect(verbale).toContain('Caritas Valchiara');
    const body = await t.call('bodies.removeOrganisation', { bodyId, organisationId: 'o01' });
    expect(body.tavolo!.organisations.map((organisation) => organisation.name)).not.toContain('Caritas Valchiara');
    expect(body.tavolo!.organisations).toHaveLength(16);
    const after = (await t.call('meetings.get', { meetingId: sessionId })).meeting;
    expect(after).toEqual(past);
    expect(JSON.stringify(buildVerbale(after))).toBe(verbale);
  });

  it('refuses an organisation in a body that is not a tavolo', async () => {
    const assemblea = await createExampleBody(t);
    await expect(t.call('bodies.upsertOrganisation', { bodyId: assemblea.id, organisation: lateJoiner })).rejects.toMatchObject({ message: expect.stringContaining('non è un tavolo') });
  });
});

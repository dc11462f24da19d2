import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportApiError } from '../../../electron/backend/cli/report-error';
import type { ApiError } from '../../../shared/api/errors';
import { BodySchema, type Body } from '../../../shared/model';
import { errorText } from '../../../renderer/api/errors';
import { createExampleBody, exampleMeetingFile, exampleMeetingText, profileOf, testBackend, type TestBackend } from '../storage/helpers';
import { exampleSessionText } from '../tavolo/examples';

/** The first example tavolo, as its session's file holds it. */
const tavoloFile = () => JSON.parse(exampleSessionText(1));
const tavoloBody = (): Body => BodySchema.parse(tavoloFile().meeting.body);

/** What the banner shows and what the CLI prints for a refusal. */
function shown(error: ApiError) {
  const printed: string[] = [];
  reportApiError({ out: () => {}, err: (line) => printed.push(line) }, error);
  return { banner: errorText(error), printed };
}

let t: TestBackend;
beforeEach(() => {
  t = testBackend();
});
afterEach(() => t.close());

describe('a refusal names its field in Italian, on the screen and in the CLI, and keeps the machine path', () => {
  it("a tavolo's avviso with a date written the wrong way, and with a day that does not exist", async () => {
    const profile = profileOf(tavoloBody());
    const withDate = (date: string) => ({ profile: { ...profile, tavolo: { ...profile.tavolo, procedure: { ...profile.tavolo?.procedure, date } } } });
    const written = await t.fail('bodies.create', withDate('10/02/2026'));
    expect(written).toMatchObject({ kind: 'validation', issues: expect.arrayContaining([{ path: 'profile.tavolo.procedure.date', message: 'Data non valida: usare il formato AAAA-MM-GG' }]) });
    // The format is wrong: that is the one problem (no «Data inesistente» for a date that was never read as one).
    expect(shown(written).banner).toEqual({ message: 'Dati non validi: Avviso, data: Data non valida: usare il formato AAAA-MM-GG', details: [] });

    const missing = await t.fail('bodies.create', withDate('2026-02-30'));
    const { banner, printed } = shown(missing);
    // One problem, already the message: said once.
    expect(banner).toEqual({ message: 'Dati non validi: Avviso, data: Data inesistente', details: [] });
    expect(printed).toEqual(['Dati non validi: Avviso, data: Data inesistente']);
  });

  it("an organisation's representative without a name, by the organisation's and representative's numbers", async () => {
    const profile = profileOf(tavoloBody());
    const organisations: { representatives: { name: string }[] }[] = JSON.parse(JSON.stringify(profile.tavolo?.organisations ?? []));
    const representative = organisations[2]?.representatives[0];
    if (!representative) throw new Error("l'esempio non ha una terza organizzazione con un rappresentante");
    representative.name = '  ';
    const error = await t.fail('bodies.create', { profile: { ...profile, tavolo: { ...profile.tavolo, organisations } } });
    expect(error).toMatchObject({ issues: [{ path: 'profile.tavolo.organisations.2.representatives.0.name', message: 'Nome del rappresentante: campo obbligatorio' }] });
    expect(shown(error).banner).toEqual({ message: 'Dati non validi: Organizzazione n. 3, rappresentante n. 1, nome: campo obbligatorio', details: [] });
  });

  it("a member's population, negative", async () => {
    const body = await createExampleBody(t);
    const member = { ...body.members[1]!, population: -5 };
    const error = await t.fail('bodies.upsertMember', { bodyId: body.id, member });
    expect(error).toMatchObject({ issues: [{ path: 'member.population' }] });
    expect(shown(error).banner).toEqual({ message: 'Dati non validi: Componente, popolazione: non può essere negativa', details: [] });
  });

  it('a vote naming an empty member among the astenuti', async () => {
    const meeting = (await t.call('files.importJson', { content: JSON.stringify({ ...exampleMeetingFile(), meeting: { ...exampleMeetingFile().meeting, status: 'live', endTime: null } }) })).meeting;
    const vote = { type: 'decision', kind: 'vote', subject: 'il bilancio', favourable: 3, abstainedMemberIds: ['m1', ''] } as const;
    const error = await t.fail('meetings.addEntry', { meetingId: meeting.id, itemId: meeting.items[0]!.id, entry: vote });
    expect(error).toMatchObject({ issues: [{ path: 'entry.abstainedMemberIds.1' }] });
    expect(shown(error).banner).toEqual({ message: 'Dati non validi: Astenuto n. 2: Identificativo mancante', details: [] });
  });

  it('a meeting file with a control character in the third entry of the fourth item', async () => {
    const file: { meeting: { items: { entries: { type: string; text?: string }[] }[] } } = JSON.parse(exampleMeetingText());
    const entry = file.meeting.items[3]!.entries[2]!;
    expect(entry.type).toBe('statement');
    entry.text = 'Il bilancio\u0001 è approvato';
    const error = await t.fail('files.importJson', { content: JSON.stringify(file) });
    expect(error).toMatchObject({ kind: 'validation', issues: [{ path: 'meeting.items.3.entries.2.text' }] });
    const { banner, printed } = shown(error);
    const line = 'Punto 4, voce 3, testo: carattere non ammesso U+0001 alla posizione 12';
    expect(banner).toEqual({ message: `File di seduta non valido: ${line}`, details: [] });
    expect(printed).toEqual([`File di seduta non valido: ${line}`]);
  });

  it("a tavolo's session file whose next meeting has a time that is not one", async () => {
    const file = tavoloFile();
    file.meeting.tavoloSession.nextMeeting = { date: '2026-05-01', time: '25:00', place: '' };
    const error = await t.fail('files.importJson', { content: JSON.stringify(file) });
    expect(error).toMatchObject({ issues: [{ path: 'meeting.tavoloSession.nextMeeting.time' }] });
    expect(shown(error).banner).toEqual({ message: 'File di seduta non valido: Prossimo incontro, ora: Orario non valido: usare il formato HH:MM (es. 17:51)', details: [] });
  });
});

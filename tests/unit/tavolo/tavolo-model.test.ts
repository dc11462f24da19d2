import { describe, expect, it } from 'vitest';
import { MeetingSchema, type Meeting, organisationRole } from '../../../shared/model';
import { exampleMeetingFile } from '../storage/helpers';
import { exampleSessions } from './examples';

const issuesOf = (meeting: unknown) => {
  const result = MeetingSchema.safeParse(meeting);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
};
const withEntries = (meeting: Meeting, entries: unknown[]) => ({ ...meeting, items: [{ ...meeting.items[0], entries }] });

describe('tavolo in the model', () => {
  const [first] = exampleSessions() as [Meeting];

  it('gives the role by the join date against the start of the work, and keeps only an override', () => {
    const tavolo = exampleSessions()[2]!.body.tavolo!;
    const role = (id: string) => organisationRole(tavolo.organisations.find((o) => o.id === id)!, tavolo.procedure);
    expect(tavolo.procedure.workStart).toBe('2026-03-01');
    expect(role('o01')).toBe('operativo'); // joined 2026-02-20
    expect(role('o18')).toBe('consultivo'); // joined 2026-03-25
    expect(role('o19')).toBe('consultivo');
    expect(role('o20')).toBe('operativo'); // joined late, the office said operativo
    expect(tavolo.organisations.filter((o) => o.roleOverride !== undefined).map((o) => o.id)).toEqual(['o20']);
  });

  it('refuses a vote at a tavolo, naming the entry', () => {
    const vote = { id: 'v1', type: 'decision', kind: 'vote', subject: 'la proposta', favourable: 3 };
    expect(issuesOf(withEntries(first, [vote]))).toContainEqual({ path: 'items.0.entries.0.kind', message: 'Punto 1, voce 1: un tavolo di co-programmazione non vota; registrare un punto condiviso o una posizione divergente' });
    expect(issuesOf(withEntries(first, [{ ...vote, kind: 'noted' }]))).toEqual([]);
  });

  it('refuses references to organisations, people, staff and attachments the tavolo lacks', () => {
    const issues = issuesOf(withEntries(first, [
      { id: 'e1', type: 'contribution', organisationId: 'o01', representativeId: 'r9', text: 'x' },
      { id: 'e2', type: 'divergence', text: 'x', organisationIds: ['o01', 'nessuna'] },
      { id: 'e3', type: 'commitment', owner: { kind: 'staff', staffId: 'st9' }, what: 'x' },
      { id: 'e4', type: 'writtenContribution', organisationId: 'o02', title: 'x', attachmentId: 'a9' },
    ]));
    expect(issues.map((issue) => issue.path)).toEqual(['items.0.entries.0.representativeId', 'items.0.entries.1.organisationIds.1', 'items.0.entries.2.owner.staffId', 'items.0.entries.3.attachmentId']);
    expect(issues[0]!.message).toBe('Punto 1, voce 1: «r9» non è un rappresentante di Caritas Valchiara');
  });

  it('refuses a RUNTS number outside the Terzo settore, a departure before the arrival, a divergent view held by nobody', () => {
    const tavolo = first.body.tavolo!;
    const organisations = tavolo.organisations.map((o) => (o.id === 'o04' ? { ...o, runts: '123' } : o));
    const attendance = [{ organisationId: 'o01', representativeId: 'r1', mode: 'room', arrivedAt: '10:30', leftAt: '10:00' }];
    const meeting = { ...first, body: { ...first.body, tavolo: { ...tavolo, organisations } }, tavoloSession: { ...first.tavoloSession!, attendance } };
    expect(issuesOf(meeting)).toEqual([
      { path: 'body.tavolo.organisations.3.runts', message: 'Organizzazione «Comune di Borgo Alto»: il numero RUNTS spetta solo a un ente del Terzo settore' },
      { path: 'tavoloSession.attendance.0.leftAt', message: "Presenze: Anna Neri esce alle 10:00, non dopo l'arrivo alle 10:30" },
    ]);
    expect(issuesOf(withEntries(first, [{ id: 'e1', type: 'divergence', text: 'x', organisationIds: [] }]))).toContainEqual({ path: 'items.0.entries.0.organisationIds', message: "Posizione divergente: indicare almeno un'organizzazione" });
  });

  it('refuses a contribution, point of agreement, divergent view or commitment that says nothing', () => {
    const blank = ' \n ';
    const entries = [
      { id: 'e1', type: 'contribution', organisationId: 'o01', representativeId: 'r1', text: blank },
      { id: 'e2', type: 'agreement', text: '' },
      { id: 'e3', type: 'divergence', text: blank, organisationIds: ['o01'] },
      { id: 'e4', type: 'commitment', owner: { kind: 'organisation', organisationId: 'o01' }, what: '', due: null },
    ];
    expect(issuesOf(withEntries(first, entries))).toEqual([
      { path: 'items.0.entries.0.text', message: 'Testo del contributo: campo obbligatorio' },
      { path: 'items.0.entries.1.text', message: 'Testo del punto condiviso: campo obbligatorio' },
      { path: 'items.0.entries.2.text', message: 'Testo della posizione divergente: campo obbligatorio' },
      { path: 'items.0.entries.3.what', message: 'Impegno: campo obbligatorio' },
    ]);
  });

  it('reads a tavolo stored before tavoli had organisations as before, and refuses tavolo entries there', () => {
    const old = { ...exampleMeetingFile().meeting, body: { ...exampleMeetingFile().meeting.body, kind: 'tavolo' } };
    expect(issuesOf(old)).toEqual([]);
    expect(issuesOf(withEntries(old as Meeting, [{ id: 'e1', type: 'agreement', text: 'x' }]))).toContainEqual({ path: 'items.0.entries.0.type', message: 'Punto 1, voce 1: voce di un tavolo in un tavolo senza avviso né organizzazioni' });
  });

  it('refuses tavolo entries in an Assemblea, and an Assemblea keeps reading as before', () => {
    const assemblea = exampleMeetingFile().meeting;
    expect(issuesOf(assemblea)).toEqual([]);
    expect(issuesOf(withEntries(assemblea, [{ id: 'e1', type: 'agreement', text: 'x' }]))).toContainEqual({ path: 'items.0.entries.0.type', message: "Punto 1, voce 1: voce di un tavolo in una seduta di un organo che non è un tavolo" });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MeetingSchema, type TavoloAttendance, type TavoloSession } from '../../../shared/model';
import { buildTavoloVerbale, emptyTavoloSession, presenceOf, representativesForQuery, withKeyMark, withPresence, withTimes, type TavoloPresence } from '../../../shared/tavolo';
import { exampleSessions } from './examples';

const [first] = exampleSessions();
const meeting = first!;
const tavolo = meeting.body.tavolo!;
const session = meeting.tavoloSession!;
const line = (organisationId: string, representativeId: string, mode: 'room' | 'remote' = 'room', arrivedAt: string | null = null, leftAt: string | null = null): TavoloAttendance => ({
  organisationId,
  representativeId,
  mode,
  arrivedAt,
  leftAt,
});
const textOf = (s: TavoloSession) =>
  buildTavoloVerbale(MeetingSchema.parse({ ...meeting, tavoloSession: s }), 1)
    .blocks.flatMap((block) => ('runs' in block ? [block.runs.map((run) => run.text).join('')] : 'text' in block ? [block.text] : []))
    .join('\n');

describe('withPresence: one representative marked, the rest of the session untouched', () => {
  const start: TavoloSession = { attendance: [line('o01', 'r1'), line('o05', 'r1', 'room', null, '11:30')], nextMeeting: { date: '2026-04-14', time: '09:30', place: 'Sala' }, observationDays: 12 };

  it('marks an absent person present at the end, there from the opening', () => {
    const next = withPresence(start, 'o02', 'r1', 'remote');
    expect(next.attendance).toEqual([...start.attendance, line('o02', 'r1', 'remote')]);
    expect(next.nextMeeting).toBe(start.nextMeeting);
    expect(next.observationDays).toBe(12);
  });

  it('changes only the mode of someone present, keeping when she left', () => {
    expect(withPresence(start, 'o05', 'r1', 'remote').attendance).toEqual([line('o01', 'r1'), line('o05', 'r1', 'remote', null, '11:30')]);
  });

  it('absent removes the line; marking absent who is absent changes nothing', () => {
    expect(withPresence(start, 'o01', 'r1', 'absent').attendance).toEqual([line('o05', 'r1', 'room', null, '11:30')]);
    expect(withPresence(start, 'o09', 'r1', 'absent')).toEqual(start);
  });

  it('withTimes sets an arrival on the present one only', () => {
    const next = withTimes(start, 'o01', 'r1', { arrivedAt: '10:20' });
    expect(next.attendance).toEqual([line('o01', 'r1', 'room', '10:20'), start.attendance[1]]);
    expect(withTimes(start, 'o09', 'r1', { arrivedAt: '10:20' })).toEqual(start);
  });

  it('the verbale says what was marked: present by category, «da remoto», «dalle ore», absent', () => {
    const marked = withTimes(withPresence(withPresence(emptyTavoloSession(), 'o01', 'r1', 'room'), 'o02', 'r1', 'remote'), 'o02', 'r1', { arrivedAt: '10:20' });
    const o01 = tavolo.organisations.find((o) => o.id === 'o01')!;
    const o02 = tavolo.organisations.find((o) => o.id === 'o02')!;
    const text = textOf(marked);
    expect(text).toContain(`${o02.name} (`);
    expect(text).toMatch(/\(da remoto, dalle ore 10:20\)/);
    const absentPart = text.slice(text.indexOf('Organizzazioni assenti'), text.indexOf('Temi trattati'));
    expect(absentPart).not.toContain(o01.name);
    expect(absentPart).toContain(tavolo.organisations.find((o) => o.id === 'o03')!.name);
    expect(text).toContain('entro 10 giorni');
  });
});

describe('withPresence: property', () => {
  const people = tavolo.organisations.flatMap((o) => o.representatives.map((r) => [o.id, r.id] as const));
  const personArb = fc.constantFrom(...people);
  const presenceArb = fc.constantFrom<TavoloPresence>('room', 'remote', 'absent');

  it('sets exactly the presence asked and never changes another line, its order, or the other fields', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(personArb, presenceArb), { maxLength: 30 }), personArb, presenceArb, (marks, [organisationId, representativeId], presence) => {
        const before = marks.reduce((s, [[o, r], p]) => withPresence(s, o, r, p), session);
        const after = withPresence(before, organisationId, representativeId, presence);
        const others = (s: TavoloSession) => s.attendance.filter((l) => l.organisationId !== organisationId || l.representativeId !== representativeId);
        expect(presenceOf(after, organisationId, representativeId)).toBe(presence);
        expect(others(after)).toEqual(others(before));
        expect(after.nextMeeting).toBe(session.nextMeeting);
        expect(after.observationDays).toBe(session.observationDays);
        expect(new Set(after.attendance.map((l) => `${l.organisationId}/${l.representativeId}`)).size).toBe(after.attendance.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('withKeyMark: the roll call before the opening, movements once live', () => {
  const start: TavoloSession = { attendance: [line('o01', 'r1'), line('o05', 'r1', 'room', null, '11:30')], nextMeeting: null, observationDays: 10 };

  it('before the opening a key is the presence asked, with no time', () => {
    expect(withKeyMark(start, 'o02', 'r1', 'remote', null)).toEqual({ session: withPresence(start, 'o02', 'r1', 'remote'), outcome: { kind: 'marked', presence: 'remote' } });
    expect(withKeyMark(start, 'o01', 'r1', 'absent', null).session.attendance).toEqual([start.attendance[1]]);
    expect(withKeyMark(start, 'o01', 'r1', 'room', null)).toEqual({ session: start, outcome: { kind: 'unchanged', presence: 'room' } });
  });

  it('live: an absent person arrives now, a present one leaves now and keeps her line', () => {
    expect(withKeyMark(start, 'o09', 'r1', 'room', '10:32')).toEqual({
      session: { ...start, attendance: [...start.attendance, line('o09', 'r1', 'room', '10:32')] },
      outcome: { kind: 'arrived', mode: 'room', time: '10:32' },
    });
    expect(withKeyMark(start, 'o01', 'r1', 'absent', '11:05')).toEqual({ session: { ...start, attendance: [line('o01', 'r1', 'room', null, '11:05'), start.attendance[1]] }, outcome: { kind: 'left', time: '11:05' } });
    expect(withKeyMark(start, 'o09', 'r1', 'absent', '11:05')).toEqual({ session: start, outcome: { kind: 'unchanged', presence: 'absent' } });
  });

  it('live: a present person only changes mode; one who left is not brought back by a key', () => {
    expect(withKeyMark(start, 'o01', 'r1', 'remote', '10:40').session.attendance[0]).toEqual(line('o01', 'r1', 'remote'));
    expect(withKeyMark(start, 'o05', 'r1', 'room', '12:00')).toEqual({ session: start, outcome: { kind: 'alreadyLeft', time: '11:30' } });
  });
});

describe('representativesForQuery', () => {
  it('every word in the organisation or the person; nothing typed names nobody', () => {
    const organisation = tavolo.organisations.find((o) => o.representatives.length > 1)!;
    const [a, b] = organisation.representatives;
    const orgWord = organisation.name.split(/\s+/).find((word) => word.length > 4)!;
    const byOrganisation = representativesForQuery(tavolo, orgWord.toUpperCase()).filter((m) => m.organisation.id === organisation.id);
    expect(byOrganisation.map((m) => m.representative.id)).toEqual([a!.id, b!.id]);
    const surname = b!.name.split(' ').at(-1)!;
    expect(representativesForQuery(tavolo, `${orgWord} ${surname}`).map((m) => m.representative.name)).toEqual([b!.name]);
    expect(representativesForQuery(tavolo, '   ')).toEqual([]);
    expect(representativesForQuery(tavolo, 'zzzz nessuno')).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BodyView, MethodInput, MethodName } from '../../../shared/api/contract';
import { createExampleBody, databaseContent, exampleMeetingFile, testBackend, type TestBackend } from '../storage/helpers';
import { REFUSED_CHARACTERS, textFields, withNoteAndGuest, withText, type TextField } from './text-cases';

/** Each bad character goes in at the third place, so the message must say «alla posizione 3». */
const badText = (value: string, character: string) => `Ab${character}${value}`;
const refusal = (character: string) => new RegExp(`^[A-Z][^:]*: carattere non ammesso ${character.replace('+', '\\+')} alla posizione 3$`);

const exampleFile = () => {
  const file = exampleMeetingFile();
  return { ...file, meeting: withNoteAndGuest(file.meeting) };
};

describe('a meeting file with a character no exported format can hold', () => {
  let t: TestBackend;
  beforeAll(() => {
    t = testBackend();
  });
  afterAll(() => t.close());

  const fields: TextField[] = textFields(exampleFile());

  it('finds every kind of text field of the model in the example (ids and references included)', () => {
    const kinds = fields.map((field) => field.kind);
    for (const kind of [
      'meeting.id',
      'meeting.body.name',
      'meeting.body.members.*.entity',
      'meeting.body.members.*.representative.delegation',
      'meeting.body.participants.*.honorific',
      'meeting.body.participants.*.organisation',
      'meeting.body.minuteTaker.role',
      'meeting.body.vicePresident.name',
      'meeting.place',
      'meeting.president.name',
      'meeting.items.*.title',
      'meeting.items.*.attachments.*.label',
      'meeting.items.*.attachments.*.title',
      'meeting.items.*.entries.statement.text',
      'meeting.items.*.entries.note.text',
      'meeting.items.*.entries.decision.subject',
      'meeting.items.*.entries.movement.reason',
      'meeting.items.*.entries.movement.representative.name',
      'meeting.rollCall.*.representative.role',
      'meeting.guests.*.name',
      'meeting.items.*.linkedMeetingIds.*',
      'meeting.items.*.entries.decision.againstMemberIds.*',
    ]) {
      expect(kinds).toContain(kind);
    }
  });

  it('is refused in every text field, naming the field, the character and its position; nothing is written', async () => {
    const before = databaseContent(t.backend);
    const file = exampleFile();
    const missed: string[] = [];
    for (const field of fields) {
      for (const character of REFUSED_CHARACTERS) {
        const content = JSON.stringify(withText(file, field.path, badText(field.value, character.value)));
        const error = await t.fail('files.importJson', { content });
        const issue = error.kind === 'validation' ? error.issues.find((candidate) => candidate.path === field.path.join('.')) : undefined;
        if (!issue || !refusal(character.name).test(issue.message)) missed.push(`${field.kind} ${character.name}: ${JSON.stringify(error)}`);
      }
    }
    expect(missed).toEqual([]);
    expect(fields.length * REFUSED_CHARACTERS.length).toBeGreaterThan(1_000);
    expect(databaseContent(t.backend)).toBe(before);
  });

  it('says which field in Italian, as the user knows it', async () => {
    const file = exampleFile();
    const messageFor = async (kind: string) => {
      const field = fields.find((candidate) => candidate.kind === kind) as TextField;
      const error = await t.fail('files.importJson', { content: JSON.stringify(withText(file, field.path, badText(field.value, '\u0001'))) });
      return error.kind === 'validation' ? error.issues.find((issue) => issue.path === field.path.join('.'))?.message : error.message;
    };
    expect(await messageFor('meeting.items.*.entries.statement.text')).toBe("Testo dell'intervento: carattere non ammesso U+0001 alla posizione 3");
    expect(await messageFor('meeting.body.name')).toBe('Denominazione: carattere non ammesso U+0001 alla posizione 3');
    expect(await messageFor('meeting.body.members.*.entity')).toBe('Ente: carattere non ammesso U+0001 alla posizione 3');
    expect(await messageFor('meeting.id')).toBe('Identificativo: carattere non ammesso U+0001 alla posizione 3');
  });

  it('counts the position in characters, a pair of surrogates being one, and says how many more there are', async () => {
    const file = exampleFile();
    const field = fields.find((candidate) => candidate.kind === 'meeting.items.*.entries.note.text') as TextField;
    const error = await t.fail('files.importJson', { content: JSON.stringify(withText(file, field.path, 'Nota 😀 \uFFFF e \u0000 e \uDC00')) });
    expect(error.kind === 'validation' && error.issues.find((issue) => issue.path === field.path.join('.'))?.message).toBe(
      'Testo della nota: carattere non ammesso U+FFFF alla posizione 8 (e altri 2 più avanti)',
    );
  });
});

/** One call of the API per kind of text it takes: the text goes where `input` puts it, the refusal must name `path`. */
interface ApiCase {
  method: MethodName;
  path: string;
  input: (text: string) => unknown;
}

function apiCases(body: BodyView, meetingId: string, itemId: string): ApiCase[] {
  const member = body.members[0] as BodyView['members'][number];
  const { id: _id, members: _m, participants: _p, ...profile } = body;
  const officer = { name: 'Mario Verdi', role: 'Presidente', gender: 'm' as const, memberId: null };
  const guest = { honorific: 'Sig.', name: 'Paolo Ospite', role: 'relatore', organisation: 'Cooperativa Alfa', gender: 'm' as const };
  const header = { date: '2026-11-22', startTime: '17:30', modality: 'mixed' as const, place: 'Sala', convocation: 'first' as const, president: officer, minuteTaker: officer };
  const entry = (text: string) => ({ meetingId, itemId, entry: { type: 'statement', speaker: { kind: 'minuteTaker' }, text } });
  const movement = { type: 'movement', memberId: member.id, movement: 'arrival', time: '17:45', mode: 'room', representative: null, reason: '' };
  const create = (text: string, key: string) => ({ profile: { ...profile, [key]: text } });
  const withPerson = (path: 'president' | 'minuteTaker', key: 'name' | 'role') => (text: string) => ({ profile: { ...profile, [path]: { ...officer, [key]: text } } });
  const memberWith = (change: object) => ({ bodyId: body.id, member: { ...member, id: undefined, seat: 900, ...change } });
  const representative = (key: string, text: string) => memberWith({ representative: { ...member.representative, [key]: text } });
  return [
    { method: 'bodies.create', path: 'profile.name', input: (text) => create(text, 'name') },
    { method: 'bodies.create', path: 'profile.president.name', input: withPerson('president', 'name') },
    { method: 'bodies.create', path: 'profile.president.role', input: withPerson('president', 'role') },
    { method: 'bodies.create', path: 'profile.minuteTaker.name', input: withPerson('minuteTaker', 'name') },
    { method: 'bodies.create', path: 'profile.minuteTaker.role', input: withPerson('minuteTaker', 'role') },
    { method: 'bodies.updateProfile', path: 'profile.name', input: (text) => ({ bodyId: body.id, profile: { ...profile, name: text } }) },
    { method: 'bodies.upsertMember', path: 'member.entity', input: (text) => memberWith({ entity: text }) },
    { method: 'bodies.upsertMember', path: 'member.id', input: (text) => memberWith({ id: text }) },
    { method: 'bodies.upsertMember', path: 'member.representative.name', input: (text) => representative('name', text) },
    { method: 'bodies.upsertMember', path: 'member.representative.role', input: (text) => representative('role', text) },
    { method: 'bodies.upsertMember', path: 'member.representative.delegation', input: (text) => representative('delegation', text) },
    ...(['honorific', 'name', 'role', 'organisation'] as const).map(
      (key): ApiCase => ({ method: 'bodies.upsertParticipant', path: `participant.${key}`, input: (text) => ({ bodyId: body.id, participant: { ...guest, [key]: text } }) }),
    ),
    { method: 'bodies.removeMember', path: 'bodyId', input: (text) => ({ bodyId: text, memberId: member.id }) },
    { method: 'meetings.create', path: 'place', input: (text) => ({ bodyId: body.id, date: '2026-11-22', startTime: '17:30', modality: 'mixed', place: text, convocation: 'first' }) },
    { method: 'meetings.updateHeader', path: 'header.place', input: (text) => ({ meetingId, header: { ...header, place: text } }) },
    { method: 'meetings.updateHeader', path: 'header.president.name', input: (text) => ({ meetingId, header: { ...header, president: { ...officer, name: text } } }) },
    { method: 'meetings.addItem', path: 'title', input: (text) => ({ meetingId, title: text }) },
    { method: 'meetings.addItem', path: 'attachments.0.label', input: (text) => ({ meetingId, title: 'Punto', attachments: [{ label: text, title: '' }] }) },
    { method: 'meetings.addItem', path: 'attachments.0.title', input: (text) => ({ meetingId, title: 'Punto', attachments: [{ label: 'All.1', title: text }] }) },
    { method: 'meetings.setRollCall', path: 'representative.name', input: (text) => ({ meetingId, memberId: member.id, presence: 'room', representative: { ...member.representative, name: text } }) },
    { method: 'meetings.addGuest', path: 'guest.name', input: (text) => ({ meetingId, guest: { ...guest, name: text } }) },
    { method: 'meetings.addGuest', path: 'guest.organisation', input: (text) => ({ meetingId, guest: { ...guest, organisation: text } }) },
    { method: 'meetings.addEntry', path: 'entry.text', input: entry },
    { method: 'meetings.addEntry', path: 'entry.text', input: (text) => ({ meetingId, itemId, entry: { type: 'note', text } }) },
    { method: 'meetings.addEntry', path: 'entry.subject', input: (text) => ({ meetingId, itemId, entry: { type: 'decision', kind: 'noVote', subject: text } }) },
    { method: 'meetings.addEntry', path: 'entry.reason', input: (text) => ({ meetingId, itemId, entry: { ...movement, reason: text } }) },
    { method: 'meetings.addEntry', path: 'entry.representative.name', input: (text) => ({ meetingId, itemId, entry: { ...movement, representative: { ...member.representative, name: text } } }) },
    { method: 'meetings.addEntry', path: 'itemId', input: (text) => ({ ...entry('testo'), itemId: text }) },
    { method: 'meetings.reopen', path: 'reason', input: (text) => ({ meetingId, reason: text }) },
    { method: 'meetings.saveDraft', path: 'key', input: (text) => ({ meetingId, key: text, text: 'bozza' }) },
    { method: 'meetings.search', path: 'text', input: (text) => ({ text }) },
    { method: 'meetings.get', path: 'meetingId', input: (text) => ({ meetingId: text }) },
  ];
}

describe('the API given a character no exported format can hold', () => {
  let t: TestBackend;
  let cases: ApiCase[];
  beforeAll(async () => {
    t = testBackend();
    const body = await createExampleBody(t);
    const view = await t.call('meetings.create', { bodyId: body.id, date: '2026-11-22', startTime: '17:30', modality: 'mixed', place: '', convocation: 'first' });
    const withItem = await t.call('meetings.addItem', { meetingId: view.meetingId, title: 'Comunicazioni' });
    cases = apiCases(body, view.meetingId, withItem.createdId as string);
  });
  afterAll(() => t.close());

  it('refuses it in every text it takes, naming the field, the character and its position; nothing is written', async () => {
    const before = databaseContent(t.backend);
    const missed: string[] = [];
    for (const apiCase of cases) {
      for (const character of REFUSED_CHARACTERS) {
        const error = await t.fail(apiCase.method, apiCase.input(badText('testo', character.value)) as MethodInput<typeof apiCase.method>);
        const issue = error.kind === 'validation' ? error.issues.find((candidate) => candidate.path === apiCase.path) : undefined;
        if (!issue || !refusal(character.name).test(issue.message)) missed.push(`${apiCase.method} ${apiCase.path} ${character.name}: ${JSON.stringify(error)}`);
      }
    }
    expect(missed).toEqual([]);
    expect(databaseContent(t.backend)).toBe(before);
  });

  it('accepts each of those calls once the character is gone (the refusal was for the character)', async () => {
    const accepted = ['bodies.create', 'bodies.upsertParticipant', 'meetings.addItem', 'meetings.addGuest', 'meetings.search'];
    for (const apiCase of cases.filter((candidate) => accepted.includes(candidate.method))) {
      await t.call(apiCase.method, apiCase.input('Testo pulito') as MethodInput<typeof apiCase.method>);
    }
    const response = await t.backend.dispatch('meetings.addEntry', (cases.find((candidate) => candidate.path === 'entry.text') as ApiCase).input('Testo pulito'));
    expect(response.ok).toBe(true);
  });
});

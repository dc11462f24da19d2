import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stressLogo } from '../../../bench/fixtures/stress-meeting';
import type { BodyView, ImportedMeeting, MeetingChange, MeetingView, MethodInput, MethodName, MethodResult } from '../../../shared/api/contract';
import type { RevisionView } from '../../../shared/api/revisions';
import { MEETING_FILE_FORMAT, MEETING_FILE_VERSION } from '../../../shared/meeting-file';
import { accessRefusal } from '../../../electron/shell/ipc-guard';
import { base64, tinyPdf } from '../attachments/fixtures';
import { wordLetterhead } from '../docx/word-style-letterhead';
import { exampleSessions } from '../tavolo/examples';
import { createExampleBody, databaseContent, exampleMeetingFile, profileOf, testBackend, type TestBackend } from './helpers';

/** Every method whose reply can hold a body or a meeting: the compiler makes the table below name each of them. */
type CarriesBodyOrMeeting = {
  [M in MethodName]: MethodResult<M> extends BodyView | MeetingChange | MeetingView | ImportedMeeting | RevisionView ? M : never;
}[MethodName];

/** Where a reply holds a string that can only be a file's bytes: base64 longer than any hash, id or name. */
function longBase64(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return /^[A-Za-z0-9+/=]{300,}$/.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => longBase64(item, `${path}[${index}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => longBase64(item, path ? `${path}.${key}` : key));
  return [];
}

const logo = stressLogo();
const word = wordLetterhead();
const letterhead = { headerLines: ['Ufficio di Piano'], footerLines: [], word };

interface Context {
  body: BodyView;
  meetingId: string;
  itemId: string;
  entryId: string;
  attachmentId: string;
}

type Step<M extends CarriesBodyOrMeeting> = (c: Context, t: TestBackend) => MethodInput<M> | Promise<MethodInput<M>>;

/** One call of each, in an order where each is valid; a step may first make what it needs (those replies are not the point). */
const steps: { [M in CarriesBodyOrMeeting]: Step<M> } = {
  'bodies.get': (c) => ({ bodyId: c.body.id }),
  'bodies.updateProfile': (c) => ({ bodyId: c.body.id, profile: profileOf(c.body) }),
  'bodies.upsertMember': (c) => ({ bodyId: c.body.id, member: { ...c.body.members[0]!, id: 'comune-in-prova', seat: 900, entity: 'Comune di Prova' } }),
  'bodies.removeMember': (c) => ({ bodyId: c.body.id, memberId: 'comune-in-prova' }),
  'bodies.upsertParticipant': (c) => ({ bodyId: c.body.id, participant: { id: 'ospite-in-prova', honorific: 'Sig.', name: 'Paolo Prova', role: 'relatore', organisation: 'Cooperativa Alfa', gender: 'm' } }),
  'bodies.removeParticipant': (c) => ({ bodyId: c.body.id, participantId: 'ospite-in-prova' }),
  'bodies.importOrganisations': async (_c, t) => {
    const tavolo = await t.call('bodies.create', { profile: { ...profileOf(exampleSessions()[2]!.body), logo, letterhead } });
    return { bodyId: tavolo.id, file: { format: 'text', text: 'Organizzazione;Categoria;Rappresentante;Data di adesione\nAPS Nuova;ETS;Lia Neri;01/03/2026' }, mode: 'append' };
  },
  'bodies.upsertOrganisation': async (_c, t) => {
    const tavolo = (await t.call('bodies.list', {})).find((body) => body.kind === 'tavolo')!;
    const person = { id: 'lia-neri', honorific: 'Dott.ssa', name: 'Lia Neri', role: 'presidente', gender: 'f' as const };
    return { bodyId: tavolo.id, organisation: { id: 'aps-tardiva', name: 'APS Tardiva', category: 'ets', runts: '10234', joinedOn: '2026-05-01', representatives: [person] } };
  },
  'bodies.removeOrganisation': async (_c, t) => ({ bodyId: (await t.call('bodies.list', {})).find((body) => body.kind === 'tavolo')!.id, organisationId: 'aps-tardiva' }),
  'bodies.importMembers': (c) => ({ bodyId: c.body.id, file: { format: 'text', text: 'N.;Comune;Sindaco/delegato\n901;Comune di Lago Nuovo;Bruno Re' }, mode: 'append' }),
  'styles.set': (c) => ({ bodyId: c.body.id, style: c.body.style }),
  'bodies.create': (c) => ({ profile: { ...profileOf(c.body), name: 'Consiglio di prova', logo: stressLogo(7), letterhead } }),
  'meetings.create': (c) => ({ bodyId: c.body.id, date: '2026-11-22', startTime: '17:30', modality: 'presence', place: 'Sala consiliare', convocation: 'first' }),
  'meetings.updateHeader': (c) => ({
    meetingId: c.meetingId,
    header: { date: '2026-11-22', startTime: '17:30', modality: 'presence', place: 'Sala', convocation: 'first', president: c.body.president, minuteTaker: c.body.minuteTaker },
  }),
  'meetings.addItem': (c) => ({ meetingId: c.meetingId, itemId: 'punto-uno', title: 'Comunicazioni' }),
  'meetings.updateItem': (c) => ({ meetingId: c.meetingId, itemId: c.itemId, title: 'Comunicazioni del presidente', attachments: [], linkedMeetingIds: [] }),
  'meetings.moveItem': async (c, t) => {
    await t.call('meetings.addItem', { meetingId: c.meetingId, itemId: 'punto-due', title: 'Varie' });
    return { meetingId: c.meetingId, itemId: 'punto-due', toIndex: 0 };
  },
  'meetings.removeItem': (c) => ({ meetingId: c.meetingId, itemId: 'punto-due' }),
  'meetings.setRollCall': async (c, t) => {
    for (const member of c.body.members.slice(1)) await t.call('meetings.setRollCall', { meetingId: c.meetingId, memberId: member.id, presence: 'room' });
    return { meetingId: c.meetingId, memberId: c.body.members[0]!.id, presence: 'room' };
  },
  'meetings.setParticipantAttendance': (c) => ({ meetingId: c.meetingId, participantId: c.body.participants[0]!.id, present: true }),
  'meetings.addGuest': (c) => ({ meetingId: c.meetingId, guest: { honorific: 'Sig.ra', name: 'Anna Ferri', role: 'coordinatrice', organisation: 'Cooperativa Sole', gender: 'f' } }),
  'meetings.start': (c) => ({ meetingId: c.meetingId }),
  'meetings.setCurrentItem': (c) => ({ meetingId: c.meetingId, itemId: c.itemId }),
  'meetings.addEntry': (c) => ({ meetingId: c.meetingId, itemId: c.itemId, entry: { id: 'nota-uno', type: 'note', text: 'Nota' } }),
  'meetings.updateEntry': (c) => ({ meetingId: c.meetingId, entryId: c.entryId, entry: { type: 'note', text: 'Nota corretta' } }),
  'meetings.moveEntry': (c) => ({ meetingId: c.meetingId, entryId: c.entryId, toItemId: c.itemId, toIndex: 0 }),
  'meetings.deleteEntry': async (c, t) => {
    await t.call('meetings.addEntry', { meetingId: c.meetingId, itemId: c.itemId, entry: { id: 'nota-due', type: 'note', text: 'Da togliere' } });
    return { meetingId: c.meetingId, entryId: 'nota-due' };
  },
  'meetings.setOmissions': (c) => ({ meetingId: c.meetingId, omissions: { spans: [], entryIds: [c.entryId], personIds: [] } }),
  'meetings.setTavoloSession': async (_c, t) => {
    const tavolo = await t.call('bodies.create', { profile: { ...profileOf(exampleSessions()[2]!.body), logo, letterhead } });
    const { meetingId } = await t.call('meetings.create', { bodyId: tavolo.id, date: '2026-06-23', startTime: '09:30', modality: 'presence', place: 'la Sala consiliare', convocation: null });
    return { meetingId, session: { attendance: [{ organisationId: 'o01', representativeId: 'r1', mode: 'room', arrivedAt: null, leftAt: null }], nextMeeting: null, observationDays: 7 } };
  },
  'meetings.undo': (c) => ({ meetingId: c.meetingId }),
  'meetings.redo': (c) => ({ meetingId: c.meetingId }),
  'attachments.add': (c) => ({ meetingId: c.meetingId, itemId: c.itemId, title: 'Relazione', fileName: 'relazione.pdf', base64: base64(tinyPdf('relazione '.repeat(200))) }),
  'attachments.remove': (c) => ({ meetingId: c.meetingId, itemId: c.itemId, attachmentId: c.attachmentId }),
  'meetings.close': (c) => ({ meetingId: c.meetingId, endTime: '19:00' }),
  'meetings.reopen': (c) => ({ meetingId: c.meetingId, reason: 'Correzione di un refuso' }),
  'meetings.revision': (c) => ({ meetingId: c.meetingId, revision: 1 }),
  'meetings.get': (c) => ({ meetingId: c.meetingId }),
  'files.importJson': () => {
    const file = exampleMeetingFile();
    const meeting = { ...file.meeting, id: 'seduta-importata', body: { ...file.meeting.body, logo: stressLogo(9), letterhead } };
    return { content: JSON.stringify({ format: MEETING_FILE_FORMAT, version: MEETING_FILE_VERSION, exportedAt: new Date().toISOString(), meeting }) };
  },
};

describe('no reply carries a blob', () => {
  let t: TestBackend;
  const c = {} as Context;

  beforeAll(async () => {
    t = testBackend();
    const created = await createExampleBody(t);
    c.body = await t.call('bodies.updateProfile', { bodyId: created.id, profile: { ...profileOf(created), logo, letterhead } });
  });
  afterAll(() => t.close());

  it('finds the bytes where a call sends them (the walk sees a logo and a letterhead)', () => {
    expect(longBase64({ profile: { logo, letterhead } })).toEqual(['profile.logo.base64', 'profile.letterhead.word.base64']);
  });

  for (const [method, step] of Object.entries(steps) as [CarriesBodyOrMeeting, Step<CarriesBodyOrMeeting>][]) {
    it(`${method} answers without a base64 blob anywhere`, async () => {
      const reply = (await t.call(method, (await step(c, t)) as never)) as unknown;
      expect(longBase64(reply)).toEqual([]);
      if (method === 'meetings.create') c.meetingId = (reply as MeetingChange).meetingId;
      if (method === 'meetings.addItem') c.itemId = (reply as MeetingChange).createdId!;
      if (method === 'meetings.addEntry') c.entryId = (reply as MeetingChange).createdId!;
      if (method === 'attachments.add') c.attachmentId = (reply as MeetingChange).createdId!;
      // The organisation methods answer the tavolo importOrganisations made for itself, not the body the other steps work on.
      if (method.startsWith('bodies.') && method !== 'bodies.create' && !method.endsWith('Organisations') && !method.endsWith('Organisation')) c.body = reply as BodyView;
    });
  }
});

describe('the body screen names the logo and the Word letterhead by hash', () => {
  let t: TestBackend;
  let body: BodyView;

  beforeAll(async () => {
    t = testBackend();
    const created = await createExampleBody(t);
    body = await t.call('bodies.updateProfile', { bodyId: created.id, profile: { ...profileOf(created), logo, letterhead } });
  });
  afterAll(() => t.close());

  it('gives their bytes through blobs.get with the body, and saving the profile with the refs keeps them', async () => {
    expect(body.logo).toEqual({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/), mimeType: logo.mimeType });
    expect(body.letterhead?.word).toEqual({ fileName: word.fileName, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const saved = await t.call('bodies.updateProfile', { bodyId: body.id, profile: { ...profileOf(body), name: 'Assemblea rinominata' } });
    expect(saved.name).toBe('Assemblea rinominata');
    expect(saved.logo).toEqual(body.logo);
    expect(await t.call('blobs.get', { bodyId: body.id, sha256: saved.logo!.sha256 })).toEqual(logo);
    expect((await t.call('blobs.get', { bodyId: body.id, sha256: saved.letterhead!.word!.sha256 })).base64).toBe(word.base64);
    // The meeting made after the save still prints the logo: its view names the same bytes.
    const meeting = await t.call('meetings.create', { bodyId: body.id, date: '2026-11-23', modality: 'presence', place: '' });
    expect(meeting.logo?.sha256).toBe(body.logo!.sha256);
  });

  it('removes them only when the profile says null, and takes a new file in their place', async () => {
    const replaced = await t.call('bodies.updateProfile', { bodyId: body.id, profile: { ...profileOf(body), logo: stressLogo(3), letterhead: { ...letterhead, word: null } } });
    expect(replaced.logo?.sha256).not.toBe(body.logo!.sha256);
    expect(replaced.letterhead?.word).toBeNull();
    const removed = await t.call('bodies.updateProfile', { bodyId: body.id, profile: { ...profileOf(replaced), logo: null } });
    expect(removed.logo).toBeNull();
    expect(await t.fail('blobs.get', { bodyId: body.id, sha256: replaced.logo!.sha256 })).toMatchObject({ kind: 'notFound' });
    body = await t.call('bodies.updateProfile', { bodyId: body.id, profile: { ...profileOf(removed), logo, letterhead } });
  });

  it('refuses a hash the body does not hold, at its field, writing nothing', async () => {
    const before = databaseContent(t.backend);
    const error = await t.fail('bodies.updateProfile', { bodyId: body.id, profile: { ...profileOf(body), logo: { sha256: 'a'.repeat(64), mimeType: 'image/png' } } });
    expect(error).toMatchObject({ kind: 'validation', issues: [{ path: 'profile.logo', message: "Il logo indicato non è quello dell'organo: caricalo di nuovo." }] });
    expect(databaseContent(t.backend)).toEqual(before);
    // Another body's letterhead named by its hash: that body holds no such bytes.
    const other = await t.call('bodies.create', { profile: { ...profileOf(body), name: 'Altro organo', logo: null, letterhead: { ...letterhead, word: null } } });
    const withOther = databaseContent(t.backend);
    const refused = await t.fail('bodies.updateProfile', { bodyId: other.id, profile: { ...profileOf(other), letterhead: { ...letterhead, word: body.letterhead!.word } } });
    expect(refused).toMatchObject({ kind: 'validation', issues: [{ path: 'profile.letterhead.word' }] });
    expect(databaseContent(t.backend)).toEqual(withOther);
    expect(await t.fail('blobs.get', { bodyId: other.id, sha256: body.logo!.sha256 })).toMatchObject({ kind: 'notFound' });
  });

  it('keeps the chair display to its meeting: a body’s blob is not for it', () => {
    expect(accessRefusal({ kind: 'chair', meetingId: 'seduta' }, 'blobs.get', { bodyId: body.id, sha256: body.logo!.sha256 })).toMatch(/altra seduta/);
    expect(accessRefusal({ kind: 'full' }, 'blobs.get', { bodyId: body.id, sha256: body.logo!.sha256 })).toBeNull();
  });
});

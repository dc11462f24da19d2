import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, isMethodName, methodNames, type MethodName } from '../../../shared/api/contract';
import { STANDARD_STYLE } from '../../../shared/style';
import { startHttpServer, type HttpServer } from '../../../electron/backend/transport/http';
import { createExampleBody, databaseContent, testBackend, type TestBackend } from '../storage/helpers';
import { rawRequest, signIn } from './http-client';

/** The contract's reads: a valid call to them may succeed without changing the database. */
const isRead = (name: MethodName) => contract[name].access.effect === 'read';
const isShellOnly = (name: string) => isMethodName(name) && contract[name].access.callers === 'shell';
const KINDS = new Set(['validation', 'domain', 'notFound', 'unknownMethod', 'unauthorized', 'internal']);
const STATUS: Record<string, number> = { validation: 400, domain: 422, notFound: 404, unknownMethod: 404, unauthorized: 401, internal: 500 };

let t: TestBackend;
let server: HttpServer;
let templates: Record<MethodName, Record<string, unknown>>;
let memberIds: string[];
let sessionCookie: string;

function validTemplates(ids: { bodyId: string; meetingId: string; itemId: string; entryId: string; memberId: string; participantId: string }): Record<MethodName, Record<string, unknown>> {
  const representative = { name: 'Marta Rossi', role: 'consigliera', gender: 'f', delegation: '' };
  const officer = { name: 'Mario Verdi', role: 'Presidente', gender: 'm', memberId: null };
  const member = { seat: 40, entity: 'Comune di Prova', entityGender: 'm', population: 1200, populationDate: '2025-01-01', representative };
  const participant = { honorific: 'Dott.', name: 'Luigi Sala', role: 'direttore', organisation: 'Azienda', gender: 'm' };
  const profile = {
    name: 'Assemblea', gender: 'f', kind: 'assemblea', president: officer, vicePresident: null, minuteTaker: officer, logo: null,
    rules: {
      quorum: { firstCall: { heads: { kind: 'halfPlusOne' }, population: { kind: 'none' } }, secondCall: { heads: { kind: 'any' }, population: { kind: 'none' } }, remoteCounts: true, recordInMinutes: true },
      majority: { majority: { kind: 'simple' }, base: 'voting', abstentionsInBase: false, weighting: 'heads' },
      votes: true,
      remoteAllowed: true,
    },
  };
  const decision = { type: 'decision', kind: 'vote', subject: 'il bilancio', unanimous: false, favourable: 3, against: 1, abstained: 0, notVoting: 0, againstMemberIds: [ids.memberId], abstainedMemberIds: [], notVotingMemberIds: [] };
  const m = { meetingId: ids.meetingId };
  return {
    'bodies.list': {},
    'bodies.get': { bodyId: ids.bodyId },
    'bodies.create': { profile },
    'bodies.updateProfile': { bodyId: ids.bodyId, profile },
    'bodies.upsertMember': { bodyId: ids.bodyId, member },
    'bodies.removeMember': { bodyId: ids.bodyId, memberId: ids.memberId },
    'bodies.upsertParticipant': { bodyId: ids.bodyId, participant },
    'bodies.removeParticipant': { bodyId: ids.bodyId, participantId: ids.participantId },
    'bodies.previewMembers': { bodyId: ids.bodyId, file: { format: 'text', text: 'N.;Ente;Popolazione;Data popolazione;Rappresentante;Ruolo;Genere\n1;Comune di Città;1.234;01/01/2025;Anna Bo;Sindaca;F' } },
    'bodies.previewOrganisations': { bodyId: ids.bodyId, file: { format: 'text', text: 'Organizzazione;Categoria' } },
    'bodies.importOrganisations': { bodyId: ids.bodyId, file: { format: 'text', text: 'Organizzazione;Categoria' }, mode: 'append' },
    'bodies.importMembers': { bodyId: ids.bodyId, file: { format: 'text', text: 'N.;Ente' }, mode: 'append' },
    'bodies.upsertOrganisation': {
      bodyId: ids.bodyId,
      organisation: { name: 'APS Nuova', category: 'ets', runts: '10234', joinedOn: '2026-03-01', roleOverride: 'operativo', representatives: [{ id: 'r1', honorific: 'Dott.ssa', name: 'Lia Neri', role: 'presidente', gender: 'f' }] },
    },
    'bodies.removeOrganisation': { bodyId: ids.bodyId, organisationId: 'o-nessuna' },
    'bodies.membersTemplate': { format: 'xlsx' },
    'styles.presets': {},
    'styles.get': { bodyId: ids.bodyId },
    'styles.set': { bodyId: ids.bodyId, style: STANDARD_STYLE },
    'styles.validateTemplate': { kind: 'opening', template: 'Il giorno {data}' },
    'styles.examples': { bodyId: ids.bodyId, style: STANDARD_STYLE },
    'styles.exportFile': { bodyId: ids.bodyId },
    'tavoli.register': { bodyId: ids.bodyId },
    'tavoli.exportSintesi': { bodyId: ids.bodyId, format: 'pdf' },
    'styles.parseFile': { content: '{}' },
    'meetings.create': { bodyId: ids.bodyId, date: '2026-11-22', startTime: '17:30', modality: 'presence', place: 'Sala', convocation: 'first' },
    'meetings.updateHeader': { ...m, header: { date: '2026-11-22', startTime: '17:30', modality: 'mixed', place: '', convocation: 'second', president: officer, minuteTaker: officer } },
    'meetings.addItem': { ...m, title: 'Varie', attachments: [{ label: 'All.1', title: 'Bilancio' }], linkedMeetingIds: [] },
    'meetings.updateItem': { ...m, itemId: ids.itemId, title: 'Varie', attachments: [], linkedMeetingIds: [] },
    'meetings.moveItem': { ...m, itemId: ids.itemId, toIndex: 0 },
    'meetings.removeItem': { ...m, itemId: ids.itemId },
    'meetings.setRollCall': { ...m, memberId: ids.memberId, presence: 'remote' },
    'meetings.setParticipantAttendance': { ...m, participantId: ids.participantId, present: true },
    'meetings.addGuest': { ...m, guest: participant },
    'meetings.start': { ...m },
    'meetings.addEntry': { ...m, itemId: ids.itemId, entry: decision },
    'meetings.updateEntry': { ...m, entryId: ids.entryId, entry: { type: 'note', text: 'nota' } },
    'meetings.moveEntry': { ...m, entryId: ids.entryId, toItemId: ids.itemId, toIndex: 0 },
    'meetings.deleteEntry': { ...m, entryId: ids.entryId },
    'meetings.setCurrentItem': { ...m, itemId: ids.itemId },
    'meetings.setOmissions': { ...m, omissions: { spans: [], entryIds: [], personIds: [] } },
    'meetings.setTavoloSession': { ...m, session: { attendance: [], nextMeeting: null, observationDays: 7 } },
    'meetings.close': { ...m, endTime: '19:47' },
    'meetings.reopen': { ...m, reason: 'correzione' },
    'meetings.delete': { ...m },
    'meetings.undo': { ...m },
    'meetings.redo': { ...m },
    'meetings.saveDraft': { ...m, key: 'statement', text: 'bozza' },
    'meetings.drafts': { ...m },
    'meetings.get': { ...m },
    'blobs.get': { ...m, sha256: '0'.repeat(64) },
    'meetings.at': { ...m, position: { itemIndex: 0, entryIndex: 0 } },
    'meetings.check': { ...m },
    'meetings.search': { text: 'Città' },
    'archive.search': { text: 'bilancio', status: 'live', page: 1, pageSize: 20 },
    'meetings.journal': { ...m },
    'meetings.revisions': { ...m },
    'meetings.revision': { ...m, revision: 1 },
    'files.exportJson': { ...m },
    'files.importJson': { content: '{"format":"verbalizza.meeting","version":1}' },
    'files.exportDocx': { ...m },
    'files.exportRevisionDocx': { ...m, revision: 1 },
    'files.saveDocx': { ...m, outputPath: '/tmp/verbalizza-hostile-non-deve-esistere.docx' },
    'files.exportPdf': { ...m },
    'files.savePdf': { ...m, outputPath: '/tmp/verbalizza-hostile-non-deve-esistere.pdf' },
    'files.exportDossier': { ...m },
    'files.saveDossier': { ...m, outputPath: '/tmp/verbalizza-hostile-non-deve-esistere.zip' },
    'attachments.add': { ...m, itemId: ids.itemId, title: 'Relazione', fileName: 'relazione.pdf', base64: Buffer.from('%PDF-1.4\n').toString('base64') },
    'attachments.remove': { ...m, itemId: ids.itemId, attachmentId: 'a-nessuno' },
    'signing.exportForSignature': { ...m },
    'signing.attachSigned': { ...m, fileName: 'verbale.pdf.p7m', base64: Buffer.from('non firmato').toString('base64') },
    'signing.status': { ...m },
    'backups.list': {},
    'backups.status': {},
    'backups.restore': { fileName: 'verbalizza-20200101-000000-000.sqlite' },
    'logs.open': {},
  };
}

const junk = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.string({ maxLength: 40 }),
  fc.constant('__proto__'),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.anything({ maxDepth: 1 }), { maxKeys: 4 }),
  fc.constant({ __proto__: { polluted: true }, constructor: { prototype: { x: 1 } } }),
  fc.integer({ min: 100_000, max: 3_000_000 }).map((n) => 'à'.repeat(n)),
);

/** Walks to a random place in a JSON-like value and replaces, deletes or nests something there. */
function mutate(value: unknown, choices: number[], replacement: unknown): unknown {
  if (value === null || typeof value !== 'object') return replacement;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? value.slice() : { ...(value as Record<string, unknown>) };
  const keys = Object.keys(copy);
  const [choice = 0, ...rest] = choices;
  if (keys.length === 0) return replacement;
  const key = keys[choice % keys.length] as string;
  const action = choice % 3;
  if (action === 0 && !Array.isArray(copy)) delete (copy as Record<string, unknown>)[key];
  else (copy as Record<string, unknown>)[key] = rest.length > 0 ? mutate((copy as Record<string, unknown>)[key], rest, replacement) : replacement;
  return copy;
}

interface Attack {
  method: string;
  body: string;
  token: 'good' | 'bad' | 'none';
  host: string;
}

function attacks(): fc.Arbitrary<Attack> {
  const method = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...methodNames) },
    { weight: 1, arbitrary: fc.constantFrom('meetings.purge', 'constructor', '__proto__', 'toString', '', '..%2f..', 'bodies.list/x', '%E0%A4%A') },
  );
  const body = fc.tuple(method, fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), junk, fc.nat(9)).map(([name, choices, replacement, shape]) => {
    const template = isMethodName(name) ? templates[name] : {};
    let input: unknown;
    if (shape === 0) input = replacement;
    else input = mutate(template, choices, replacement);
    // A write that the schema accepts could legitimately change the database: aim it at ids that do not exist.
    if (isMethodName(name) && !isRead(name) && contract[name].input.safeParse(input).success) {
      input = { ...(input as object), bodyId: 'inesistente', meetingId: 'inesistente', profile: 0, content: '{' };
    }
    return { name, text: shape === 9 ? '{"non è json' : JSON.stringify(input) ?? 'undefined' };
  });
  // Well-formed requests that break a rule of the meeting: all present, so any arrival contradicts presence,
  // and no tally of at most 7 votes can add up to 17 present.
  const ruleBreaking = fc.oneof(
    fc.record({ favourable: fc.nat(5), against: fc.nat(2) }).map(({ favourable, against }) => ({
      name: 'meetings.addEntry',
      text: JSON.stringify({ ...templates['meetings.addEntry'], entry: { type: 'decision', kind: 'vote', subject: 'x', favourable, against, againstMemberIds: [] } }),
    })),
    fc.constantFrom('arrival', 'return').map((movement) => ({
      name: 'meetings.addEntry',
      text: JSON.stringify({ ...templates['meetings.addEntry'], entry: { type: 'movement', memberId: memberIds[0], movement, time: '18:00' } }),
    })),
    fc.constantFrom('meetings.start', 'meetings.reopen').map((name) => ({ name, text: JSON.stringify(templates[name as MethodName]) })),
  );
  const request = fc.oneof({ weight: 9, arbitrary: body }, { weight: 1, arbitrary: ruleBreaking });
  const token = fc.constantFrom<'good' | 'bad' | 'none'>('good', 'good', 'good', 'good', 'good', 'good', 'good', 'good', 'bad', 'none');
  const host = fc.constantFrom('127.0.0.1', '127.0.0.1', '127.0.0.1', '127.0.0.1', 'localhost', 'evil.example', '10.0.0.8', '127.0.0.1.nip.io', '');
  return fc.record({ request, token, host }).map(({ request, token: tk, host: h }) => ({ method: request.name, body: request.text, token: tk, host: h }));
}

beforeAll(async () => {
  t = testBackend();
  const body = await createExampleBody(t);
  let view = await t.viewAfter('meetings.create', { bodyId: body.id, date: '2026-11-20', startTime: '17:30', modality: 'mixed', place: '', convocation: 'first' });
  const meetingId = view.meeting.id;
  for (const member of body.members) view = await t.viewAfter('meetings.setRollCall', { meetingId, memberId: member.id, presence: 'room' });
  view = await t.viewAfter('meetings.addItem', { meetingId, title: 'Bilancio' });
  const itemId = view.meeting.items[0]!.id;
  view = await t.viewAfter('meetings.start', { meetingId });
  view = await t.viewAfter('meetings.addEntry', { meetingId, itemId, entry: { type: 'note', text: 'nota' } });
  memberIds = body.members.map((member) => member.id);
  templates = validTemplates({ bodyId: body.id, meetingId, itemId, entryId: view.meeting.items[0]!.entries[0]!.id, memberId: body.members[0]!.id, participantId: body.participants[0]!.id });
  server = await startHttpServer({ dispatch: t.backend.dispatch, staticDir: null });
  sessionCookie = (await signIn(server)).cookie!;
});
afterAll(async () => {
  await server.close();
  t.close();
});

describe('hostile input through the HTTP adapter', () => {
  it('answers 5,000 random and malformed requests with structured errors and leaves the database unchanged', async () => {
    const hash = () => createHash('sha256').update(databaseContent(t.backend)).digest('hex');
    const before = hash();
    let succeeded = 0;
    const kinds = new Set<string>();
    await fc.assert(
      fc.asyncProperty(attacks(), async (attack) => {
        const host = attack.host === '' ? '' : `${attack.host}:${server.port}`;
        const headers: Record<string, string> = { 'content-type': 'application/json', host, origin: `http://${host}` };
        if (attack.token === 'good') headers.cookie = sessionCookie;
        if (attack.token === 'bad') headers.cookie = sessionCookie.slice(0, -1) + 'x';
        const response = await rawRequest({ port: server.port, path: `/api/${attack.method}`, headers, body: attack.body });
        const signedInPage = attack.token === 'good' && ['127.0.0.1', 'localhost'].includes(attack.host);
        const answer = JSON.parse(response.body) as { ok: boolean; error?: { kind: string; message: string } };
        if (answer.ok) {
          expect(isRead(attack.method as MethodName)).toBe(true);
          expect(response.status).toBe(200);
          succeeded += 1;
          return;
        }
        const error = answer.error!;
        kinds.add(error.kind);
        expect(KINDS.has(error.kind)).toBe(true);
        expect(error.kind).not.toBe('internal');
        expect(response.status).toBe(signedInPage && isShellOnly(attack.method) ? 403 : STATUS[error.kind]);
        expect(typeof error.message).toBe('string');
        expect(error.message.length).toBeGreaterThan(0);
        expect(response.body).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
        if (!signedInPage || isShellOnly(attack.method)) expect(error.kind).toBe('unauthorized');
      }),
      { numRuns: 5_000, seed: 20261122, endOnFailure: true },
    );
    expect(hash()).toBe(before);
    expect(succeeded).toBeGreaterThan(0);
    expect([...kinds].sort()).toEqual(['domain', 'notFound', 'unauthorized', 'unknownMethod', 'validation']);
    // Still serving.
    const alive = await rawRequest({ port: server.port, path: '/api/bodies.list', headers: { host: `127.0.0.1:${server.port}`, origin: `http://127.0.0.1:${server.port}`, cookie: sessionCookie }, body: '{}' });
    expect(JSON.parse(alive.body).ok).toBe(true);
  });
});

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test as base, type APIRequestContext } from '@playwright/test';
import type { MethodInput, MethodName } from '../../shared/api/contract';
import type { ApiResponse } from '../../shared/api/errors';
import type { Body, BodyProfile, Meeting } from '../../shared/model';
import { MEMBERS_CSV } from '../fixtures/members-csv';

/**
 * Known states set up through the API (browser mode's HTTP, or the Electron app's IPC), so that each test starts
 * where its user path starts. Only reads' results are relied on for ids: write replies may get smaller.
 */

export const BODY_NAME = "Assemblea dei Sindaci del Piano di Zona dell'Ambito Territoriale Sociale Val Chiara";
export const AGENDA = [
  'Approvazione del verbale della seduta precedente',
  'Piano sociale di zona 2027-2029',
  "Relazione sull'attività dell'Ufficio di Piano",
  'Varie ed eventuali',
];
export const MEETING_DATE = '2026-11-20';

export interface KnownMeeting {
  bodyId: string;
  meetingId: string;
  /** Member ids by seat number (1–8, as in MEMBERS_CSV). */
  seat: (n: number) => string;
  itemIds: string[];
  participantId: string;
}

/** The contract as a page calls it; each call must succeed (its error, if any, is the test's failure message). */
export interface Api {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<unknown>;
}

export function resultOf(method: string, response: ApiResponse<unknown>): unknown {
  if (!response.ok) throw new Error(`${method}: ${JSON.stringify(response.error)}`);
  return response.result;
}

/** Browser mode's HTTP API with the test's browser context: its session cookie, the page's origin. */
export class HttpApi implements Api {
  constructor(
    private readonly request: APIRequestContext,
    private readonly origin: string,
  ) {}

  async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<unknown> {
    const response = await this.request.post(`api/${method}`, { data: input, headers: { origin: this.origin } });
    return resultOf(method, (await response.json()) as ApiResponse<unknown>);
  }
}

/** Playwright's test with an `api` fixture bound to the page's browser context. */
export const test = base.extend<{ api: Api }>({
  api: async ({ page, baseURL }, use) => {
    await use(new HttpApi(page.request, new URL(baseURL!).origin));
  },
});

function exampleProfile(): BodyProfile {
  const { id: _id, members: _m, participants: _p, ...profile } = JSON.parse(readFileSync('resources/examples/body.json', 'utf8')) as Body;
  return profile;
}

/** The body of MEMBERS_CSV: president Luca Bianchi, minute-taker Anna Verdi, one participant without a vote. */
export async function createBody(api: Api): Promise<Body> {
  const profile: BodyProfile = {
    ...exampleProfile(),
    name: BODY_NAME,
    president: { name: 'Luca Bianchi', role: '', gender: 'm', memberId: null },
    vicePresident: null,
    minuteTaker: { name: 'Anna Verdi', role: "Responsabile dell'Ufficio di Piano", gender: 'f', memberId: null },
  };
  const { id } = (await api.call('bodies.create', { profile })) as Body;
  await api.call('bodies.importMembers', { bodyId: id, file: { format: 'text', text: MEMBERS_CSV }, mode: 'replace' });
  await api.call('bodies.upsertParticipant', {
    bodyId: id,
    participant: { honorific: 'Dott.ssa', name: 'Giulia Marchi', role: 'Assistente sociale', organisation: 'Ufficio di Piano', gender: 'f' },
  });
  return (await api.call('bodies.get', { bodyId: id })) as Body;
}

export async function getMeeting(api: Api, meetingId: string): Promise<Meeting> {
  return ((await api.call('meetings.get', { meetingId })) as { meeting: Meeting }).meeting;
}

/** A new meeting of a new body on MEETING_DATE at 17:30, with the four AGENDA items; not yet started. */
export async function preparedMeeting(api: Api): Promise<KnownMeeting> {
  const body = await createBody(api);
  await api.call('meetings.create', {
    bodyId: body.id,
    date: MEETING_DATE,
    startTime: '17:30',
    modality: 'mixed',
    place: 'la Sala consiliare del Comune di Ponte Nuovo',
    convocation: 'first',
  });
  const [summary] = (await api.call('meetings.search', { text: '', bodyId: body.id })) as { id: string }[];
  const meetingId = summary!.id;
  for (const title of AGENDA) await api.call('meetings.addItem', { meetingId, title });
  const meeting = await getMeeting(api, meetingId);
  const bySeat = new Map(body.members.map((m) => [m.seat, m.id]));
  return {
    bodyId: body.id,
    meetingId,
    seat: (n) => bySeat.get(n) ?? `seggio ${n} inesistente`,
    itemIds: meeting.items.map((i) => i.id),
    participantId: body.participants[0]!.id,
  };
}

/** A meeting of `body` on MEETING_DATE, every member in the room, started, its one item «Comunicazioni del Presidente» not voted on. */
export async function oneItemMeeting(api: Api, body: Body): Promise<string> {
  await api.call('meetings.create', { bodyId: body.id, date: MEETING_DATE, startTime: '17:30', modality: 'mixed', place: 'la Sala consiliare', convocation: 'first' });
  const [summary] = (await api.call('meetings.search', { text: '', bodyId: body.id })) as { id: string }[];
  const meetingId = summary!.id;
  await api.call('meetings.addItem', { meetingId, title: 'Comunicazioni del Presidente' });
  const meeting = await getMeeting(api, meetingId);
  for (const member of body.members) await api.call('meetings.setRollCall', { meetingId, memberId: member.id, presence: 'room' });
  await api.call('meetings.start', { meetingId });
  await api.call('meetings.addEntry', {
    meetingId,
    itemId: meeting.items[0]!.id,
    entry: { id: randomUUID(), type: 'decision', kind: 'noVote', subject: '', againstMemberIds: [], abstainedMemberIds: [], notVotingMemberIds: [] },
  });
  return meetingId;
}

/** preparedMeeting after the roll call (1–4 in the room, 5 and 6 remote, 7 and 8 absent; the participant present), opened. */
export async function startedMeeting(api: Api): Promise<KnownMeeting> {
  const known = await preparedMeeting(api);
  const { meetingId } = known;
  for (const n of [1, 2, 3, 4]) await api.call('meetings.setRollCall', { meetingId, memberId: known.seat(n), presence: 'room' });
  for (const n of [5, 6]) await api.call('meetings.setRollCall', { meetingId, memberId: known.seat(n), presence: 'remote' });
  for (const n of [7, 8]) await api.call('meetings.setRollCall', { meetingId, memberId: known.seat(n), presence: 'absent' });
  await api.call('meetings.setParticipantAttendance', { meetingId, participantId: known.participantId, present: true });
  await api.call('meetings.start', { meetingId });
  return known;
}

type NewEntry = MethodInput<'meetings.addEntry'>['entry'];

/** Adds an entry at the end of an item. The id is the caller's: ignored where the server still makes its own. */
export async function addEntry(api: Api, known: KnownMeeting, itemIndex: number, entry: NewEntry): Promise<void> {
  const withId: NewEntry & { id: string } = { ...entry, id: randomUUID() };
  await api.call('meetings.addEntry', { meetingId: known.meetingId, itemId: known.itemIds[itemIndex]!, entry: withId });
}

export async function arrival(api: Api, known: KnownMeeting, itemIndex: number, seat: number, time: string): Promise<void> {
  await addEntry(api, known, itemIndex, { type: 'movement', memberId: known.seat(seat), movement: 'arrival', time, mode: 'room' });
}

export async function setCurrentItem(api: Api, known: KnownMeeting, itemIndex: number): Promise<void> {
  await api.call('meetings.setCurrentItem', { meetingId: known.meetingId, itemId: known.itemIds[itemIndex]! });
}

export const meetingPath = (meetingId: string, sub: '' | '/setup' | '/close' = ''): string => `/#/meeting/${encodeURIComponent(meetingId)}${sub}`;
export const chairPath = (meetingId: string): string => `/#/chair/${encodeURIComponent(meetingId)}`;
export const bodyPath = (bodyId: string): string => `/#/body/${encodeURIComponent(bodyId)}`;

/**
 * Example session n of resources/examples/tavolo as a file of a tavolo that is this test's own: the meeting's and the
 * body's ids and the body's name carry `run`, so another test's import of the examples (which adds late joiners to
 * their tavolo) changes nothing here. Give the same `run` to the sessions of one tavolo.
 */
export function exampleTavoloSession(n: 1 | 2 | 3, run: string): string {
  const file = JSON.parse(readFileSync(`resources/examples/tavolo/incontro-${n}.json`, 'utf8')) as { meeting: { id: string; body: { id: string; name: string } } };
  const { meeting } = file;
  return JSON.stringify({ ...file, meeting: { ...meeting, id: `${meeting.id}-${run}`, body: { ...meeting.body, id: `${meeting.body.id}-${run}`, name: `${meeting.body.name} ${run}` } } });
}

/** Example session n imported through the API as a file of its own tavolo (see exampleTavoloSession): the ids of the session and of the tavolo. */
export async function importTavoloSession(api: Api, n: 1 | 2 | 3, run = randomUUID().slice(0, 8)): Promise<{ meetingId: string; bodyId: string }> {
  const imported = (await api.call('files.importJson', { content: exampleTavoloSession(n, run) })) as { meeting: { id: string; body: { id: string } } };
  return { meetingId: imported.meeting.id, bodyId: imported.meeting.body.id };
}

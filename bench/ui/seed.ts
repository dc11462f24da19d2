import { MEMBERS_CSV } from '../../tests/fixtures/members-csv';
import type { WebServer } from './harness';

/** A live meeting of 8 members (1-6 present, 7 and 8 absent) with 4 items, made through the API. */
export async function seedLiveMeeting(web: WebServer): Promise<string> {
  const body = await web.call('bodies.create', {
    profile: {
      name: 'Assemblea dei Sindaci del Piano di Zona Val Chiara',
      gender: 'f',
      kind: 'assemblea',
      president: { name: 'Luca Bianchi', role: 'Presidente', gender: 'm', memberId: null },
      vicePresident: null,
      minuteTaker: { name: 'Anna Verdi', role: "Responsabile dell'Ufficio di Piano", gender: 'f', memberId: null },
      rules: {
        quorum: {
          firstCall: { heads: { kind: 'halfPlusOne' }, population: { kind: 'none' } },
          secondCall: { heads: { kind: 'fraction', numerator: 1, denominator: 3 }, population: { kind: 'none' } },
          remoteCounts: true,
          recordInMinutes: true,
        },
        majority: { majority: { kind: 'simple' }, base: 'voting', abstentionsInBase: false, weighting: 'heads' },
        votes: true,
        remoteAllowed: true,
      },
      logo: null,
    },
  });
  const withMembers = await web.call('bodies.importMembers', { bodyId: body.id, file: { format: 'text', text: MEMBERS_CSV }, mode: 'replace' });
  const created = await web.call('meetings.create', { bodyId: body.id, date: '2026-11-20', startTime: '17:30', modality: 'mixed', place: 'la Sala consiliare', convocation: 'first' });
  const meetingId = created.meetingId;
  for (const title of ['Approvazione del verbale', 'Piano sociale di zona', 'Relazione', 'Varie ed eventuali']) {
    await web.call('meetings.addItem', { meetingId, title });
  }
  for (const member of withMembers.members) {
    if (member.seat <= 6) await web.call('meetings.setRollCall', { meetingId, memberId: member.id, presence: member.seat <= 4 ? 'room' : 'remote' });
  }
  await web.call('meetings.start', { meetingId });
  return meetingId;
}

/** A draft meeting of a body of 19 members (a clerk's three-column list), before the roll call. */
export async function seedRollCallMeeting(web: WebServer): Promise<string> {
  const [existing] = await web.call('bodies.list', {});
  const profile = await web.call('bodies.get', { bodyId: existing!.id });
  const { id: _id, members: _m, participants: _p, ...rest } = profile;
  const body = await web.call('bodies.create', { profile: { ...rest, name: 'Assemblea dei Sindaci (19 comuni)' } });
  const rows = Array.from({ length: 19 }, (_, i) => `${i + 1};Comune di Prova ${i + 1};Sindaco ${i + 1}`);
  await web.call('bodies.importMembers', { bodyId: body.id, file: { format: 'text', text: ['N.;Comune;Sindaco/delegato', ...rows].join('\n') }, mode: 'replace' });
  const meetingId = crypto.randomUUID();
  await web.call('meetings.create', { bodyId: body.id, id: meetingId, date: '2026-11-27', startTime: '17:30', modality: 'mixed', place: 'la Sala consiliare', convocation: 'first' });
  return meetingId;
}

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

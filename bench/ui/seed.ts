import type { WebServer } from './harness';

const CSV = [
  'N.;Ente;Popolazione;Data popolazione;Rappresentante;Ruolo;Genere',
  '1;Comune di Borgo Alto;12.345;01/01/2025;Marta Rossi;consigliere;F',
  '2;Comune di Città di Lago;8.020;01/01/2025;Giorgio Conti;Sindaco;M',
  '3;Comune di Ponte Nuovo;15.300;01/01/2025;Luca Bianchi;Sindaco;M',
  '4;Comune di Roccafonda;2.410;01/01/2025;Anna Galli;Vicesindaco;F',
  "5;Comune di Sant'Andrea al Colle;4.870;01/01/2025;Paolo Ferri;Assessore;M",
  '6;Comunità Montana Alta Val Chiara;9.100;01/01/2025;Elena Sala;Presidente;F',
  '7;Comune di Valfonda;1.250;01/01/2025;Carlo Riva;Sindaco;M',
  '8;Comune di Zerbo;3.400;01/01/2025;Lucia Neri;Sindaco;F',
].join('\n');

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
  const withMembers = await web.call('bodies.importMembersCsv', { bodyId: body.id, csv: CSV, mode: 'replace' });
  let view = await web.call('meetings.create', { bodyId: body.id, date: '2026-11-20', startTime: '17:30', modality: 'mixed', place: 'la Sala consiliare', convocation: 'first' });
  const meetingId = view.meeting.id;
  for (const title of ['Approvazione del verbale', 'Piano sociale di zona', 'Relazione', 'Varie ed eventuali']) {
    view = await web.call('meetings.addItem', { meetingId, title });
  }
  for (const member of withMembers.members) {
    if (member.seat <= 6) await web.call('meetings.setRollCall', { meetingId, memberId: member.id, presence: member.seat <= 4 ? 'room' : 'remote' });
  }
  await web.call('meetings.start', { meetingId });
  return meetingId;
}

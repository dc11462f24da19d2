import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presenceAt } from '../../../shared/rules';
import { MeetingSchema } from '../../../shared/model';
import { parseMeetingFile } from '../../../electron/backend/services/file-service';
import { InvalidInputError } from '../../../electron/backend/services/invalid-input';
import { cli } from '../cli/in-process';
import { archiveContent, exampleFileJson, workspace } from './helpers';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- cases change any field of the file
type FileJson = any;

interface Case {
  name: string;
  change(file: FileJson): void;
  /** The JSON path named by the refusal, when the file is refused by the model (not by the meeting's check). */
  path?: string;
  message: string;
  /** The refusal as printed, with its field in Italian, when it is more than the message. */
  line?: string;
}

const guest = (id: string) => ({ id, honorific: '', name: 'Anna Neri', role: 'uditrice', organisation: '', gender: 'f' });

/** Issue 10, finding 1: each kind of duplicate id was imported and overwrote a row. */
const duplicates: Case[] = [
  {
    name: 'two decisions with one id, in two items',
    change: (f) => (f.meeting.items[2].entries[5].id = 'e2-5'),
    path: 'meeting.items.2.entries.5.id',
    message: 'Punto 3, voce 6: identificativo «e2-5» già usato dalla voce 5 del punto 2',
  },
  {
    name: 'two decisions with one id, in one item',
    change: (f) => (f.meeting.items[1].entries[5].id = 'e2-5'),
    path: 'meeting.items.1.entries.5.id',
    message: 'Punto 2, voce 6: identificativo «e2-5» già usato dalla voce 5 del punto 2',
  },
  { name: 'two items with one id', change: (f) => (f.meeting.items[3].id = 'i3'), path: 'meeting.items.3.id', message: 'Punto 4: identificativo «i3» già usato dal punto 3' },
  {
    name: 'two roll-call lines for one member',
    change: (f) => (f.meeting.rollCall[1].memberId = 'm01'),
    path: 'meeting.rollCall.1.memberId',
    message: 'Appello: Comune di Borgo Alto compare più volte',
  },
  {
    name: 'two attendance lines for one participant',
    change: (f) => (f.meeting.participantAttendance[1].participantId = 'p01'),
    path: 'meeting.participantAttendance.1.participantId',
    message: 'Presenze dei partecipanti: «p01» compare più volte',
  },
  {
    name: 'two guests with one id',
    change: (f) => {
      f.meeting.guests = [guest('g1'), guest('g1')];
      f.meeting.participantAttendance.push({ participantId: 'g1', present: true });
    },
    path: 'meeting.guests.1.id',
    message: 'Ospite «Anna Neri»: identificativo «g1» già usato da un altro ospite',
  },
  {
    name: 'a guest with the id of a participant of the body',
    change: (f) => (f.meeting.guests = [guest('p01')]),
    path: 'meeting.guests.0.id',
    message: "Ospite «Anna Neri»: identificativo «p01» già usato da un partecipante dell'organo",
  },
  {
    name: 'two members of the body with one id',
    change: (f) => (f.meeting.body.members[1].id = 'm01'),
    path: 'meeting.body.members.1.id',
    message: 'Componente «Comune di Castelrupe»: identificativo «m01» già usato da Comune di Borgo Alto',
  },
  {
    name: 'two members of the body in one seat',
    change: (f) => (f.meeting.body.members[1].seat = 1),
    path: 'meeting.body.members.1.seat',
    message: "Il numero d'ordine 1 è assegnato sia a Comune di Borgo Alto sia a Comune di Castelrupe",
    line: "Componente n. 2, numero d'ordine: Il numero d'ordine 1 è assegnato sia a Comune di Borgo Alto sia a Comune di Castelrupe",
  },
  {
    name: 'two members of the body with one entity name',
    change: (f) => (f.meeting.body.members[1].entity = 'comune di borgo alto'),
    path: 'meeting.body.members.1.entity',
    message: "L'ente «comune di borgo alto» compare più volte tra i componenti",
    line: "Componente n. 2, ente: L'ente «comune di borgo alto» compare più volte tra i componenti",
  },
  {
    name: 'two participants of the body with one id',
    change: (f) => (f.meeting.body.participants[1].id = 'p01'),
    path: 'meeting.body.participants.1.id',
    message: 'Partecipante «Andrea Galli»: identificativo «p01» già usato da un altro partecipante',
  },
];

/** Issue 10, finding 2: files that were imported and written into the verbale. */
const nonsense: Case[] = [
  {
    name: 'an end at 08:00 for a 17:30 start',
    change: (f) => (f.meeting.endTime = '08:00'),
    path: 'meeting.endTime',
    message: 'Ora di chiusura 08:00 impossibile per una seduta iniziata alle 17:30',
  },
  {
    name: 'a closed meeting without end time',
    change: (f) => (f.meeting.endTime = null),
    path: 'meeting.endTime',
    message: 'Seduta chiusa senza ora di chiusura',
    line: 'Ora di chiusura: Seduta chiusa senza ora di chiusura',
  },
  {
    name: 'immediata eseguibilità on the first decision of an item',
    change: (f) => (f.meeting.items[0].entries[1].immediateEffect = true),
    path: 'meeting.items.0.entries.1.immediateEffect',
    message: "Punto 1: l'immediata eseguibilità non segue alcuna deliberazione votata in questo punto",
  },
  {
    name: "immediata eseguibilità on a presa d'atto",
    change: (f) => (f.meeting.items[3].entries[4].immediateEffect = true),
    path: 'meeting.items.3.entries.4.immediateEffect',
    message: "Punto 4: l'immediata eseguibilità è una votazione, non una presa d'atto",
  },
  {
    name: 'immediata eseguibilità of a deliberation that was rejected',
    change: (f) => {
      const meeting = MeetingSchema.parse(f.meeting);
      const present = presenceAt(meeting, { itemIndex: 1, entryIndex: 4 }).presentIds.filter((id) => id !== 'm10');
      Object.assign(f.meeting.items[1].entries[4], { favourable: 6, againstMemberIds: present.slice(0, 8) });
    },
    message: "Punto 2: l'immediata eseguibilità è votata su una deliberazione non approvata («il Piano di Zona 2025-2027",
  },
  {
    name: 'an unknown current item',
    change: (f) => (f.meeting.currentItemId = 'i9'),
    path: 'meeting.currentItemId',
    message: "Il punto corrente «i9» non è all'ordine del giorno",
    line: "Punto corrente: Il punto corrente «i9» non è all'ordine del giorno",
  },
  {
    name: 'a president sitting for a member who does not exist',
    change: (f) => (f.meeting.president.memberId = 'm99'),
    path: 'meeting.president.memberId',
    message: "Presidente: «m99» non è tra i componenti dell'organo",
  },
  {
    name: 'a minute-taker sitting for a member who does not exist',
    change: (f) => (f.meeting.minuteTaker.memberId = 'm99'),
    path: 'meeting.minuteTaker.memberId',
    message: "Verbalizzante: «m99» non è tra i componenti dell'organo",
  },
  { name: 'an exportedAt that is not a date', change: (f) => (f.exportedAt = 'ieri sera'), path: 'exportedAt', message: 'Data di esportazione non valida' },
  { name: 'an exportedAt of 20 MB', change: (f) => (f.exportedAt = '2'.repeat(20_000_000)), path: 'exportedAt', message: 'Data di esportazione non valida: troppo lunga' },
  {
    name: 'a movement before the start',
    change: (f) => (f.meeting.items[1].entries[0].time = '17:10'),
    message: "Punto 2: l'arrivo di Comune di Borgo Alto alle 17:10 è prima dell'inizio della seduta (17:30).",
  },
  {
    name: 'a movement after the end',
    change: (f) => (f.meeting.items[3].entries[5].time = '20:10'),
    message: 'Punto 4: il rientro di Comune di Vignola Bassa alle 20:10 è dopo la chiusura della seduta (19:47).',
  },
  {
    name: 'a movement going back in time along the timeline',
    change: (f) => (f.meeting.items[2].entries[4].time = '18:00'),
    message: "Punto 3: l'uscita di Comune di Serralunga alle 18:00 è registrata dopo l'arrivo delle 18:05 di Comune di Pietrascura.",
  },
  {
    name: 'a movement earlier than one of the item before',
    change: (f) => (f.meeting.items[2].entries[0].time = '17:45'),
    message: "Punto 3: l'arrivo di Comune di Pietrascura alle 17:45 è registrato dopo l'arrivo delle 17:51 di Comune di Borgo Alto (punto 2).",
  },
];

/** Where the model refuses the file: the machine paths, which the printed refusal names in Italian. */
function refusedPaths(file: FileJson): string[] {
  try {
    parseMeetingFile(JSON.stringify(file));
  } catch (error) {
    if (error instanceof InvalidInputError) return error.issues.map((issue) => issue.path);
    throw error;
  }
  return [];
}

let w: Awaited<ReturnType<typeof workspace>>;
beforeAll(async () => {
  w = await workspace();
});
afterAll(() => w.cleanup());

describe.each([
  ['duplicate ids', duplicates],
  ['nonsense', nonsense],
])('a meeting file with %s', (_kind, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('refuses %s on import, check and export-docx, changing nothing', async (_name, c) => {
    const file = exampleFileJson();
    c.change(file);
    const path = w.file(file);
    if (c.path) expect(refusedPaths(file)).toContain(c.path);
    const named = c.line ?? c.message;
    const before = archiveContent(w.dataDir);

    const imported = await cli('import', path, '--data-dir', w.dataDir);
    expect(imported.code).toBe(1);
    expect(imported.err).toContain(named);
    expect(imported.err).toContain("Nessuna modifica all'archivio.");
    expect(archiveContent(w.dataDir)).toBe(before);

    const checked = await cli('check', path);
    expect(checked.code).toBe(1);
    expect(`${checked.out}\n${checked.err}`).toContain(named.replace(/^Punto \d+: /, ''));

    const docx = join(w.dir, 'verbale.docx');
    const exported = await cli('export-docx', path, docx);
    expect(exported.code).toBe(1);
    expect(exported.err).toContain(named);
    expect(existsSync(docx)).toBe(false);
  });
});

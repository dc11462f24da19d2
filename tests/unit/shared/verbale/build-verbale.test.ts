import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MeetingFileSchema } from '../../../../shared/meeting-file';
import type { Decision, Meeting, Statement } from '../../../../shared/model';
import { attendanceSummary, membersInSeatOrder } from '../../../../shared/rules';
import { buildVerbale, VerbaleTallyError, type VerbaleBlock, type VerbaleParagraph } from '../../../../shared/verbale';
import { withBody, withEntry, withItem, withRules } from '../../meeting-edits';

const examplePath = fileURLToPath(new URL('../../../../resources/examples/meeting.json', import.meta.url));
const example: Meeting = MeetingFileSchema.parse(JSON.parse(readFileSync(examplePath, 'utf8'))).meeting;

const paragraphs = (blocks: VerbaleBlock[]) => blocks.filter((b): b is VerbaleParagraph => b.kind === 'paragraph');
const plain = (p: VerbaleParagraph) => p.runs.map((run) => run.text).join('');
const byRole = (blocks: VerbaleBlock[], role: VerbaleParagraph['role']) => paragraphs(blocks).filter((p) => p.role === role).map(plain);
const byEntry = (blocks: VerbaleBlock[], entryId: string) => paragraphs(blocks).filter((p) => p.entryId === entryId).map(plain);

/** A compact outline of the document: block kinds, paragraph roles. */
function outline(blocks: VerbaleBlock[]): string[] {
  return blocks.map((block) => (block.kind === 'paragraph' ? `p:${block.role}` : block.kind));
}

describe('buildVerbale on the example meeting', () => {
  const doc = buildVerbale(example);

  it('fills the document properties', () => {
    expect(doc.title).toBe("Assemblea dei Sindaci del Piano di Zona dell'Ambito Territoriale Sociale Val Chiara");
    expect(doc.subject).toBe('Verbale della seduta del 5 marzo 2025');
    expect(doc.author).toBe('Dott.ssa Chiara Lombardi');
    expect(doc.documentId).toBe('VRB-s-2025-03-05-r1');
    expect(doc.meetingDate).toBe('2025-03-05');
  });

  it('follows the order of DOMAIN.md', () => {
    const entryCount = example.items.reduce((sum, item) => sum + item.entries.length, 0);
    const participantCount = example.body.participants.length + example.guests.length;
    const attachmentCount = example.items.reduce((sum, item) => sum + item.attachments.length, 0);
    const shape = outline(doc.blocks);
    expect(shape.slice(0, 4)).toEqual(['p:opening', 'sectionHeading', 'attendanceTable', 'sectionHeading']);
    expect(shape.slice(4, 4 + participantCount)).toEqual(Array(participantCount).fill('p:participant'));
    expect(shape[4 + participantCount]).toBe('p:presidentOpening');
    // 6. closing, 7. signatures, 8. the attachments listed after them.
    const end = shape.slice(-(attachmentCount + 3));
    expect(end).toEqual(['p:closing', 'signatures', 'sectionHeading', ...Array(attachmentCount).fill('p:attachment')]);
    const body = shape.slice(5 + participantCount, -end.length);
    expect(body.filter((kind) => kind === 'itemHeading')).toHaveLength(example.items.length);
    expect(body).toHaveLength(example.items.length + entryCount);
    expect(body[0]).toBe('itemHeading');
  });

  it('prints every entry once, in timeline order, under its own item', () => {
    const expected = example.items.flatMap((item) => [item.id, ...item.entries.map((entry) => entry.id)]);
    const actual = doc.blocks.flatMap((block) =>
      block.kind === 'itemHeading' ? [block.itemId] : block.kind === 'paragraph' && block.entryId ? [block.entryId] : [],
    );
    expect(actual).toEqual(expected);
  });

  it('numbers item headings and cites the attachments', () => {
    const headings = doc.blocks.filter((b) => b.kind === 'itemHeading').map((b) => b.text);
    expect(headings[0]).toBe('1. Approvazione del verbale della seduta del 12 dicembre 2024');
    expect(headings[1]).toBe("2. Approvazione del Piano di Zona 2025-2027 dell'Ambito Territoriale Sociale Val Chiara (All.1, All.2)");
    expect(headings[4]).toBe('5. Comunicazioni del Presidente');
  });

  it('has one attendance row per member, in seat order, with the attendance summary', () => {
    const table = doc.blocks.find((b) => b.kind === 'attendanceTable');
    if (table?.kind !== 'attendanceTable') throw new Error('attendance table missing');
    const members = membersInSeatOrder(example);
    const summary = attendanceSummary(example);
    expect(table.headers).toEqual(['N.', 'Ente e rappresentante', 'Presente']);
    expect(table.rows.map((row) => row.seat)).toEqual(members.map((member) => member.seat));
    expect(table.rows.map((row) => row.entity)).toEqual(members.map((member) => member.entity));
    expect(table.rows.map((row) => row.presence)).toEqual(members.map((member) => summary.get(member.id)));
    expect(table.twoColumns).toBe(true);
    expect(table.rows[1]).toEqual({ seat: 2, entity: 'Comune di Castelrupe', person: 'Sindaca Anna Marchetti', presence: 'sì' });
    // Absent at the roll call, arrived at 17:51 with a delegate: the delegate is who took part.
    expect(table.rows[0]).toEqual({
      seat: 1,
      entity: 'Comune di Borgo Alto',
      person: 'Consigliera Marta Rossi (delega prot. n. 1203 del 4 marzo 2025)',
      presence: 'sì',
    });
  });

  it('writes the opening, participants, president, narrative, closing and signatures', () => {
    expect(byRole(doc.blocks, 'opening')).toEqual([
      "Il giorno 5 marzo 2025, alle ore 17:30, presso la Sala consiliare del Comune di Ponte Nuovo e in collegamento da remoto, si è riunita in prima convocazione l'Assemblea dei Sindaci del Piano di Zona dell'Ambito Territoriale Sociale Val Chiara.",
    ]);
    expect(byRole(doc.blocks, 'participant')).toContain('Dott.ssa Laura Ricci, Referente area fragilità (ASST Valli e Laghi) - ASSENTE');
    expect(byRole(doc.blocks, 'participant')).toContain('Dott. Roberto Colombo, Direttore (Azienda Speciale Consortile Val Chiara Servizi)');
    expect(byRole(doc.blocks, 'presidentOpening')).toEqual([
      "Il Presidente, Mario Verdi, constatata la validità della seduta (presenti 14 su 17), apre l'Assemblea.",
    ]);
    expect(byEntry(doc.blocks, 'e2-1')).toEqual(['Arriva alle ore 17:51 la consigliera del Comune di Borgo Alto, Marta Rossi.']);
    expect(byEntry(doc.blocks, 'e3-5')).toEqual(['Alle ore 18:40 lascia la seduta il Sindaco del Comune di Serralunga, Luigi Negri.']);
    expect(byEntry(doc.blocks, 'e4-1')).toEqual([
      'Alle ore 18:55 esce temporaneamente dalla seduta la Sindaca del Comune di Vignola Bassa, Federica Conti (per conflitto di interessi).',
    ]);
    expect(byEntry(doc.blocks, 'e2-4')[0]).toMatch(/^MARIO VERDI \(Presidente e Comune di Ponte Nuovo\): ringrazia/);
    expect(byEntry(doc.blocks, 'e2-3')[0]).toMatch(/^DAVIDE ORLANDI \(Sindaco del Comune di Roccafonda\): chiede/);
    expect(byEntry(doc.blocks, 'e2-2')[0]).toMatch(/^GIULIA NERI \(Istruttrice direttiva, Ufficio di Piano\): illustra/);
    expect(byEntry(doc.blocks, 'e3-6')).toEqual([
      "DECISIONE: L'Assemblea approva il riparto del Fondo Nazionale Politiche Sociali 2024 come da prospetto (All.3) con 12 voti favorevoli, 1 contrario (Comune di Città di Borgo) e 2 astenuti (Comune di Monteverde e Comune di Torre Ginestra).",
    ]);
    expect(byEntry(doc.blocks, 'e2-6')).toEqual([
      "DECISIONE: L'Assemblea dichiara la deliberazione immediatamente eseguibile con il voto favorevole dell'unanimità dei presenti.",
    ]);
    expect(byEntry(doc.blocks, 'e4-5')[0]).toMatch(/^DECISIONE: L'Assemblea prende atto della relazione sull'andamento/);
    expect(byEntry(doc.blocks, 'e5-2')[0]).toMatch(/^CHIARA LOMBARDI \(Verbalizzante, Responsabile Ufficio di Piano\): ricorda/);
    expect(byEntry(doc.blocks, 'e5-3')).toEqual(['DECISIONE: Il punto non è oggetto di votazione.']);
    expect(byRole(doc.blocks, 'closing')).toEqual(["Non essendoci altri punti all'ordine del giorno l'Assemblea si chiude alle ore 19:47."]);
    expect(doc.blocks.find((block) => block.kind === 'signatures')).toEqual({
      kind: 'signatures',
      left: { label: 'Il Presidente', name: 'Mario Verdi', role: '' },
      right: { label: 'La Verbalizzante', name: 'Dott.ssa Chiara Lombardi', role: 'Responsabile Ufficio di Piano' },
    });
  });

  it('puts speakers in bold capitals and "DECISIONE:" in bold', () => {
    const statement = paragraphs(doc.blocks).find((p) => p.entryId === 'e1-1');
    expect(statement?.runs[0]).toEqual({ text: 'MARIO VERDI', bold: true, caps: true });
    const decision = paragraphs(doc.blocks).find((p) => p.entryId === 'e1-2');
    expect(decision?.runs[0]).toEqual({ text: 'DECISIONE:', bold: true });
  });

  it('does not change the meeting', () => {
    const before = JSON.stringify(example);
    buildVerbale(example);
    expect(JSON.stringify(example)).toBe(before);
  });
});

describe('buildVerbale variants', () => {
  it('notes the revision at the top and in the id', () => {
    const meeting = { ...example, revision: 2 };
    const doc = buildVerbale(meeting);
    expect(doc.documentId).toBe('VRB-s-2025-03-05-r2');
    expect(doc.blocks[0]).toMatchObject({ kind: 'paragraph', role: 'revision', runs: [{ text: 'Revisione n. 2' }] });
    expect(outline(buildVerbale(example).blocks)).not.toContain('p:revision');
  });

  it('has no closing while the meeting has not ended', () => {
    const meeting = { ...example, endTime: null };
    expect(outline(buildVerbale(meeting).blocks)).not.toContain('p:closing');
  });

  it('refuses a tally that does not add up, listing every invalid decision', () => {
    const fewer = withEntry<Decision>(example, 'e3-6', (decision) => ({ ...decision, favourable: decision.favourable - 1 }));
    const meeting = withEntry<Decision>(fewer, 'e1-2', (decision) => ({ ...decision, favourable: decision.favourable + 1 }));
    expect([meeting.items[2]!.entries[5]!.type, meeting.items[0]!.entries[1]!.type]).toEqual(['decision', 'decision']);
    let error: unknown;
    try {
      buildVerbale(meeting);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(VerbaleTallyError);
    const tallyError = error as VerbaleTallyError;
    expect(tallyError.problems.map((problem) => [problem.itemNumber, problem.decisionId])).toEqual([
      [1, 'e1-2'],
      [3, 'e3-6'],
    ]);
    expect(tallyError.problems[1]!.problems.map((problem) => problem.code)).toContain('COUNTS_DO_NOT_ADD_UP');
    expect(tallyError.message).toMatch(/^Il verbale non può essere composto/);
    expect(tallyError.message).toContain('- Punto 3: I voti espressi (14) non corrispondono ai presenti (15).');
  });

  it('prints a short roll in one column, leaves out an empty participants section, omits unrecorded quorum', () => {
    const keep = new Set(example.body.members.slice(0, 12).map((member) => member.id));
    const smaller = withBody(example, { members: example.body.members.filter((member) => keep.has(member.id)), participants: [] });
    const meeting = {
      ...withRules(smaller, { quorum: { ...example.body.rules.quorum, recordInMinutes: false } }),
      rollCall: example.rollCall.filter((entry) => keep.has(entry.memberId)),
      items: [],
      participantAttendance: [],
    };
    const doc = buildVerbale(meeting);
    const table = doc.blocks.find((b) => b.kind === 'attendanceTable');
    expect(table).toMatchObject({ twoColumns: false });
    expect(table?.kind === 'attendanceTable' && table.rows).toHaveLength(12);
    expect(doc.blocks.filter((b) => b.kind === 'sectionHeading').map((b) => b.text)).toEqual(['Presenze']);
    expect(byRole(doc.blocks, 'presidentOpening')).toEqual(["Il Presidente, Mario Verdi, constatata la validità della seduta, apre l'Assemblea."]);
  });

  it('states the population share when the quorum rule counts population', () => {
    const { quorum } = example.body.rules;
    const meeting = withRules(example, { quorum: { ...quorum, firstCall: { ...quorum.firstCall, population: { kind: 'moreThan', percent: 50 } } } });
    const total = meeting.body.members.reduce((sum, member) => sum + member.population, 0);
    const presentIds = new Set(meeting.rollCall.filter((entry) => entry.presence !== 'absent').map((entry) => entry.memberId));
    const present = meeting.body.members.filter((member) => presentIds.has(member.id)).reduce((sum, member) => sum + member.population, 0);
    const percent = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 1 }).format((present * 100) / total);
    expect(byRole(buildVerbale(meeting).blocks, 'presidentOpening')[0]).toContain(
      `(presenti 14 su 17, che rappresentano il ${percent}% della popolazione)`,
    );
  });

  it('does not claim validity when the quorum fails at the opening', () => {
    const meeting: Meeting = {
      ...example,
      rollCall: example.rollCall.map((entry, index) => (index < 10 ? { ...entry, presence: 'absent' } : entry)),
      items: [],
    };
    const opening = byRole(buildVerbale(meeting).blocks, 'presidentOpening')[0];
    expect(opening).not.toContain('validità');
    expect(opening).toMatch(/^Il Presidente, Mario Verdi, apre l'Assemblea \(presenti \d su 17\)\.$/);
  });

  it('splits a statement of several paragraphs, the speaker only on the first', () => {
    const statement = example.items[0]!.entries[0]!;
    expect(statement.type).toBe('statement');
    const meeting = withEntry<Statement>(example, statement.id, (entry) => ({ ...entry, text: 'dà per letto il verbale.\n\nPropone di approvarlo senza modifiche.' }));
    const doc = buildVerbale(meeting);
    expect(byEntry(doc.blocks, statement.id)).toEqual([
      'MARIO VERDI (Presidente e Comune di Ponte Nuovo): dà per letto il verbale.',
      'Propone di approvarlo senza modifiche.',
    ]);
  });

  it("gives a delegate sitting for the president's Comune no officer title, and survives unknown speakers", () => {
    const delegate = { name: 'Giorgio Fontana', role: 'Vicesindaco', gender: 'm', delegation: '' } as const;
    const withDelegate: Meeting = {
      ...example,
      rollCall: example.rollCall.map((entry) => (entry.memberId === 'm09' ? { ...entry, representative: delegate } : entry)),
    };
    const meeting = withItem(withDelegate, 4, (item) => ({
      ...item,
      entries: [
        ...item.entries,
        { id: 'x-1', type: 'statement', speaker: { kind: 'participant', participantId: 'nobody' }, text: 'interviene.' },
        { id: 'x-2', type: 'note', text: 'Si dà atto che la seduta è registrata.' },
      ],
    }));
    const doc = buildVerbale(meeting);
    expect(byEntry(doc.blocks, 'e1-1')[0]).toMatch(/^GIORGIO FONTANA \(Vicesindaco del Comune di Ponte Nuovo\): /);
    expect(byEntry(doc.blocks, 'x-1')).toEqual(['PARTECIPANTE NON REGISTRATO: interviene.']);
    expect(byEntry(doc.blocks, 'x-2')).toEqual(['Si dà atto che la seduta è registrata.']);
  });

  it('writes an online meeting of a body that does not vote without a convocation', () => {
    const tavolo = withBody(example, { name: 'Tavolo di co-programmazione area minori', gender: 'm', kind: 'tavolo', rules: { ...example.body.rules, votes: false } });
    const meeting: Meeting = { ...tavolo, modality: 'online', items: [] };
    const doc = buildVerbale(meeting);
    expect(byRole(doc.blocks, 'opening')).toEqual([
      'Il giorno 5 marzo 2025, alle ore 17:30, in modalità telematica, si è riunito il Tavolo di co-programmazione area minori.',
    ]);
    expect(byRole(doc.blocks, 'closing')).toEqual(["Non essendoci altri punti all'ordine del giorno il Tavolo si chiude alle ore 19:47."]);
  });
});

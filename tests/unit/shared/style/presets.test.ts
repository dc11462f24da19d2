import { describe, expect, it } from 'vitest';
import type { Decision, Movement } from '../../../../shared/model';
import { decisionSentence, openingSentence, type DecisionPhrasingInput } from '../../../../shared/phrasing';
import {
  ONLINE_STYLE,
  SENTENCE_KINDS,
  SENTENCE_VOCABULARY,
  SINTETICO_STYLE,
  STANDARD_STYLE,
  STYLE_PRESETS,
  StyleFileSchema,
  TAVOLO_STYLE,
  VerbaleStyleSchema,
  sentence,
  styleFile,
  type VerbaleStyle,
} from '../../../../shared/style';
import { buildVerbale, type VerbaleBlock, type VerbaleParagraph } from '../../../../shared/verbale';
import { withEntry } from '../../meeting-edits';
import { grammarBreaks } from './grammar';
import { example, inStyle } from './example-meeting';

const paragraphs = (blocks: readonly VerbaleBlock[]) => blocks.filter((b): b is VerbaleParagraph => b.kind === 'paragraph');
const plain = (p: VerbaleParagraph) => p.runs.map((run) => run.text).join('');
const byEntry = (blocks: readonly VerbaleBlock[], entryId: string) => paragraphs(blocks).filter((p) => p.entryId === entryId).map(plain);
const byRole = (blocks: readonly VerbaleBlock[], role: VerbaleParagraph['role']) => paragraphs(blocks).filter((p) => p.role === role).map(plain);

describe.each(STYLE_PRESETS.map((style) => [style.name, style] as const))('preset %s', (_name, style) => {
  it('is a valid style and comes back identical from its file', () => {
    expect(VerbaleStyleSchema.parse(style)).toEqual(style);
    expect(StyleFileSchema.parse(JSON.parse(JSON.stringify(styleFile(style)))).style).toEqual(style);
  });

  it.each(SENTENCE_KINDS)('renders %s from the documented examples, grammatical', (kind) => {
    const values = Object.fromEntries(Object.entries(SENTENCE_VOCABULARY[kind].placeholders).map(([name, { example }]) => [name, example]));
    const text = sentence(style, kind, values);
    expect(grammarBreaks(text)).toEqual([]);
    if (SENTENCE_VOCABULARY[kind].sentence && text) expect(text[0]).toBe(text[0]!.toLocaleUpperCase('it-IT'));
  });

  it('renders the whole example verbale with no grammar break', () => {
    const doc = buildVerbale(inStyle({ ...example, revision: 3 }, style));
    expect(doc.revision).toBe(3);
    for (const paragraph of paragraphs(doc.blocks)) expect(grammarBreaks(plain(paragraph)), plain(paragraph)).toEqual([]);
  });
});

describe('opening without the facts an office does not state', () => {
  const base = { date: '2025-03-05', modality: 'presence' as const, place: '' };
  const assemblea = { name: 'Assemblea dei Sindaci Val Chiara', gender: 'f' as const };
  const consiglio = { name: 'Consiglio di Distretto', gender: 'm' as const };

  it.each([
    [STANDARD_STYLE, assemblea, "Il giorno 5 marzo 2025, si è riunita l'Assemblea dei Sindaci Val Chiara."],
    [STANDARD_STYLE, consiglio, 'Il giorno 5 marzo 2025, si è riunito il Consiglio di Distretto.'],
    [SINTETICO_STYLE, consiglio, 'In data 5 marzo 2025, si è riunito il Consiglio di Distretto.'],
    [ONLINE_STYLE, assemblea, "In data 5 marzo 2025 si è tenuto online l'incontro dell'Assemblea dei Sindaci Val Chiara."],
  ])('%#: no start time, no convocation, no place', (style, body, expected) => {
    expect(openingSentence({ ...base, startTime: null, convocation: null, body }, style)).toBe(expected);
  });

  it('states the time and the convocation when given, except where the style never does', () => {
    const given = { ...base, startTime: '17:30', convocation: 'second' as const, body: consiglio };
    expect(openingSentence(given, STANDARD_STYLE)).toBe('Il giorno 5 marzo 2025, alle ore 17:30, si è riunito in seconda convocazione il Consiglio di Distretto.');
    expect(openingSentence(given, ONLINE_STYLE)).toBe("In data 5 marzo 2025 si è tenuto online l'incontro del Consiglio di Distretto.");
  });

  it('leaves time and convocation out of a stored meeting that has none', () => {
    const doc = buildVerbale({ ...example, startTime: null, convocation: null });
    expect(byRole(doc.blocks, 'opening')[0]).toBe(
      "Il giorno 5 marzo 2025, presso la Sala consiliare del Comune di Ponte Nuovo e in collegamento da remoto, si è riunita l'Assemblea dei Sindaci del Piano di Zona dell'Ambito Territoriale Sociale Val Chiara.",
    );
  });
});

describe('decisions: agreement, lists of one, two and three', () => {
  const input = (decision: Partial<DecisionPhrasingInput['decision']>, names: Partial<DecisionPhrasingInput> = {}): DecisionPhrasingInput => ({
    bodyKind: 'assemblea',
    outcome: 'approved',
    againstNames: [],
    abstainedNames: [],
    notVotingNames: [],
    style: SINTETICO_STYLE,
    decision: { kind: 'vote', subject: 'la delibera n. 3', immediateEffect: false, unanimous: false, favourable: 11, againstMemberIds: [], abstainedMemberIds: [], notVotingMemberIds: [], ...decision },
    ...names,
  });

  it.each([
    ['la delibera n. 3', 'La delibera n. 3 viene approvata dai presenti con 11 voti favorevoli.'],
    ['il bilancio', 'Il bilancio viene approvato dai presenti con 11 voti favorevoli.'],
    ['i verbali delle sedute', 'I verbali delle sedute vengono approvati dai presenti con 11 voti favorevoli.'],
    ['le linee guida', 'Le linee guida vengono approvate dai presenti con 11 voti favorevoli.'],
  ])('the passive participle agrees with «%s»', (subject, expected) => {
    expect(decisionSentence(input({ subject }))).toBe(expected);
  });

  it.each([
    [['Comune di A'], '1 astenuto (Comune di A)'],
    [['Comune di A', 'Comune di B'], '2 astenuti (Comune di A e Comune di B)'],
    [['Comune di A', 'Comune di B', 'Comune di C'], '3 astenuti (Comune di A, Comune di B e Comune di C)'],
  ])('abstainers %j', (names, expected) => {
    const ids = names.map((_, i) => `m${i}`);
    expect(decisionSentence(input({ favourable: 1, abstainedMemberIds: ids }, { abstainedNames: names, style: STANDARD_STYLE }))).toBe(
      `L'Assemblea approva la delibera n. 3 con 1 voto favorevole e ${expected}.`,
    );
  });

  it('one against with no favourable votes reads «1 voto contrario», never «1 voti»', () => {
    expect(decisionSentence(input({ favourable: 0, againstMemberIds: ['m1'] }, { outcome: 'rejected', againstNames: ['Comune di A'] }))).toBe(
      'La delibera n. 3 viene respinta dai presenti con 1 voto contrario (Comune di A).',
    );
  });
});

describe('the choices of a style', () => {
  it('names abstainers by seat (Standard) or as announced (Sintetico)', () => {
    const announced = withEntry<Decision>(example, 'e3-6', (decision) => ({ ...decision, abstainedMemberIds: ['m14', 'm07'] }));
    expect(byEntry(buildVerbale(announced).blocks, 'e3-6')[0]).toContain('2 astenuti (Comune di Monteverde e Comune di Torre Ginestra)');
    expect(byEntry(buildVerbale(inStyle(announced, SINTETICO_STYLE)).blocks, 'e3-6')[0]).toContain('2 astenuti (Comune di Torre Ginestra e Comune di Monteverde)');
  });

  it('labels only the first decision of an item, and gives a no-vote item no sentence (Sintetico)', () => {
    const doc = buildVerbale(inStyle(example, SINTETICO_STYLE));
    expect(byEntry(doc.blocks, 'e2-5')[0]).toMatch(/^DECISIONE: Il Piano di Zona/);
    expect(byEntry(doc.blocks, 'e2-6')).toEqual(["L'Assemblea dichiara la deliberazione immediatamente eseguibile con voto unanime."]);
    expect(byEntry(doc.blocks, 'e5-3')).toEqual([]);
  });

  it('brackets with the entity only and headings «Punto 1 –» (Sintetico)', () => {
    const doc = buildVerbale(inStyle(example, SINTETICO_STYLE));
    expect(byEntry(doc.blocks, 'e3-3')[0]).toMatch(/^FRANCESCO LEONE \(Comune di Città di Borgo\): /);
    expect(doc.blocks.filter((b) => b.kind === 'itemHeading').map((b) => b.text)[1]).toBe(
      "Punto 2 – Approvazione del Piano di Zona 2025-2027 dell'Ambito Territoriale Sociale Val Chiara (allegati: All.1, All.2)",
    );
  });

  it('marks a late arrival in the table (Standard) or only in the narrative (Sintetico)', () => {
    const row = (style = STANDARD_STYLE) => {
      const table = buildVerbale(inStyle(example, style)).blocks.find((b) => b.kind === 'attendanceTable');
      return table?.kind === 'attendanceTable' ? table.rows.find((r) => r.entity === 'Comune di Borgo Alto')?.presence : undefined;
    };
    expect(row()).toBe('sì');
    expect(row(SINTETICO_STYLE)).toBe('no');
  });

  it('groups participants by organisation (Online)', () => {
    expect(byRole(buildVerbale(inStyle(example, ONLINE_STYLE)).blocks, 'participant')).toEqual([
      'Ufficio di Piano: Istruttrice direttiva: Dott.ssa Giulia Neri; Collaboratore amministrativo: Sig. Andrea Galli',
      'Azienda Speciale Consortile Val Chiara Servizi: Direttore: Dott. Roberto Colombo',
      'ASST Valli e Laghi: Referente area fragilità: Dott.ssa Laura Ricci - ASSENTE',
      'Cooperativa sociale Il Girasole: Legale rappresentante: Avv. Stefano Moretti',
    ]);
  });

  it('prints the revision on the page only when the style asks; the document always carries it', () => {
    const standard = buildVerbale({ ...example, revision: 2 });
    const online = buildVerbale(inStyle({ ...example, revision: 2 }, ONLINE_STYLE));
    expect(byRole(standard.blocks, 'revision')).toEqual(['Revisione n. 2']);
    expect(byRole(online.blocks, 'revision')).toEqual([]);
    expect([standard.revision, online.revision]).toEqual([2, 2]);
  });
});

describe('people: honorific beside the name, one minute-taker', () => {
  it('keeps the president linked to his member when he has a title', () => {
    const meeting = { ...example, president: { ...example.president, honorific: 'Sig.' } };
    const doc = buildVerbale(meeting);
    expect(byEntry(doc.blocks, 'e1-1')[0]).toMatch(/^MARIO VERDI \(Presidente e Comune di Ponte Nuovo\): /);
    const signatures = doc.blocks.at(-1)?.kind === 'signatures' ? doc.blocks.at(-1) : doc.blocks.find((b) => b.kind === 'signatures');
    expect(signatures).toMatchObject({ left: { label: 'Il Presidente', name: 'Mario Verdi' } });
    const online = buildVerbale(inStyle(meeting, ONLINE_STYLE)).blocks.find((b) => b.kind === 'signatures');
    expect(online).toMatchObject({ left: { name: 'Sig. Mario Verdi' } });
    expect(byRole(buildVerbale(inStyle(meeting, ONLINE_STYLE)).blocks, 'presidentOpening')[0]).toMatch(/^Il Presidente, Sig\. Mario Verdi, /);
  });

  it('writes the minute-taker who is one of the participants as one speaker', () => {
    const minuteTaker = { name: 'Giulia Neri', honorific: 'Dott.ssa', role: 'Istruttrice direttiva', gender: 'f' as const, memberId: null, participantId: 'p01' };
    const doc = buildVerbale({ ...example, minuteTaker });
    expect(byEntry(doc.blocks, 'e2-2')[0]).toMatch(/^GIULIA NERI \(Verbalizzante, Istruttrice direttiva\): /);
    expect(byEntry(doc.blocks, 'e5-2')[0]).toMatch(/^GIULIA NERI \(Verbalizzante, Istruttrice direttiva\): /);
  });
});

describe('a member leaving from the remote link', () => {
  // Luca D'Angelo (Sindaco, remote at the roll call) leaves; Carla Gentile (Sindaca, joined remotely at 18:05) steps out.
  const leaving = withEntry<Movement>(withEntry<Movement>(withEntry<Movement>(example, 'e3-5', (m) => ({ ...m, memberId: 'm05' })), 'e4-1', (m) => ({ ...m, memberId: 'm08' })), 'e4-6', (m) => ({ ...m, memberId: 'm08' }));
  const departure = "il Sindaco del Comune di Lago d'Argento, Luca D'Angelo.";
  const exit = 'la Sindaca del Comune di Pietrascura, Carla Gentile (per conflitto di interessi).';

  it.each([
    [STANDARD_STYLE, `Alle ore 18:40 lascia la seduta, interrompendo il collegamento da remoto, ${departure}`, `Alle ore 18:55 esce temporaneamente dalla seduta, interrompendo il collegamento da remoto, ${exit}`],
    [SINTETICO_STYLE, `Alle ore 18:40 lascia il collegamento ${departure}`, `Alle ore 18:55 si disconnette temporaneamente ${exit}`],
    [ONLINE_STYLE, `Alle ore 18:40 si scollega ${departure}`, `Alle ore 18:55 si scollega temporaneamente ${exit}`],
    [TAVOLO_STYLE, `Alle ore 18:40 lascia la seduta, interrompendo il collegamento da remoto, ${departure}`, `Alle ore 18:55 esce temporaneamente dalla seduta, interrompendo il collegamento da remoto, ${exit}`],
  ])('%#: the departure and the temporary exit say the member was connected remotely', (style, departureText, exitText) => {
    const doc = buildVerbale(inStyle(leaving, style));
    expect(byEntry(doc.blocks, 'e3-5')).toEqual([departureText]);
    expect(byEntry(doc.blocks, 'e4-1')).toEqual([exitText]);
  });

  it('keeps the words of a departure from the room', () => {
    expect(byEntry(buildVerbale(example).blocks, 'e3-5')).toEqual(['Alle ore 18:40 lascia la seduta il Sindaco del Comune di Serralunga, Luigi Negri.']);
  });

  // A style written before the remote kinds existed: a shared file, or a body and a meeting snapshot in the database.
  const { movementDepartureRemote: _departure, movementTemporaryExitRemote: _exit, ...olderTemplates } = STANDARD_STYLE.templates;
  const older = { ...STANDARD_STYLE, name: 'Ufficio di Piano', templates: { ...olderTemplates, movementDeparture: 'Alle ore {ora} abbandona i lavori {chi}.' } };

  it('imports a style file without the remote kinds, which then reads as its own departure and exit', () => {
    const imported = StyleFileSchema.parse(JSON.parse(JSON.stringify({ format: 'verbalizza.style', version: 1, style: older })));
    expect(imported.style.templates.movementDepartureRemote).toBe('Alle ore {ora} abbandona i lavori {chi}.');
    expect(imported.style.templates.movementTemporaryExitRemote).toBe(STANDARD_STYLE.templates.movementTemporaryExit);
  });

  it('renders a stored meeting whose style lacks the remote kinds as it always read', () => {
    const doc = buildVerbale(inStyle(leaving, older as unknown as VerbaleStyle));
    expect(byEntry(doc.blocks, 'e3-5')).toEqual([`Alle ore 18:40 abbandona i lavori ${departure}`]);
    expect(byEntry(doc.blocks, 'e4-1')).toEqual([`Alle ore 18:55 esce temporaneamente dalla seduta ${exit}`]);
  });

  it('still refuses a style missing any other sentence kind', () => {
    const { closing: _closing, ...withoutClosing } = STANDARD_STYLE.templates;
    const result = VerbaleStyleSchema.safeParse({ ...STANDARD_STYLE, templates: withoutClosing });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['templates.closing', 'Chiusura: modello mancante']]);
  });
});

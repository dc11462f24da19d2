import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/model';
import {
  SINTETICO_STYLE,
  STANDARD_STYLE,
  StyleFileSchema,
  TAVOLO_SENTENCE_KINDS,
  TAVOLO_STYLE,
  TAVOLO_TEMPLATES,
  VerbaleStyleSchema,
  sentence,
  sentenceRuns,
  type VerbaleStyle,
} from '../../../shared/style';
import { buildSintesiDocument, buildTavoloVerbale } from '../../../shared/tavolo';
import type { VerbaleBlock, VerbaleDocument, VerbaleParagraph } from '../../../shared/verbale/document';
import { exampleSessions, exampleSessionText } from '../tavolo/examples';

const textOf = (block: VerbaleBlock) => (block.kind === 'paragraph' ? block.runs.map((run) => run.text).join('') : block.kind === 'sectionHeading' ? block.text : '');
const texts = (doc: VerbaleDocument) => doc.blocks.map(textOf);
const byEntry = (doc: VerbaleDocument, entryId: string) => doc.blocks.filter((b): b is VerbaleParagraph => b.kind === 'paragraph' && b.entryId === entryId);
const withStyle = (meeting: Meeting, style: VerbaleStyle): Meeting => ({ ...meeting, body: { ...meeting.body, style } });
const edited = (changes: Partial<Record<keyof VerbaleStyle['templates'], string>>): VerbaleStyle => VerbaleStyleSchema.parse({ ...TAVOLO_STYLE, templates: { ...TAVOLO_STYLE.templates, ...changes } });

describe('the tavolo sentences, each with its optional facts present and absent', () => {
  it.each([
    ['tavoloProcedure', { avviso: 'Avviso pubblico', riferimento: 'Determinazione n. 112', data: '2 febbraio 2026' }, 'Avviso pubblico (Determinazione n. 112) del 2 febbraio 2026'],
    ['tavoloProcedure', { avviso: 'Avviso pubblico', riferimento: '', data: '2 febbraio 2026' }, 'Avviso pubblico del 2 febbraio 2026'],
    ['tavoloHeading', { tavolo: 'Tavolo tecnico', ambito: 'Ambito Val Chiara' }, 'Tavolo tecnico – Ambito Val Chiara'],
    ['tavoloSessionNumber', { numero: '3' }, 'Incontro n. 3'],
    ['tavoloOrganisation', { organizzazione: 'Caritas', runts: '10234', ruolo: 'consultivo', persone: 'Anna Neri' }, 'Caritas (RUNTS 10234, ruolo consultivo): Anna Neri'],
    ['tavoloOrganisation', { organizzazione: 'Comune di Pieve', runts: '', ruolo: 'operativo', persone: 'Luca Bianchi' }, 'Comune di Pieve (ruolo operativo): Luca Bianchi'],
    ['tavoloRepresentative', { titolo: 'Dott.ssa', nome: 'Anna Neri', ruolo: 'presidente', da_remoto: 'da remoto', arrivo: '10:20', uscita: '' }, 'Dott.ssa Anna Neri, presidente (da remoto, dalle ore 10:20)'],
    ['tavoloRepresentative', { titolo: '', nome: 'Paolo Gatti', ruolo: '', da_remoto: '', arrivo: '', uscita: '11:00' }, 'Paolo Gatti (fino alle ore 11:00)'],
    ['tavoloRepresentative', { titolo: '', nome: 'Paolo Gatti', ruolo: 'operatore', da_remoto: '', arrivo: '', uscita: '' }, 'Paolo Gatti, operatore'],
    ['tavoloStaff', { funzione: 'Facilitatore', titolo: '', nome: 'Tommaso Ferraro' }, 'Facilitatore: Tommaso Ferraro'],
    ['tavoloTopic', { numero: '2', titolo: 'Accesso ai servizi' }, '2. Accesso ai servizi'],
    ['tavoloWrittenContribution', { organizzazione: 'Casa Aperta', titolo: 'Proposta', allegato: 'All.1' }, 'Casa Aperta ha trasmesso il contributo scritto «Proposta», allegato al presente verbale (All.1).'],
    ['tavoloWrittenContribution', { organizzazione: 'Casa Aperta', titolo: 'Proposta', allegato: '' }, 'Casa Aperta ha trasmesso il contributo scritto «Proposta».'],
    ['tavoloNextMeeting', { data_settimana: 'martedì 19 maggio 2026', ora: '14:30', luogo: 'Sala consiliare' }, 'Il prossimo incontro del tavolo è fissato per martedì 19 maggio 2026 alle ore 14:30, presso Sala consiliare.'],
    ['tavoloNextMeeting', { data_settimana: 'martedì 19 maggio 2026', ora: '', luogo: '' }, 'Il prossimo incontro del tavolo è fissato per martedì 19 maggio 2026.'],
    ['tavoloSignatureResponsabile', { articolo: 'La' }, 'La Responsabile del procedimento'],
    ['tavoloSignatureMinuteTaker', { articolo: 'Il' }, 'Il verbalizzante'],
  ] as const)('%s: %j', (kind, values, expected) => {
    expect(sentence(TAVOLO_STYLE, kind, values)).toBe(expected);
  });

  it('puts in bold the words an entry opens with, up to the bracket, whatever brackets a name has', () => {
    expect(sentenceRuns(TAVOLO_STYLE, 'tavoloContribution', { organizzazione: 'Cooperativa Sole (Onlus)', titolo: '', nome: 'Anna Neri', ruolo: '', testo: 'Chiede tempo.' })).toEqual([
      { text: 'Cooperativa Sole (Onlus)', bold: true },
      { text: ' (Anna Neri): ' },
      { text: 'Chiede tempo.' },
    ]);
    expect(sentenceRuns(TAVOLO_STYLE, 'tavoloAgreement', { testo: 'Sì (a maggioranza).' })).toEqual([{ text: 'Punto condiviso: ', bold: true }, { text: 'Sì (a maggioranza).' }]);
    expect(sentenceRuns(TAVOLO_STYLE, 'tavoloDivergence', { organizzazioni: 'A, B', testo: 'No.' })).toEqual([{ text: 'Posizione divergente', bold: true }, { text: ' (A, B): ' }, { text: 'No.' }]);
    const office = edited({ tavoloAgreement: 'il tavolo conviene che {testo}' });
    expect(sentenceRuns(office, 'tavoloAgreement', { testo: 'la durata è breve.' })).toEqual([{ text: 'Il tavolo conviene che ', bold: true }, { text: 'la durata è breve.' }]);
  });

  it('keeps the grammar in the engine: days, the article of the signatory', () => {
    const [, second] = exampleSessions() as [Meeting, Meeting];
    const approval = (days: number) => texts(buildTavoloVerbale({ ...second, tavoloSession: { ...second.tavoloSession!, observationDays: days } }, 2)).find((text) => text.startsWith('Il presente verbale'));
    expect(approval(1)).toContain('entro 1 giorno dal ricevimento');
    expect(approval(15)).toContain('entro 15 giorni dal ricevimento');
    const tavolo = second.body.tavolo!;
    const male = { ...second, body: { ...second.body, tavolo: { ...tavolo, staff: tavolo.staff.map((person) => (person.function === 'responsabile' ? { ...person, gender: 'm' as const } : person)) } } };
    const signatures = (meeting: Meeting) => buildTavoloVerbale(meeting, 2).blocks.find((block) => block.kind === 'signatures');
    expect(signatures(second)).toMatchObject({ left: { label: 'La Responsabile del procedimento' }, right: { label: 'La verbalizzante' } });
    expect(signatures(male)).toMatchObject({ left: { label: 'Il Responsabile del procedimento' } });
  });
});

describe('every preset carries the tavolo sentences', () => {
  it.each([STANDARD_STYLE, SINTETICO_STYLE, TAVOLO_STYLE])('$name writes them as the tavolo verbale always did', (style) => {
    for (const kind of TAVOLO_SENTENCE_KINDS) expect(style.templates[kind], kind).toBe(TAVOLO_TEMPLATES[kind]);
  });
});

describe('a style stored before the tavolo sentences were kinds of the style', () => {
  const older = (() => {
    const templates: Record<string, string> = { ...TAVOLO_STYLE.templates, closing: "L'incontro si chiude alle ore {ora}." };
    for (const kind of TAVOLO_SENTENCE_KINDS) delete templates[kind];
    return { ...TAVOLO_STYLE, name: 'Ufficio di Piano Val Chiara', templates };
  })();

  it('reads from its file with each tavolo sentence from the Tavolo preset, its own sentences kept', () => {
    const imported = StyleFileSchema.parse(JSON.parse(JSON.stringify({ format: 'verbalizza.style', version: 1, style: older }))).style;
    for (const kind of TAVOLO_SENTENCE_KINDS) expect(imported.templates[kind], kind).toBe(TAVOLO_TEMPLATES[kind]);
    expect(imported.templates.closing).toBe("L'incontro si chiude alle ore {ora}.");
  });

  it('renders the verbale and the sintesi of the example sessions word for word as the Tavolo preset does, bar its own sentence', () => {
    const sessions = exampleSessions();
    // The example files were written before the kinds: their snapshots lack them too, and read through the model.
    const file = JSON.parse(exampleSessionText(2)) as { meeting: { body: { style: { templates: object } } } };
    expect(Object.keys(file.meeting.body.style.templates)).not.toContain('tavoloAgreement');
    expect(sessions[1]!.body.style.templates.tavoloAgreement).toBe(TAVOLO_TEMPLATES.tavoloAgreement);
    const stored = older as unknown as VerbaleStyle;
    const now = buildTavoloVerbale(withStyle(sessions[1]!, TAVOLO_STYLE), 2);
    const before = buildTavoloVerbale(withStyle(sessions[1]!, stored), 2);
    expect(before.blocks.filter((block) => !(block.kind === 'paragraph' && block.role === 'closing'))).toEqual(now.blocks.filter((block) => !(block.kind === 'paragraph' && block.role === 'closing')));
    expect(texts(before)).toContain("L'incontro si chiude alle ore 12:40.");
    expect(buildSintesiDocument(sessions.map((meeting) => withStyle(meeting, stored)))).toEqual(buildSintesiDocument(sessions.map((meeting) => withStyle(meeting, TAVOLO_STYLE))));
  });

  it('is still refused when it lacks a sentence that was always there, and only for that one', () => {
    const { closing: _closing, ...templates } = older.templates;
    const result = VerbaleStyleSchema.safeParse({ ...older, templates });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['templates.closing', 'Chiusura: modello mancante']]);
  });
});

describe('an office that words its tavolo verbale its own way', () => {
  const [first, second] = exampleSessions() as [Meeting, Meeting];

  it('changes each sentence it edits, and only those', () => {
    const office = edited({
      tavoloAgreement: 'Il tavolo conviene: {testo}',
      tavoloDivergence: 'Non concordano {organizzazioni}: {testo}',
      tavoloContribution: '{organizzazione}, per voce di {nome}, osserva: {testo}',
      tavoloPresentHeading: 'Presenti',
      tavoloSessionNumber: '{numero}° incontro',
      tavoloProcedure: '{avviso}',
      tavoloApproval: 'Osservazioni entro {giorni}.',
      tavoloNextMeeting: 'Prossimo incontro: {data}{#if ora}, ore {ora}{/if}.',
      tavoloSignatureMinuteTaker: '{articolo} segretaria del tavolo',
    });
    const standard = buildTavoloVerbale(second, 2);
    const doc = buildTavoloVerbale(withStyle(second, office), 2);
    expect(texts(doc).slice(0, 3)).toEqual(['Avviso pubblico per la co-programmazione del Piano di Zona 2027-2029', 'Tavolo di co-programmazione – Ambito territoriale sociale Val Chiara', '2° incontro']);
    expect(texts(doc)).toContain('Presenti');
    expect(byEntry(doc, 's2-e03').map((p) => p.runs)).toEqual([[{ text: 'Il tavolo conviene: ', bold: true }, { text: 'Gli alloggi di transizione hanno una durata massima di diciotto mesi, con un progetto personalizzato.' }]]);
    expect(texts(doc)).toContain('Non concordano Caritas Valchiara, Associazione Genitori Insieme ODV: La durata massima di diciotto mesi è troppo breve per i nuclei con minori.');
    expect(texts(doc)).toContain('Associazione Il Tetto APS, per voce di Irene Barbieri, osserva: Il Tetto gestisce un dormitorio invernale di 12 posti e chiede di essere coinvolto nel gruppo sugli alloggi.');
    expect(texts(doc)).toContain('Prossimo incontro: 19 maggio 2026, ore 14:30.');
    expect(texts(doc)).toContain('Osservazioni entro 10 giorni.');
    expect(doc.blocks.find((block) => block.kind === 'signatures')).toMatchObject({ right: { label: 'La segretaria del tavolo' } });
    // What it did not edit reads as before: the organisations, the written contribution, the closing.
    const kept = (d: VerbaleDocument) => d.blocks.filter((b) => b.kind === 'paragraph' && (b.role === 'organisation' || b.role === 'writtenContribution' || b.role === 'closing' || b.role === 'staff'));
    expect(kept(doc)).toEqual(kept(standard));
    expect(texts(buildTavoloVerbale(withStyle(first, office), 1))).toContain('1° incontro');
  });

  it('leaves out a heading or the session line whose template it empties', () => {
    const office = edited({ tavoloAbsentHeading: '', tavoloStaffHeading: '', tavoloTopicsHeading: '', tavoloNextStepsHeading: '', tavoloSessionNumber: '' });
    const doc = buildTavoloVerbale(withStyle(second, office), 2);
    expect(doc.blocks.filter((block) => block.kind === 'sectionHeading').map((block) => textOf(block))).toEqual(['Organizzazioni presenti', 'Allegati']);
    expect(texts(doc)).not.toContain('Incontro n. 2');
    expect(doc.blocks.filter((block) => block.kind === 'paragraph' && block.role === 'tavoloHeading')).toHaveLength(2);
  });

  it('gives the sintesi the same heading lines as its sessions', () => {
    const office = edited({ tavoloHeading: '{tavolo} dell\'{ambito}' });
    const sintesi = buildSintesiDocument(exampleSessions().map((meeting) => withStyle(meeting, office)));
    expect(texts(sintesi)[1]).toBe("Tavolo di co-programmazione dell'Ambito territoriale sociale Val Chiara");
  });
});

import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/model';
import { buildVerbale } from '../../../shared/verbale';
import { buildTavoloVerbale, tavoloRegister, tavoloSintesi } from '../../../shared/tavolo';
import type { VerbaleDocument } from '../../../shared/verbale/document';
import { exampleSessions } from './examples';

const textOf = (doc: VerbaleDocument) =>
  doc.blocks.map((block) => {
    switch (block.kind) {
      case 'paragraph':
        return block.runs.map((run) => run.text).join('');
      case 'table':
        return [block.headers, ...block.rows].map((row) => row.join(' | ')).join('\n');
      case 'itemHeading':
      case 'sectionHeading':
        return block.text;
      case 'signatures':
        return `${block.left.label} ${block.left.name} / ${block.right.label} ${block.right.name}`;
      case 'attendanceTable':
        return 'TABELLA DELLE PRESENZE';
    }
  });

describe('the register of the tavolo', () => {
  const sessions = exampleSessions();
  const rows = tavoloRegister(sessions[0]!.body.tavolo!, sessions);
  const row = (id: string) => rows.find((candidate) => candidate.organisationId === id)!;

  it('lists every organisation, the late joiners that only later sessions know included, with role and attendance', () => {
    expect(rows).toHaveLength(20);
    expect(row('o01')).toMatchObject({ role: 'operativo', roleChanged: false, sessionsAttended: 3, sessionsSinceJoining: 3 });
    expect(row('o05')).toMatchObject({ sessionsAttended: 2, attendedOn: ['2026-03-10', '2026-05-19'] });
    expect(row('o10')).toMatchObject({ sessionsAttended: 1, attendedOn: ['2026-04-14'] });
    expect(row('o18')).toMatchObject({ joinedOn: '2026-03-25', role: 'consultivo', sessionsAttended: 2, sessionsSinceJoining: 2 });
    expect(row('o19')).toMatchObject({ role: 'consultivo', sessionsAttended: 1, sessionsSinceJoining: 1 });
    expect(row('o20')).toMatchObject({ role: 'operativo', roleChanged: true });
  });

  it('counts an organisation once per session, however many of its people came', () => {
    // Caritas sent two people to the first session: four lines of attendance, three sessions.
    expect(sessions.flatMap((s) => s.tavoloSession!.attendance).filter((line) => line.organisationId === 'o01')).toHaveLength(4);
    expect(row('o01').sessionsAttended).toBe(3);
  });
});

describe('the verbale of a session', () => {
  const [first, second, third] = exampleSessions() as [Meeting, Meeting, Meeting];

  it('prints the heading, the organisations by category with their people, the absent ones and the staff', () => {
    const text = textOf(buildTavoloVerbale(second, 2));
    expect(text.slice(0, 4)).toEqual([
      'Avviso pubblico per la co-programmazione del Piano di Zona 2027-2029 (Determinazione n. 112) del 2 febbraio 2026',
      'Tavolo di co-programmazione – Ambito territoriale sociale Val Chiara',
      'Incontro n. 2',
      "Il giorno 14 aprile 2026, alle ore 09:30, presso la Sala consiliare del Comune di Borgo Alto e in collegamento da remoto, si è svolto l'incontro del Tavolo di co-programmazione «Povertà e inclusione abitativa».",
    ]);
    const at = (line: string) => text.indexOf(line);
    expect(at('Enti del Terzo settore')).toBeLessThan(at('Comuni'));
    expect(text).toContain('Associazione Il Tetto APS (RUNTS 60733, ruolo consultivo): Irene Barbieri, vicepresidente (da remoto)');
    expect(text).toContain('Istituto comprensivo di Borgo Alto (ruolo operativo): Prof.ssa Giulia Conti, dirigente scolastica (da remoto, fino alle ore 11:00)');
    expect(text).toContain('Fondazione Comunitaria Valchiara (ruolo operativo): Dott. Alberto Rinaldi, segretario generale (dalle ore 10:20)');
    const absent = text.slice(at('Organizzazioni assenti') + 1, at("Per l'Ufficio di Piano"));
    expect(absent).toEqual(['Comune di Castelrupe', 'ATS della Montagna', 'Cooperativa sociale Lavoro Insieme']);
    expect(text).toContain('Facilitatore: Tommaso Ferraro');
    expect(textOf(buildTavoloVerbale(first, 1))).toContain('Caritas Valchiara (RUNTS 10234, ruolo operativo): Dott.ssa Anna Neri, direttrice; Paolo Gatti, operatore');
  });

  it('prints every entry kind on its topic, the next steps as a table, the next meeting, closing and approval', () => {
    const doc = buildTavoloVerbale(second, 2);
    const text = textOf(doc);
    const topic1 = text.indexOf('Tema 1 – Povertà abitativa e housing first');
    const topic2 = text.indexOf('Tema 2 – Accesso ai servizi e sportelli sociali');
    const steps = text.indexOf('Prossimi passi e impegni');
    expect(0).toBeLessThan(topic1);
    expect(text.slice(topic1 + 1, topic2)).toEqual([
      'Associazione Il Tetto APS (Irene Barbieri, vicepresidente): Il Tetto gestisce un dormitorio invernale di 12 posti e chiede di essere coinvolto nel gruppo sugli alloggi.',
      'Associazione Casa Aperta APS ha trasmesso il contributo scritto «Proposta di regolamento per gli alloggi di transizione», allegato al presente verbale (All.1).',
      'Punto condiviso: Gli alloggi di transizione hanno una durata massima di diciotto mesi, con un progetto personalizzato.',
      'Posizione divergente (Caritas Valchiara, Associazione Genitori Insieme ODV): La durata massima di diciotto mesi è troppo breve per i nuclei con minori.',
    ]);
    expect(text.slice(topic2 + 1, steps)).toContain('Il facilitatore riassume i contributi e propone di riprendere il tema nel prossimo incontro.');
    expect(doc.blocks.find((block) => block.kind === 'table')).toEqual({
      kind: 'table',
      headers: ['Chi', 'Che cosa', 'Entro'],
      rows: [
        ['Associazione Casa Aperta APS', 'Inviare la proposta di regolamento rivista dopo le osservazioni', '5 maggio 2026'],
        ['Tommaso Ferraro (Ufficio di Piano)', 'Preparare una scheda di fattibilità dello sportello unico', '—'],
      ],
      widths: [0.3, 0.5, 0.2],
    });
    expect(text.slice(steps + 2)).toEqual([
      'Il prossimo incontro del tavolo è fissato per martedì 19 maggio 2026 alle ore 14:30.',
      "Esauriti i temi in programma, l'incontro termina alle ore 12:40.",
      "Il presente verbale è trasmesso alle organizzazioni partecipanti. Eventuali osservazioni possono essere inviate all'Ufficio di Piano entro 10 giorni dal ricevimento; trascorso tale termine il verbale si intende approvato.",
      'La Responsabile del procedimento Dott.ssa Chiara Lombardi / La verbalizzante Giada Pellegrini',
      'Allegati',
      'All.1 – Proposta di regolamento per gli alloggi di transizione',
    ]);
  });

  it('is what buildVerbale gives for a tavolo, without a number when the archive is not at hand', () => {
    expect(buildVerbale(third)).toEqual(buildTavoloVerbale(third, null));
    expect(textOf(buildVerbale(third))).not.toContain('Incontro n.');
    // Online: nobody is marked «da remoto».
    expect(textOf(buildVerbale(third)).join('\n')).not.toContain('da remoto');
  });
});

describe('a statement at a tavolo', () => {
  it('names who speaks, as at an Assemblea: the minute-taker reading a communication is not anonymous', () => {
    const session = exampleSessions()[0]!;
    const [first, ...items] = session.items;
    const withStatement: Meeting = {
      ...session,
      items: [{ ...first!, entries: [{ id: 'st-1', type: 'statement', speaker: { kind: 'minuteTaker' }, text: 'Dà lettura della nota della Regione.' }, ...first!.entries] }, ...items],
    };
    const line = textOf(buildTavoloVerbale(withStatement, 1)).find((text) => text?.includes('Dà lettura della nota della Regione.'));
    expect(line).toBe('GIADA PELLEGRINI (Verbalizzante, Ufficio di Piano): Dà lettura della nota della Regione.');
  });
});

describe('guests at a tavolo', () => {
  it('are listed after the Ufficio di Piano, as an Assemblea lists its participants; without guests nothing is added', () => {
    const session = exampleSessions()[0]!;
    const guest = { id: 'g-1', honorific: 'Dott.', name: 'Paolo Verri', role: 'funzionario', organisation: 'Regione Lombardia', gender: 'm' as const };
    const lines = textOf(buildTavoloVerbale({ ...session, guests: [guest] }, 1));
    const heading = lines.indexOf('Altri partecipanti');
    expect(heading).toBeGreaterThan(lines.indexOf("Per l'Ufficio di Piano"));
    expect(lines[heading + 1]).toBe('Dott. Paolo Verri, funzionario (Regione Lombardia)');
    expect(textOf(buildTavoloVerbale(session, 1))).not.toContain('Altri partecipanti');
  });
});

describe('the documento di sintesi', () => {
  const sessions = exampleSessions();
  const topics = tavoloSintesi([...sessions].reverse());

  it('groups every point of agreement, divergent view and commitment by topic, each with its session', () => {
    expect(topics.map((topic) => topic.title)).toEqual(['Povertà abitativa e housing first', 'Contrasto alla povertà alimentare', 'Accesso ai servizi e sportelli sociali', 'Priorità per il Piano di Zona 2027-2029']);
    const food = topics[1]!;
    expect(food.agreements.map((point) => [point.entry.id, point.session.number, point.session.date])).toEqual([['s1-e09', 1, '2026-03-10'], ['s3-e03', 3, '2026-05-19']]);
    expect(food.divergences.map((point) => point.who)).toEqual(['Banco alimentare Valchiara ODV']);
    expect(topics[0]!.commitments.map((point) => point.who)).toEqual(['Dott.ssa Chiara Lombardi (Ufficio di Piano)', 'Associazione Casa Aperta APS']);
  });

  it('loses and duplicates nothing across sessions', () => {
    const outcomes = sessions.flatMap((s) => s.items.flatMap((item) => item.entries)).filter((e) => e.type === 'agreement' || e.type === 'divergence' || e.type === 'commitment');
    const inSintesi = topics.flatMap((topic) => [...topic.agreements, ...topic.divergences, ...topic.commitments]).map((point) => point.entry.id);
    expect(inSintesi).toHaveLength(outcomes.length);
    expect(new Set(inSintesi)).toEqual(new Set(outcomes.map((entry) => entry.id)));
  });

  it('takes the same topic written with other case, accents or spaces as one', () => {
    const renamed = sessions.map((s, i) => (i === 2 ? { ...s, items: s.items.map((item) => ({ ...item, title: item.title === 'Contrasto alla povertà alimentare' ? ' contrasto alla  poverta alimentare ' : item.title })) } : s));
    expect(tavoloSintesi(renamed).map((topic) => topic.title)).toHaveLength(4);
  });
});

import { describe, expect, it } from 'vitest';
import {
  attendancePersonText,
  closingSentence,
  memberSpeakerDescription,
  minuteTakerLabel,
  minuteTakerSpeakerDescription,
  movementSentence,
  officerSpeakerDescription,
  openingSentence,
  participantLine,
  participantSpeakerDescription,
  presenceLabel,
  presidentLabel,
  presidentOpeningSentence,
  statementRuns,
  statementText,
  withoutHonorific,
} from '../../../../shared/phrasing';

const assemblea = { name: "Assemblea dei Sindaci del Piano di Zona dell'Ambito Territoriale Sociale Val Chiara", gender: 'f' as const };
const consiglio = { name: 'Consiglio dei Sindaci del Distretto Val Chiara', gender: 'm' as const };

describe('opening', () => {
  const base = { date: '2025-03-05', startTime: '17:30', place: 'la Sala consiliare del Comune di Ponte Nuovo', convocation: 'first' as const };

  it('states date in words, time, place, convocation and the body', () => {
    expect(openingSentence({ ...base, modality: 'presence', body: assemblea })).toBe(
      "Il giorno 5 marzo 2025, alle ore 17:30, presso la Sala consiliare del Comune di Ponte Nuovo, si è riunita in prima convocazione l'Assemblea dei Sindaci del Piano di Zona dell'Ambito Territoriale Sociale Val Chiara.",
    );
  });

  it('agrees the participle with a masculine body and states the second convocation', () => {
    expect(openingSentence({ ...base, convocation: 'second', modality: 'presence', body: consiglio })).toBe(
      'Il giorno 5 marzo 2025, alle ore 17:30, presso la Sala consiliare del Comune di Ponte Nuovo, si è riunito in seconda convocazione il Consiglio dei Sindaci del Distretto Val Chiara.',
    );
  });

  it('writes the online and mixed modalities', () => {
    expect(openingSentence({ ...base, modality: 'online', body: assemblea })).toBe(
      "Il giorno 5 marzo 2025, alle ore 17:30, in modalità telematica, si è riunita in prima convocazione l'Assemblea dei Sindaci del Piano di Zona dell'Ambito Territoriale Sociale Val Chiara.",
    );
    expect(openingSentence({ ...base, modality: 'mixed', body: consiglio })).toBe(
      'Il giorno 5 marzo 2025, alle ore 17:30, presso la Sala consiliare del Comune di Ponte Nuovo e in collegamento da remoto, si è riunito in prima convocazione il Consiglio dei Sindaci del Distretto Val Chiara.',
    );
    expect(openingSentence({ ...base, place: '', modality: 'mixed', body: consiglio })).toContain(
      ', alle ore 17:30, in presenza e in collegamento da remoto, si è riunito',
    );
  });

  it('omits an empty place, a doubled "presso" and an absent convocation', () => {
    expect(openingSentence({ ...base, place: '', convocation: null, modality: 'presence', body: { name: 'Tavolo tecnico minori', gender: 'm' } })).toBe(
      'Il giorno 5 marzo 2025, alle ore 17:30, si è riunito il Tavolo tecnico minori.',
    );
    expect(openingSentence({ ...base, place: 'presso la sede di Via Roma 1', modality: 'presence', body: consiglio })).toContain(
      ', presso la sede di Via Roma 1, si è riunito',
    );
  });
});

describe('attendance and participants', () => {
  it('prints role and name for the table, with a written delega', () => {
    expect(attendancePersonText({ role: 'Sindaco', name: 'Luca Bianchi', delegation: '' })).toBe('Sindaco Luca Bianchi');
    expect(attendancePersonText({ role: 'consigliera', name: 'Marta Rossi', delegation: '' })).toBe('Consigliera Marta Rossi');
    expect(attendancePersonText({ role: 'Assessore', name: 'Paolo Gialli', delegation: 'prot. 1234 del 3 marzo 2025' })).toBe(
      'Assessore Paolo Gialli (delega prot. 1234 del 3 marzo 2025)',
    );
    expect(attendancePersonText({ role: 'consigliere', name: 'Enrico Mazza', delegation: 'delega prot. n. 1187' })).toBe(
      'Consigliere Enrico Mazza (delega prot. n. 1187)',
    );
  });

  it('marks presence as the minutes do', () => {
    expect(presenceLabel('room')).toBe('sì');
    expect(presenceLabel('remote')).toBe('sì da remoto');
    expect(presenceLabel('absent')).toBe('no');
  });

  it('drops a leading title from a name, never an initial', () => {
    expect(withoutHonorific('Dott.ssa Chiara Lombardi')).toBe('Chiara Lombardi');
    expect(withoutHonorific('Sig.ra Ada Riva')).toBe('Ada Riva');
    expect(withoutHonorific('Prof. Avv. Ugo Viola')).toBe('Ugo Viola');
    expect(withoutHonorific('G. Rossi')).toBe('G. Rossi');
    expect(withoutHonorific('Mario Verdi')).toBe('Mario Verdi');
  });

  it('writes participants with role, organisation and ASSENTE', () => {
    const anna = { honorific: 'Dott.ssa', name: 'Anna Neri', role: "Responsabile dell'Ufficio di Piano", organisation: 'Azienda Speciale Val Chiara' };
    expect(participantLine(anna, true)).toBe("Dott.ssa Anna Neri, Responsabile dell'Ufficio di Piano (Azienda Speciale Val Chiara)");
    expect(participantLine(anna, false)).toBe("Dott.ssa Anna Neri, Responsabile dell'Ufficio di Piano (Azienda Speciale Val Chiara) - ASSENTE");
    expect(participantLine({ honorific: '', name: 'Giulia Blu', role: '', organisation: '' }, false)).toBe('Giulia Blu - ASSENTE');
    expect(participantLine({ honorific: 'Sig.', name: 'Ugo Viola', role: 'coordinatore', organisation: '' }, true)).toBe('Sig. Ugo Viola, coordinatore');
  });
});

describe('president, closing, signatures', () => {
  it('opens with the quorum figures when the body records them', () => {
    expect(
      presidentOpeningSentence({
        presidentName: 'Mario Verdi', presidentGender: 'm', bodyKind: 'assemblea', quorumHolds: true,
        quorumFigures: { present: 13, total: 19 },
      }),
    ).toBe("Il Presidente, Mario Verdi, constatata la validità della seduta (presenti 13 su 19), apre l'Assemblea.");
  });

  it('opens without figures, for a woman, for a masculine body', () => {
    expect(
      presidentOpeningSentence({ presidentName: 'Elena Gallo', presidentGender: 'f', bodyKind: 'consiglio', quorumHolds: true, quorumFigures: null }),
    ).toBe('La Presidente, Elena Gallo, constatata la validità della seduta, apre il Consiglio.');
  });

  it('uses the singular for one present and states the population when given', () => {
    expect(
      presidentOpeningSentence({
        presidentName: 'Mario Verdi', presidentGender: 'm', bodyKind: 'assemblea', quorumHolds: true,
        quorumFigures: { present: 1, total: 3, populationPercent: 51.25 },
      }),
    ).toBe("Il Presidente, Mario Verdi, constatata la validità della seduta (presente 1 su 3, che rappresenta il 51,3% della popolazione), apre l'Assemblea.");
    expect(
      presidentOpeningSentence({
        presidentName: 'Mario Verdi', presidentGender: 'm', bodyKind: 'assemblea', quorumHolds: true,
        quorumFigures: { present: 13, total: 19, populationPercent: 62.4 },
      }),
    ).toContain('(presenti 13 su 19, che rappresentano il 62,4% della popolazione)');
  });

  it('does not claim validity when the quorum does not hold', () => {
    expect(
      presidentOpeningSentence({
        presidentName: 'Mario Verdi', presidentGender: 'm', bodyKind: 'assemblea', quorumHolds: false,
        quorumFigures: { present: 8, total: 19 },
      }),
    ).toBe("Il Presidente, Mario Verdi, apre l'Assemblea (presenti 8 su 19).");
  });

  it('closes with the time', () => {
    expect(closingSentence('assemblea', '19:47')).toBe("Non essendoci altri punti all'ordine del giorno l'Assemblea si chiude alle ore 19:47.");
    expect(closingSentence('consiglio', '20:05')).toBe("Non essendoci altri punti all'ordine del giorno il Consiglio si chiude alle ore 20:05.");
  });

  it('labels the signatures by gender', () => {
    expect(presidentLabel('m')).toBe('Il Presidente');
    expect(presidentLabel('f')).toBe('La Presidente');
    expect(minuteTakerLabel('m')).toBe('Il Verbalizzante');
    expect(minuteTakerLabel('f')).toBe('La Verbalizzante');
  });
});

describe('movements', () => {
  const borgoAlto = { entity: 'Comune di Borgo Alto', entityGender: 'm' as const };
  const marta = { role: 'consigliere', name: 'Marta Rossi', gender: 'f' as const };
  const luca = { role: 'Sindaco', name: 'Luca Bianchi', gender: 'm' as const };
  const ponteNuovo = { entity: 'Comune di Ponte Nuovo', entityGender: 'm' as const };

  it('writes an arrival in the room and remotely', () => {
    expect(movementSentence({ movement: 'arrival', time: '17:51', mode: 'room', reason: '', representative: { ...marta, role: 'consigliera' }, member: borgoAlto })).toBe(
      'Arriva alle ore 17:51 la consigliera del Comune di Borgo Alto, Marta Rossi.',
    );
    expect(movementSentence({ movement: 'arrival', time: '17:51', mode: 'room', reason: '', representative: { ...marta, gender: 'm', name: 'Marco Rossi' }, member: borgoAlto })).toBe(
      'Arriva alle ore 17:51 il consigliere del Comune di Borgo Alto, Marco Rossi.',
    );
    expect(movementSentence({ movement: 'arrival', time: '17:51', mode: 'remote', reason: '', representative: luca, member: ponteNuovo })).toBe(
      'Alle ore 17:51 si collega da remoto il Sindaco del Comune di Ponte Nuovo, Luca Bianchi.',
    );
  });

  it('writes a departure', () => {
    expect(movementSentence({ movement: 'departure', time: '18:40', mode: 'room', reason: '', representative: luca, member: ponteNuovo })).toBe(
      'Alle ore 18:40 lascia la seduta il Sindaco del Comune di Ponte Nuovo, Luca Bianchi.',
    );
  });

  it('writes a temporary exit with its reason and a return', () => {
    expect(
      movementSentence({ movement: 'temporaryExit', time: '18:10', mode: 'room', reason: 'per conflitto di interessi', representative: luca, member: ponteNuovo }),
    ).toBe('Alle ore 18:10 esce temporaneamente dalla seduta il Sindaco del Comune di Ponte Nuovo, Luca Bianchi (per conflitto di interessi).');
    expect(movementSentence({ movement: 'return', time: '18:25', mode: 'room', reason: '', representative: luca, member: ponteNuovo })).toBe(
      'Alle ore 18:25 rientra in seduta il Sindaco del Comune di Ponte Nuovo, Luca Bianchi.',
    );
    expect(movementSentence({ movement: 'return', time: '18:25', mode: 'remote', reason: '', representative: luca, member: ponteNuovo })).toBe(
      'Alle ore 18:25 rientra in seduta, in collegamento da remoto, il Sindaco del Comune di Ponte Nuovo, Luca Bianchi.',
    );
  });

  it('elides the article for vowel-initial roles and entities', () => {
    expect(
      movementSentence({
        movement: 'arrival', time: '9:05', mode: 'room', reason: '(per ritardo del treno).',
        representative: { role: 'Assessore', name: 'Paolo Gialli', gender: 'm' },
        member: { entity: 'Unione dei Comuni della Valle', entityGender: 'f' },
      }),
    ).toBe("Arriva alle ore 09:05 l'Assessore dell'Unione dei Comuni della Valle, Paolo Gialli (per ritardo del treno).");
  });
});

describe('statements', () => {
  it('puts the speaker in bold capitals, then role and entity in brackets', () => {
    const runs = statementRuns({
      speakerName: 'Mario Verdi',
      description: officerSpeakerDescription('Presidente', 'Comune di Ponte Nuovo'),
      text: 'illustra la proposta di riparto del fondo.',
    });
    expect(runs).toEqual([
      { text: 'MARIO VERDI', bold: true, caps: true },
      { text: ' (Presidente e Comune di Ponte Nuovo): illustra la proposta di riparto del fondo.' },
    ]);
  });

  it('describes members, participants and the minute-taker', () => {
    expect(memberSpeakerDescription({ role: 'Sindaco' }, { entity: 'Comune di Roccafonda', entityGender: 'm' })).toBe('Sindaco del Comune di Roccafonda');
    expect(memberSpeakerDescription({ role: 'consigliera' }, { entity: 'Comunità Montana Alta Valle', entityGender: 'f' })).toBe(
      'consigliera della Comunità Montana Alta Valle',
    );
    expect(participantSpeakerDescription({ role: 'Responsabile', organisation: 'Ufficio di Piano' })).toBe('Responsabile, Ufficio di Piano');
    expect(participantSpeakerDescription({ role: '', organisation: 'Cooperativa Il Ponte' })).toBe('Cooperativa Il Ponte');
    expect(minuteTakerSpeakerDescription("Responsabile dell'Ufficio di Piano")).toBe("Verbalizzante, Responsabile dell'Ufficio di Piano");
    expect(minuteTakerSpeakerDescription('')).toBe('Verbalizzante');
  });

  it('flattens to one string, without brackets when nothing describes the speaker', () => {
    expect(statementText({ speakerName: 'Niccolò Bruni', description: 'Sindaco del Comune di Roccafonda', text: 'chiede chiarimenti.' })).toBe(
      'NICCOLÒ BRUNI (Sindaco del Comune di Roccafonda): chiede chiarimenti.',
    );
    expect(statementText({ speakerName: 'Ugo Viola', description: '', text: 'interviene.' })).toBe('UGO VIOLA: interviene.');
  });
});

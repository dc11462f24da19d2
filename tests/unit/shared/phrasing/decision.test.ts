import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decisionRuns, decisionSentence, type DecisionPhrasingInput } from '../../../../shared/phrasing';

/** A decision with `against`, `abstained`, `notVoting` members named (the counts are the lists). */
type Fields = Partial<DecisionPhrasingInput['decision']> & { against?: number; abstained?: number; notVoting?: number };
const named = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);

const decision = ({ against = 0, abstained = 0, notVoting = 0, ...fields }: Fields): DecisionPhrasingInput['decision'] => ({
  kind: 'vote',
  subject: 'il verbale della seduta del 5 marzo 2025',
  immediateEffect: false,
  unanimous: false,
  favourable: 0,
  againstMemberIds: named('c', against),
  abstainedMemberIds: named('a', abstained),
  notVotingMemberIds: named('n', notVoting),
  ...fields,
});

const input = (fields: Fields, rest: Partial<DecisionPhrasingInput> = {}): DecisionPhrasingInput => ({
  bodyKind: 'assemblea',
  decision: decision(fields),
  outcome: 'approved',
  againstNames: [],
  abstainedNames: [],
  notVotingNames: [],
  ...rest,
});

describe('votes', () => {
  it('approves by unanimity', () => {
    expect(decisionSentence(input({ unanimous: true, favourable: 13 }))).toBe(
      "L'Assemblea approva il verbale della seduta del 5 marzo 2025 con il voto favorevole dell'unanimità dei presenti.",
    );
  });

  it('approves with counts, naming those against and abstaining', () => {
    expect(
      decisionSentence(
        input(
          { favourable: 11, against: 1, abstained: 2 },
          { againstNames: ['Comune di Borgo Alto'], abstainedNames: ['Comune di Ponte Nuovo', 'Comune di Roccafonda'] },
        ),
      ),
    ).toBe(
      "L'Assemblea approva il verbale della seduta del 5 marzo 2025 con 11 voti favorevoli, 1 contrario (Comune di Borgo Alto) e 2 astenuti (Comune di Ponte Nuovo e Comune di Roccafonda).",
    );
  });

  it('uses the singular for one vote and lists only the counts there are', () => {
    expect(decisionSentence(input({ favourable: 1 }, { bodyKind: 'consiglio' }))).toBe(
      'Il Consiglio approva il verbale della seduta del 5 marzo 2025 con 1 voto favorevole.',
    );
    expect(decisionSentence(input({ favourable: 11, abstained: 1 }, { abstainedNames: ['Comune di Roccafonda'] }))).toBe(
      "L'Assemblea approva il verbale della seduta del 5 marzo 2025 con 11 voti favorevoli e 1 astenuto (Comune di Roccafonda).",
    );
    expect(
      decisionSentence(input({ favourable: 9, against: 3 }, { againstNames: ['Comune di A', 'Comune di B', 'Comunità Montana C'] })),
    ).toBe(
      "L'Assemblea approva il verbale della seduta del 5 marzo 2025 con 9 voti favorevoli e 3 contrari (Comune di A, Comune di B e Comunità Montana C).",
    );
  });

  it('rejects', () => {
    expect(
      decisionSentence(
        input(
          { subject: 'la proposta di regolamento del servizio di trasporto', favourable: 4, against: 7, abstained: 1 },
          { outcome: 'rejected', abstainedNames: ['Comune di Roccafonda'] },
        ),
      ),
    ).toBe("L'Assemblea respinge la proposta di regolamento del servizio di trasporto con 4 voti favorevoli, 7 contrari e 1 astenuto (Comune di Roccafonda).");
    expect(decisionSentence(input({ subject: 'la mozione', against: 1 }, { outcome: 'rejected', againstNames: ['Comune di A'] }))).toBe(
      "L'Assemblea respinge la mozione con 1 voto contrario (Comune di A).",
    );
  });

  it('rejects a tie for parity of votes', () => {
    expect(decisionSentence(input({ favourable: 6, against: 6 }, { outcome: 'tie' }))).toBe(
      "Posta in votazione l'approvazione del verbale della seduta del 5 marzo 2025, la proposta è respinta per parità di voti (6 favorevoli e 6 contrari).",
    );
    expect(
      decisionSentence(
        input(
          { subject: "l'accordo", favourable: 1, against: 1, abstained: 1, notVoting: 2 },
          { outcome: 'tie', againstNames: ['Comune di A'], abstainedNames: ['Comune di B'], notVotingNames: ['Comune di C', 'Comune di D'] },
        ),
      ),
    ).toBe(
      "Posta in votazione l'approvazione dell'accordo, la proposta è respinta per parità di voti (1 favorevole e 1 contrario). Vota contro: Comune di A. Si astiene: Comune di B. Non partecipano al voto: Comune di C e Comune di D.",
    );
  });

  it('names members present who do not vote', () => {
    expect(decisionSentence(input({ favourable: 12, notVoting: 1 }, { notVotingNames: ['Comune di Ponte Nuovo'] }))).toBe(
      "L'Assemblea approva il verbale della seduta del 5 marzo 2025 con 12 voti favorevoli (non partecipa al voto: Comune di Ponte Nuovo).",
    );
    expect(
      decisionSentence(input({ unanimous: true, favourable: 11, notVoting: 2 }, { notVotingNames: ['Comune di A', 'Comune di B'] })),
    ).toBe(
      "L'Assemblea approva il verbale della seduta del 5 marzo 2025 con il voto favorevole dell'unanimità dei votanti (non partecipano al voto: Comune di A e Comune di B).",
    );
  });

  it('declares immediate effect, and rejects it', () => {
    expect(decisionSentence(input({ subject: '', immediateEffect: true, unanimous: true, favourable: 13 }))).toBe(
      "L'Assemblea dichiara la deliberazione immediatamente eseguibile con il voto favorevole dell'unanimità dei presenti.",
    );
    expect(decisionSentence(input({ immediateEffect: true, favourable: 5, against: 7 }, { outcome: 'rejected' }))).toBe(
      "L'Assemblea respinge la proposta di immediata eseguibilità della deliberazione con 5 voti favorevoli e 7 contrari.",
    );
    expect(decisionSentence(input({ immediateEffect: true, favourable: 6, against: 6 }, { outcome: 'tie' }))).toBe(
      "Posta in votazione l'immediata eseguibilità della deliberazione, la proposta è respinta per parità di voti (6 favorevoli e 6 contrari).",
    );
  });
});

describe("prese d'atto and items without a vote", () => {
  it('takes note with a vote, contracting "di" with the article', () => {
    expect(
      decisionSentence(input({ kind: 'notedWithVote', subject: "la relazione sull'attività 2024", unanimous: true, favourable: 13 }, { outcome: 'noted' })),
    ).toBe("L'Assemblea prende atto della relazione sull'attività 2024 con il voto favorevole dell'unanimità dei presenti.");
    expect(
      decisionSentence(input({ kind: 'notedWithVote', subject: 'il rendiconto.', favourable: 10, abstained: 3 }, { outcome: 'approved', abstainedNames: ['A', 'B', 'C'] })),
    ).toBe("L'Assemblea prende atto del rendiconto con 10 voti favorevoli e 3 astenuti (A, B e C).");
  });

  it('takes note without a vote', () => {
    expect(decisionSentence(input({ kind: 'noted', subject: "l'informativa sul bando regionale" }, { outcome: 'noted' }))).toBe(
      "L'Assemblea prende atto dell'informativa sul bando regionale.",
    );
    expect(decisionSentence(input({ kind: 'noted', subject: '' }, { outcome: 'noted', bodyKind: 'tavolo' }))).toBe('Il Tavolo prende atto di quanto esposto.');
  });

  it('records no vote', () => {
    expect(decisionSentence(input({ kind: 'noVote' }, { outcome: 'none' }))).toBe('Il punto non è oggetto di votazione.');
  });

  it('starts with "DECISIONE:" in bold', () => {
    const runs = decisionRuns(input({ kind: 'noVote' }, { outcome: 'none' }));
    expect(runs).toEqual([{ text: 'DECISIONE:', bold: true }, { text: ' Il punto non è oggetto di votazione.' }]);
  });
});

describe('counts are always grammatical and faithful', () => {
  const counts = fc.record({
    favourable: fc.integer({ min: 0, max: 500 }),
    against: fc.integer({ min: 0, max: 500 }),
    abstained: fc.integer({ min: 0, max: 500 }),
    notVoting: fc.integer({ min: 0, max: 500 }),
  });
  const outcome = fc.constantFrom('approved' as const, 'rejected' as const, 'tie' as const);
  const kind = fc.constantFrom('vote' as const, 'notedWithVote' as const);

  it('never prints "1 voti", "1 astenuti", "1 contrari", and prints the counts it was given', () => {
    fc.assert(
      fc.property(counts, outcome, kind, fc.boolean(), (c, result, decisionKind, immediate) => {
        const sentence = decisionSentence(input({ ...c, kind: decisionKind, immediateEffect: immediate }, { outcome: result }));
        expect(sentence).not.toMatch(/\b1 voti\b/);
        expect(sentence).not.toMatch(/\b1 astenuti\b/);
        expect(sentence).not.toMatch(/\b1 contrari\b/);
        expect(sentence).not.toMatch(/\b1 favorevoli\b/);
        expect(sentence).not.toMatch(/\b1 componenti\b/);
        expect(sentence).not.toMatch(/\b(?:[02-9]|\d\d+) (?:voto|astenuto|contrario|favorevole|componente)\b/);

        const favourable = /(\d+) (?:voti |voto )?favorevol[ei]/.exec(sentence);
        const against = /(\d+) (?:voti |voto )?contrari[o]?\b/.exec(sentence);
        const abstained = /(\d+) astenut[oi]/.exec(sentence);
        const notVoting = /(\d+) component[ei]/.exec(sentence);
        if (result === 'tie') {
          expect(Number(favourable?.[1])).toBe(c.favourable);
          expect(Number(against?.[1])).toBe(c.against);
        } else {
          if (c.favourable > 0 || (c.against === 0 && c.abstained === 0)) expect(Number(favourable?.[1])).toBe(c.favourable);
          else expect(favourable).toBeNull();
          if (c.against > 0) expect(Number(against?.[1])).toBe(c.against);
          else expect(against).toBeNull();
        }
        if (c.abstained > 0) expect(Number(abstained?.[1])).toBe(c.abstained);
        else expect(abstained).toBeNull();
        if (c.notVoting > 0) expect(Number(notVoting?.[1])).toBe(c.notVoting);
        else expect(notVoting).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});

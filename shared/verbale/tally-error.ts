import type { TallyProblem } from '../rules/types';

/** One invalid decision found while composing the verbale. */
export interface VerbaleTallyProblem {
  /** 1-based number of the agenda item. */
  itemNumber: number;
  decisionId: string;
  problems: TallyProblem[];
}

/**
 * Thrown by buildVerbale when a decision's tally does not add up: a wrong tally is never phrased into the minutes.
 * The message lists every problem, in Italian; `problems` carries them for the UI.
 */
export class VerbaleTallyError extends Error {
  readonly problems: VerbaleTallyProblem[];

  constructor(problems: VerbaleTallyProblem[]) {
    const lines = problems.flatMap((entry) =>
      entry.problems.map((problem) => `- Punto ${entry.itemNumber}: ${problem.message}`),
    );
    super(`Il verbale non può essere composto: ci sono votazioni non valide.\n${lines.join('\n')}`);
    this.name = 'VerbaleTallyError';
    this.problems = problems;
  }
}

import type { BodyRules, MajorityRule, QuorumRule } from '../../shared/model';

/** Quorum rules offered as presets, each with what it means in plain Italian. */
export interface QuorumPreset {
  id: string;
  label: string;
  explanation: string;
  rule: Omit<QuorumRule, 'remoteCounts' | 'recordInMinutes'>;
}

export const QUORUM_PRESETS: QuorumPreset[] = [
  {
    id: 'half-third',
    label: 'Metà più uno; in seconda convocazione un terzo',
    explanation:
      'In prima convocazione la seduta è valida con la metà più uno dei componenti (ad esempio, su 19 ne servono 10). In seconda convocazione basta un terzo dei componenti, arrotondato per eccesso (su 19, 7). La popolazione non conta.',
    rule: {
      firstCall: { heads: { kind: 'halfPlusOne' }, population: { kind: 'none' } },
      secondCall: { heads: { kind: 'fraction', numerator: 1, denominator: 3 }, population: { kind: 'none' } },
    },
  },
  {
    id: 'half-any',
    label: 'Metà più uno; in seconda convocazione qualsiasi numero',
    explanation:
      'In prima convocazione servono la metà più uno dei componenti; in seconda convocazione la seduta è valida con qualunque numero di presenti.',
    rule: {
      firstCall: { heads: { kind: 'halfPlusOne' }, population: { kind: 'none' } },
      secondCall: { heads: { kind: 'any' }, population: { kind: 'none' } },
    },
  },
  {
    id: 'double',
    label: 'Doppio quorum: metà più uno dei componenti e più del 50% della popolazione',
    explanation:
      'Servono entrambe le condizioni: la metà più uno dei componenti e, insieme, che i presenti rappresentino più della metà della popolazione dell\'Ambito. In seconda convocazione basta un terzo dei componenti.',
    rule: {
      firstCall: { heads: { kind: 'halfPlusOne' }, population: { kind: 'moreThan', percent: 50 } },
      secondCall: { heads: { kind: 'fraction', numerator: 1, denominator: 3 }, population: { kind: 'none' } },
    },
  },
  {
    id: 'population',
    label: 'Solo popolazione: più del 50%',
    explanation:
      'La seduta è valida quando i Comuni presenti rappresentano più della metà della popolazione complessiva, qualunque sia il numero dei presenti.',
    rule: {
      firstCall: { heads: { kind: 'none' }, population: { kind: 'moreThan', percent: 50 } },
      secondCall: { heads: { kind: 'none' }, population: { kind: 'moreThan', percent: 50 } },
    },
  },
  {
    id: 'any',
    label: 'Nessun quorum (tavoli tecnici)',
    explanation: 'La seduta è valida con qualunque numero di presenti. Adatto ai tavoli che non deliberano.',
    rule: {
      firstCall: { heads: { kind: 'any' }, population: { kind: 'none' } },
      secondCall: { heads: { kind: 'any' }, population: { kind: 'none' } },
    },
  },
];

export interface MajorityPreset {
  id: string;
  label: string;
  explanation: string;
  rule: MajorityRule;
}

export const MAJORITY_PRESETS: MajorityPreset[] = [
  {
    id: 'simple',
    label: 'Maggioranza semplice dei votanti',
    explanation:
      'È approvata la proposta che ha più voti favorevoli che contrari. Gli astenuti e chi non partecipa al voto non contano.',
    rule: { majority: { kind: 'simple' }, base: 'voting', abstentionsInBase: false, weighting: 'heads' },
  },
  {
    id: 'absolute-voting-abst',
    label: 'Maggioranza assoluta dei votanti, astenuti compresi',
    explanation:
      'Servono più della metà dei voti di chi ha votato, contando anche gli astenuti: con 13 votanti servono 7 favorevoli.',
    rule: { majority: { kind: 'absolute' }, base: 'voting', abstentionsInBase: true, weighting: 'heads' },
  },
  {
    id: 'absolute-present',
    label: 'Maggioranza assoluta dei presenti',
    explanation: 'Servono più della metà dei componenti presenti al voto: con 13 presenti servono 7 favorevoli.',
    rule: { majority: { kind: 'absolute' }, base: 'present', abstentionsInBase: true, weighting: 'heads' },
  },
  {
    id: 'two-thirds',
    label: 'Due terzi dei presenti',
    explanation: 'Servono almeno due terzi dei presenti, arrotondati per eccesso: con 9 presenti servono 6 favorevoli.',
    rule: { majority: { kind: 'qualified', numerator: 2, denominator: 3 }, base: 'present', abstentionsInBase: true, weighting: 'heads' },
  },
  {
    id: 'population',
    label: 'Maggioranza ponderata per popolazione',
    explanation:
      'Ogni Comune pesa quanto la sua popolazione: è approvata la proposta i cui favorevoli rappresentano più popolazione dei contrari.',
    rule: { majority: { kind: 'simple' }, base: 'voting', abstentionsInBase: false, weighting: 'population' },
  },
  {
    id: 'double',
    label: 'Doppia maggioranza: teste e popolazione',
    explanation:
      'Servono sia più voti favorevoli che contrari, sia più popolazione favorevole che contraria. Se una delle due manca, la proposta è respinta.',
    rule: { majority: { kind: 'simple' }, base: 'voting', abstentionsInBase: false, weighting: 'double' },
  },
];

export function matchQuorumPreset(rule: QuorumRule): QuorumPreset | undefined {
  const key = JSON.stringify({ firstCall: rule.firstCall, secondCall: rule.secondCall });
  return QUORUM_PRESETS.find((p) => JSON.stringify(p.rule) === key);
}

export function matchMajorityPreset(rule: MajorityRule): MajorityPreset | undefined {
  const key = JSON.stringify(rule);
  return MAJORITY_PRESETS.find((p) => JSON.stringify(p.rule) === key);
}

export function defaultRules(): BodyRules {
  const quorum = QUORUM_PRESETS[0]!.rule;
  return {
    quorum: { ...quorum, remoteCounts: true, recordInMinutes: true },
    majority: MAJORITY_PRESETS[0]!.rule,
    votes: true,
    remoteAllowed: true,
  };
}

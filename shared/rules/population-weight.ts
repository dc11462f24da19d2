import type { BodyRules } from '../model';

/** Whether the body's rules count population anywhere: a quorum condition or the majority's weighting. */
export function rulesWeighPopulation(rules: BodyRules): boolean {
  return rules.quorum.firstCall.population.kind !== 'none' || rules.quorum.secondCall.population.kind !== 'none' || rules.majority.weighting !== 'heads';
}

import type { HeadQuorum, Meeting, PopulationQuorum } from '../model';
import type { PresenceSnapshot, QuorumResult } from './types';
import { formatInteger, formatPercent, plural } from '../phrasing/format';
import { fractionWords } from './words';

/** ceil(a × num / den) in exact integer arithmetic. */
export function ceilFraction(value: number, numerator: number, denominator: number): number {
  const product = BigInt(value) * BigInt(numerator);
  const den = BigInt(denominator);
  return Number((product + den - 1n) / den);
}

/** floor(value / 2) + 1: "metà più uno", "più della metà". */
export function halfPlusOne(value: number): number {
  return Math.floor(value / 2) + 1;
}

function headsRequired(rule: HeadQuorum, total: number): number | null {
  switch (rule.kind) {
    case 'none':
      return null;
    case 'any':
      return 1;
    case 'halfPlusOne':
      return halfPlusOne(total);
    case 'fraction':
      return ceilFraction(total, rule.numerator, rule.denominator);
  }
}

function headsRuleText(rule: HeadQuorum, required: number | null, total: number): string | null {
  const counts = `${formatInteger(required ?? 0)} su ${formatInteger(total)}`;
  switch (rule.kind) {
    case 'none':
      return null;
    case 'any':
      return 'qualsiasi numero di componenti (almeno 1)';
    case 'halfPlusOne':
      return `metà più uno dei componenti: ${counts}`;
    case 'fraction':
      return `${fractionWords(rule.numerator, rule.denominator)} dei componenti: ${counts}`;
  }
}

/** A percentage as an exact fraction of the whole: 33.33 -> 3333 / 10000, 50 -> 50 / 100. */
function percentAsFraction(percent: number): { num: bigint; den: bigint } {
  let scale = 1;
  while (scale < 1_000_000 && Math.abs(percent * scale - Math.round(percent * scale)) > 1e-9) scale *= 10;
  return { num: BigInt(Math.round(percent * scale)), den: BigInt(100 * scale) };
}

/** The smallest integer population that satisfies the rule, or null when there is no population condition. */
function populationRequired(rule: PopulationQuorum, total: number): number | null {
  if (rule.kind === 'none') return null;
  const { num, den } = percentAsFraction(rule.percent);
  const exact = BigInt(total) * num;
  if (rule.kind === 'moreThan') return Number(exact / den) + 1;
  return Number((exact + den - 1n) / den);
}

function populationRuleText(rule: PopulationQuorum): string | null {
  if (rule.kind === 'none') return null;
  const percent = formatPercent(rule.percent, 2);
  return rule.kind === 'moreThan' ? `più del ${percent} della popolazione` : `almeno il ${percent} della popolazione`;
}

/** The missing share of the population, rounded UP to one decimal so it is never understated. */
function missingShareText(missingPopulation: number, total: number): string {
  const tenths = total > 0 ? Number((BigInt(missingPopulation) * 1000n + BigInt(total) - 1n) / BigInt(total)) : 0;
  return `manca il ${formatPercent(tenths / 10)} della popolazione`;
}

/** Whether the meeting is valid (numero legale) with the members of `snapshot`, by the body's rule for this convocation. */
export function evaluateQuorum(meeting: Meeting, snapshot: PresenceSnapshot): QuorumResult {
  const rules = meeting.body.rules.quorum;
  const threshold = meeting.convocation === 'first' ? rules.firstCall : rules.secondCall;
  const populationOf = new Map(meeting.body.members.map((member) => [member.id, member.population]));

  const counted = snapshot.members.filter(
    (member) => populationOf.has(member.memberId) && (member.presence === 'room' || (member.presence === 'remote' && rules.remoteCounts)),
  );
  const headsTotal = meeting.body.members.length;
  const headsPresent = counted.length;
  const populationTotal = meeting.body.members.reduce((sum, member) => sum + member.population, 0);
  const populationPresent = counted.reduce((sum, member) => sum + (populationOf.get(member.memberId) ?? 0), 0);

  const heads = headsRequired(threshold.heads, headsTotal);
  const population = populationRequired(threshold.population, populationTotal);

  const missing: string[] = [];
  if (heads !== null && headsPresent < heads) {
    const lacking = heads - headsPresent;
    missing.push(`${lacking === 1 ? 'manca' : 'mancano'} ${plural(lacking, 'componente', 'componenti')}`);
  }
  if (population !== null && populationPresent < population) {
    missing.push(missingShareText(population - populationPresent, populationTotal));
  }

  const ruleParts = [headsRuleText(threshold.heads, heads, headsTotal), populationRuleText(threshold.population)].filter(
    (part): part is string => part !== null,
  );

  return {
    holds: missing.length === 0,
    headsPresent,
    headsTotal,
    headsRequired: heads,
    populationPresent,
    populationTotal,
    populationRequired: population,
    populationPercent: populationTotal > 0 ? (populationPresent * 100) / populationTotal : 0,
    ruleText: ruleParts.length > 0 ? ruleParts.join(' e ') : 'nessun numero minimo',
    missing,
  };
}

import type { ProfileInput } from '../../shared/api/contract';
import type { BodyKind } from '../../shared/model';
import { STANDARD_STYLE, TAVOLO_STYLE } from '../../shared/style';
import { QUORUM_PRESETS, defaultRules } from './rule-presets';

export type TavoloInput = NonNullable<ProfileInput['tavolo']>;

/** A tavolo with nothing in it yet: its organisations come from the list imported on the body screen. */
export function emptyTavolo(): TavoloInput {
  return { kind: 'coProgrammazione', procedure: { title: '', reference: '', date: '', workStart: '' }, ambito: '', organisations: [], staff: [] };
}

/** A tavolo counts nobody and votes on nothing: any number present, no quorum stated in the verbale. */
const TAVOLO_QUORUM = QUORUM_PRESETS.find((preset) => preset.id === 'any')!.rule;

/**
 * The profile with another kind. A tavolo starts empty (or as it was when the form opened), with no votes, quorum or
 * vicepresident; leaving it drops its data (the form is not saved yet) and gives back the rules the body had when the
 * form opened.
 */
export function withKind(profile: ProfileInput, kind: BodyKind, initial: ProfileInput): ProfileInput {
  return { ...withKindData(profile, kind, initial), style: presetFor(profile.style, kind) };
}

/**
 * A tavolo reads as a tavolo («Verbale dell'incontro», «si è svolto l'incontro»): the Standard preset becomes the
 * Tavolo preset and back; a style the office changed is hers and is never replaced.
 */
export function presetFor(style: ProfileInput['style'], kind: BodyKind): ProfileInput['style'] {
  if (kind === 'tavolo' && sameJson(style, STANDARD_STYLE)) return TAVOLO_STYLE;
  if (kind !== 'tavolo' && sameJson(style, TAVOLO_STYLE)) return STANDARD_STYLE;
  return style;
}

/** Equal as data, whatever the order of the keys (a style read back from the archive). */
function sameJson(a: unknown, b: unknown): boolean {
  const sorted = (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([x], [y]) => (x < y ? -1 : 1)).map(([key, inner]) => [key, sorted(inner)]))
      : Array.isArray(value) ? value.map(sorted) : value;
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
}

function withKindData(profile: ProfileInput, kind: BodyKind, initial: ProfileInput): ProfileInput {
  const { tavolo: _tavolo, ...rest } = profile;
  if (kind === 'tavolo') {
    if (profile.kind === 'tavolo') return profile;
    if (initial.kind === 'tavolo' && initial.tavolo) return { ...rest, kind, gender: initial.gender, vicePresident: null, tavolo: initial.tavolo, rules: initial.rules };
    const quorum = { ...rest.rules.quorum, ...TAVOLO_QUORUM, recordInMinutes: false };
    // «il Tavolo»: the name's gender follows, as the clerk would set it.
    return { ...rest, kind, gender: 'm', vicePresident: null, tavolo: emptyTavolo(), rules: { ...rest.rules, quorum, votes: false, remoteAllowed: true } };
  }
  if (profile.kind !== 'tavolo') return { ...profile, kind };
  return initial.kind === 'tavolo' ? { ...rest, kind, rules: defaultRules() } : { ...rest, kind, gender: initial.gender, rules: initial.rules };
}

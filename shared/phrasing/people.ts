import type { Gender, Participant, Presence, Representative } from '../model';
import { ofEntity, withArticle } from './articles';
import { capitalizeFirst } from './format';

/** How the minutes mark a member's presence: room -> "sì", remote -> "sì da remoto", absent -> "no". */
export function presenceLabel(presence: Presence): 'sì' | 'no' | 'sì da remoto' {
  if (presence === 'room') return 'sì';
  return presence === 'remote' ? 'sì da remoto' : 'no';
}

/** A leading title such as "Dott.ssa", "Sig.ra", "Avv.", "Prof." (two letters at least, so an initial stays). */
const HONORIFIC = /^(?:[A-ZÀ-Ý][a-zà-ÿ]{1,5}\.(?:ssa|ra)?\s+)+/;

/** "Dott.ssa Chiara Lombardi" -> "Chiara Lombardi"; "G. Rossi" stays. */
export function withoutHonorific(name: string): string {
  const trimmed = name.trim();
  const stripped = trimmed.replace(HONORIFIC, '');
  return stripped || trimmed;
}

/** "Sindaco Luca Bianchi"; a delegate with a written delega: "Assessore Paolo Gialli (delega prot. 1234/2025)". */
export function attendancePersonText(representative: Pick<Representative, 'role' | 'name' | 'delegation'>): string {
  const person = `${capitalizeFirst(representative.role.trim())} ${representative.name.trim()}`;
  const delegation = representative.delegation.trim();
  if (!delegation) return person;
  return /^delega\b/i.test(delegation) ? `${person} (${delegation})` : `${person} (delega ${delegation})`;
}

/** "il consigliere del Comune di Borgo Alto, Marta Rossi": who a movement line is about. */
export function memberPersonReference(
  representative: Pick<Representative, 'role' | 'name' | 'gender'>,
  entity: { entity: string; entityGender: Gender },
): string {
  const role = withArticle(representative.role, representative.gender);
  return `${role} ${ofEntity(entity.entity, entity.entityGender)}, ${representative.name.trim()}`;
}

/**
 * One line of the participants without a vote:
 * "Dott.ssa Anna Neri, Responsabile dell'Ufficio di Piano (Azienda X)", with " - ASSENTE" when absent.
 */
export function participantLine(
  participant: Pick<Participant, 'honorific' | 'name' | 'role' | 'organisation'>,
  present: boolean,
): string {
  const name = [participant.honorific.trim(), participant.name.trim()].filter(Boolean).join(' ');
  const role = participant.role.trim() ? `, ${participant.role.trim()}` : '';
  const organisation = participant.organisation.trim() ? ` (${participant.organisation.trim()})` : '';
  return `${name}${role}${organisation}${present ? '' : ' - ASSENTE'}`;
}

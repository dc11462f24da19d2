import type { Gender, Participant, Presence, Representative } from '../model';
import { STANDARD_STYLE, sentence, type VerbaleStyle } from '../style';
import { ofEntity, withArticle } from './articles';
import { capitalizeFirst } from './format';

/** How the minutes mark a member's presence (Standard: room -> "sì", remote -> "sì da remoto", absent -> "no"). */
export function presenceLabel(presence: Presence, style: VerbaleStyle = STANDARD_STYLE): string {
  if (presence === 'room') return sentence(style, 'attendanceRoom', {});
  return sentence(style, presence === 'remote' ? 'attendanceRemote' : 'attendanceAbsent', {});
}

/** A leading title such as "Dott.ssa", "Sig.ra", "Avv.", "Prof." (two letters at least, so an initial stays). */
const HONORIFIC = /^(?:[A-ZÀ-Ý][a-zà-ÿ]{1,5}\.(?:ssa|ra)?\s+)+/;

/** "Dott.ssa Chiara Lombardi" -> "Chiara Lombardi"; "G. Rossi" stays. */
export function withoutHonorific(name: string): string {
  const trimmed = name.trim();
  const stripped = trimmed.replace(HONORIFIC, '');
  return stripped || trimmed;
}

type RepresentativeNaming = Pick<Representative, 'role' | 'name' | 'delegation'> & { honorific?: string };

/** "Sindaco Luca Bianchi"; a delegate with a written delega: "Assessore Paolo Gialli (delega prot. 1234/2025)". */
export function attendancePersonText(representative: RepresentativeNaming, style: VerbaleStyle = STANDARD_STYLE): string {
  const delegation = representative.delegation.trim();
  return sentence(style, 'attendancePerson', {
    ruolo: capitalizeFirst(representative.role.trim()),
    titolo: representative.honorific ?? '',
    nome: representative.name,
    delega: !delegation || /^delega\b/i.test(delegation) ? delegation : `delega ${delegation}`,
  });
}

/** "il consigliere del Comune di Borgo Alto, Marta Rossi": who a movement line is about. */
export function memberPersonReference(
  representative: Pick<Representative, 'role' | 'name' | 'gender'>,
  entity: { entity: string; entityGender: Gender },
): string {
  const role = withArticle(representative.role, representative.gender);
  return `${role} ${ofEntity(entity.entity, entity.entityGender)}, ${representative.name.trim()}`;
}

type ParticipantNaming = Pick<Participant, 'honorific' | 'name' | 'role' | 'organisation'>;

/**
 * One line of the participants without a vote:
 * "Dott.ssa Anna Neri, Responsabile dell'Ufficio di Piano (Azienda X)", with " - ASSENTE" when absent.
 */
export function participantLine(participant: ParticipantNaming, present: boolean, style: VerbaleStyle = STANDARD_STYLE): string {
  return sentence(style, 'participant', {
    titolo: participant.honorific,
    nome: participant.name,
    ruolo: participant.role,
    organizzazione: participant.organisation,
    assente: present ? '' : 'ASSENTE',
  });
}

/** "Azienda X: Direttore: Dott. Marco Blu; Amministratore Unico: Sara Verdi - ASSENTE" (participants grouped). */
export function participantGroupLine(
  organisation: string,
  people: readonly { participant: ParticipantNaming; present: boolean }[],
  style: VerbaleStyle = STANDARD_STYLE,
): string {
  const persone = people.map(({ participant, present }) =>
    sentence(style, 'participantInGroup', {
      titolo: participant.honorific,
      nome: participant.name,
      ruolo: participant.role,
      assente: present ? '' : 'ASSENTE',
    }),
  );
  return sentence(style, 'participantGroup', { organizzazione: organisation, persone: persone.filter(Boolean).join('; ') });
}

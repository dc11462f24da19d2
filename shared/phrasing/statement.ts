import type { Gender, Participant, Representative } from '../model';
import { STANDARD_STYLE, sentence, type VerbaleStyle } from '../style';
import type { TextRun } from '../verbale/document';
import { ofEntity } from './articles';
import { upperItalian } from './format';

/** "Presidente e Comune di Ponte Nuovo": an officer speaking who also sits for a member. */
export function officerSpeakerDescription(
  officerTitle: string,
  entity: string,
  style: VerbaleStyle = STANDARD_STYLE,
  detail: { entityGender?: Gender; role?: string } = {},
): string {
  return sentence(style, 'statementOfficer', {
    carica: officerTitle,
    ente: entity,
    dell_ente: detail.entityGender ? ofEntity(entity, detail.entityGender) : '',
    ruolo: detail.role ?? '',
  });
}

/** "Sindaco del Comune di Ponte Nuovo", "consigliera della Comunità Montana Alta Valle". */
export function memberSpeakerDescription(
  representative: Pick<Representative, 'role'> & { honorific?: string },
  member: { entity: string; entityGender: Gender },
  style: VerbaleStyle = STANDARD_STYLE,
): string {
  return sentence(style, 'statementMember', {
    ruolo: representative.role,
    ente: member.entity,
    dell_ente: ofEntity(member.entity, member.entityGender),
    titolo: representative.honorific ?? '',
  });
}

/** "Responsabile, Ufficio di Piano"; empty when the participant has neither role nor organisation. */
export function participantSpeakerDescription(
  participant: Pick<Participant, 'role' | 'organisation'> & { honorific?: string },
  style: VerbaleStyle = STANDARD_STYLE,
): string {
  return sentence(style, 'statementParticipant', {
    ruolo: participant.role,
    organizzazione: participant.organisation,
    titolo: participant.honorific ?? '',
  });
}

/** "Verbalizzante, Responsabile dell'Ufficio di Piano". */
export function minuteTakerSpeakerDescription(role: string, style: VerbaleStyle = STANDARD_STYLE, honorific = ''): string {
  return sentence(style, 'statementMinuteTaker', { ruolo: role, titolo: honorific });
}

export interface StatementPhrasingInput {
  speakerName: string;
  /** What goes in brackets after the name; empty for none. */
  description: string;
  text: string;
}

/**
 * "MARIO VERDI (Presidente e Comune di Ponte Nuovo): illustra la proposta ..." as runs:
 * the speaker in bold capitals, the rest in normal text.
 */
export function statementRuns(input: StatementPhrasingInput): TextRun[] {
  const description = input.description.trim() ? ` (${input.description.trim()})` : '';
  const text = input.text.trim();
  return [
    { text: upperItalian(input.speakerName.trim()), bold: true, caps: true },
    { text: text ? `${description}: ${text}` : `${description}.` },
  ];
}

/** The same statement as one plain string (for lists and tests). */
export function statementText(input: StatementPhrasingInput): string {
  return statementRuns(input).map((run) => run.text).join('');
}

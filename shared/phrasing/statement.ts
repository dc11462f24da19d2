import type { Gender, Participant, Representative } from '../model';
import type { TextRun } from '../verbale/document';
import { ofEntity } from './articles';
import { upperItalian } from './format';

/** "Presidente e Comune di Ponte Nuovo": an officer speaking who also sits for a member. */
export function officerSpeakerDescription(officerTitle: string, entity: string): string {
  return `${officerTitle} e ${entity.trim()}`;
}

/** "Sindaco del Comune di Ponte Nuovo", "consigliera della Comunità Montana Alta Valle". */
export function memberSpeakerDescription(
  representative: Pick<Representative, 'role'>,
  member: { entity: string; entityGender: Gender },
): string {
  return `${representative.role.trim()} ${ofEntity(member.entity, member.entityGender)}`;
}

/** "Responsabile, Ufficio di Piano"; empty when the participant has neither role nor organisation. */
export function participantSpeakerDescription(participant: Pick<Participant, 'role' | 'organisation'>): string {
  return [participant.role.trim(), participant.organisation.trim()].filter(Boolean).join(', ');
}

/** "Verbalizzante, Responsabile dell'Ufficio di Piano". */
export function minuteTakerSpeakerDescription(role: string): string {
  return role.trim() ? `Verbalizzante, ${role.trim()}` : 'Verbalizzante';
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

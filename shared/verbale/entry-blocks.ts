import type { Decision, Meeting, Member, Movement, Note, Statement, TimelineEntry } from '../model';
import {
  decisionPhrasing,
  decisionRuns,
  memberSpeakerDescription,
  minuteTakerSpeakerDescription,
  movementSentence,
  officerSpeakerDescription,
  participantSpeakerDescription,
  statementRuns,
  withoutHonorific,
} from '../phrasing';
import { decisionOutcome } from '../rules';
import type { PresenceSnapshot } from '../rules/types';
import type { TextRun, VerbaleParagraph } from './document';

/** What an entry's paragraphs need to know: the meeting and (computed on demand) who was present just before the entry. */
export interface EntryContext {
  meeting: Meeting;
  snapshot: () => PresenceSnapshot;
  /** Whether a decision here opens with the style's label («DECISIONE:»). */
  decisionLabel: boolean;
}

/** The paragraphs of one timeline entry (a statement or note of several paragraphs gives several). */
export function entryParagraphs(entry: TimelineEntry, context: EntryContext): VerbaleParagraph[] {
  switch (entry.type) {
    case 'statement':
      return statementParagraphs(entry, context);
    case 'movement':
      return [paragraph('movement', entry.id, [{ text: movementText(entry, context) }])];
    case 'decision': {
      const runs = decisionParagraphRuns(entry, context);
      // A style may give a no-vote item no sentence of its own.
      return runs.length > 0 ? [paragraph('decision', entry.id, runs)] : [];
    }
    case 'note':
      return noteParagraphs(entry);
    case 'contribution':
    case 'agreement':
    case 'divergence':
    case 'commitment':
    case 'writtenContribution':
      // Only a tavolo with its organisations has these (tavolo-integrity), and buildVerbale gives it to buildTavoloVerbale.
      return [];
  }
}

function paragraph(role: VerbaleParagraph['role'], entryId: string, runs: TextRun[]): VerbaleParagraph {
  return { kind: 'paragraph', style: 'normal', role, entryId, runs };
}

/** Text split into paragraphs at line breaks, blank lines dropped. */
export function splitParagraphs(text: string): string[] {
  return text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
}

function memberById(meeting: Meeting, memberId: string): Member | undefined {
  return meeting.body.members.find((member) => member.id === memberId);
}

export function statementParagraphs(statement: Statement, context: EntryContext): VerbaleParagraph[] {
  const [first = '', ...rest] = splitParagraphs(statement.text);
  const speaker = speakerOf(statement, context);
  return [
    paragraph('statement', statement.id, statementRuns({ ...speaker, text: first })),
    ...rest.map((text) => paragraph('statement', statement.id, [{ text }])),
  ];
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('it-IT') === b.trim().toLocaleLowerCase('it-IT');

/** Name and bracketed description of who speaks. */
function speakerOf(statement: Statement, { meeting, snapshot }: EntryContext): { speakerName: string; description: string } {
  const { speaker } = statement;
  const { style } = meeting.body;
  // The minute-taker who is one of the body's participants is one speaker, whichever way she was picked.
  const isMinuteTaker = speaker.kind === 'minuteTaker' || (speaker.kind === 'participant' && speaker.participantId === meeting.minuteTaker.participantId);
  if (isMinuteTaker) {
    const { minuteTaker } = meeting;
    return { speakerName: withoutHonorific(minuteTaker.name), description: minuteTakerSpeakerDescription(minuteTaker.role, style, minuteTaker.honorific) };
  }
  if (speaker.kind === 'participant') {
    const participant = [...meeting.body.participants, ...meeting.guests].find((p) => p.id === speaker.participantId);
    if (!participant) return { speakerName: 'Partecipante non registrato', description: '' };
    return { speakerName: participant.name, description: participantSpeakerDescription(participant, style) };
  }
  const member = memberById(meeting, speaker.memberId);
  if (!member) return { speakerName: 'Componente non registrato', description: '' };
  const representative = snapshot().members.find((m) => m.memberId === member.id)?.representative ?? member.representative;
  const officers = [
    { title: 'Presidente', officer: meeting.president },
    { title: 'Vicepresidente', officer: meeting.body.vicePresident },
  ];
  // The officer's title only when the officer in person speaks, not a delegate sitting for the same Comune.
  const officer = officers.find(({ officer }) => officer?.memberId === member.id && sameName(officer.name, representative.name));
  return {
    speakerName: representative.name,
    description: officer
      ? officerSpeakerDescription(officer.title, member.entity, style, { entityGender: member.entityGender, role: representative.role })
      : memberSpeakerDescription(representative, member, style),
  };
}

function movementText(movement: Movement, { meeting, snapshot }: EntryContext): string {
  const member = memberById(meeting, movement.memberId);
  if (!member) return `Alle ore ${movement.time} si registra il movimento di un componente non appartenente all'organo.`;
  const presence = snapshot().members.find((m) => m.memberId === member.id);
  const before = presence?.representative ?? member.representative;
  const representative = movement.movement === 'arrival' ? (movement.representative ?? before) : before;
  // A departure or exit carries no mode of its own: it leaves from where the replay has the member just before.
  const leaving = movement.movement === 'departure' || movement.movement === 'temporaryExit';
  const mode = leaving ? (presence?.presence === 'remote' ? 'remote' : 'room') : movement.mode;
  return movementSentence(
    { movement: movement.movement, time: movement.time, mode, reason: movement.reason, representative, member },
    meeting.body.style,
  );
}

function decisionParagraphRuns(decision: Decision, { meeting, snapshot, decisionLabel }: EntryContext): TextRun[] {
  return decisionRuns(decisionPhrasing(meeting, decision, decisionOutcome(meeting, decision, snapshot()).outcome), decisionLabel);
}

function noteParagraphs(note: Note): VerbaleParagraph[] {
  const texts = splitParagraphs(note.text);
  return (texts.length > 0 ? texts : ['']).map((text) => paragraph('note', note.id, [{ text }]));
}

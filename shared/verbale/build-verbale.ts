import { type Meeting, NO_LETTERHEAD, type Officer } from '../model';
import {
  closingSentence,
  formatDateWords,
  minuteTakerLabel,
  openingSentence,
  presidentLabel,
  presidentOpeningSentence,
} from '../phrasing';
import { evaluateQuorum, presenceTimeline, validateDecision } from '../rules';
import type { PresenceSnapshot } from '../rules/types';
import { attachmentListBlocks } from './attachment-blocks';
import { attendanceTable, participantParagraphs } from './attendance-blocks';
import type { SignatureBlock, VerbaleBlock, VerbaleDocument, VerbaleParagraph } from './document';
import { entryParagraphs } from './entry-blocks';
import { VerbaleTallyError, type VerbaleTallyProblem } from './tally-error';

/**
 * The verbale of a meeting, in the order the minutes follow: opening, attendance, participants, the president's
 * opening, each item with its entries in timeline order, closing, signatures.
 * Throws VerbaleTallyError when any decision's tally does not add up (nothing is phrased from a wrong tally).
 */
export function buildVerbale(meeting: Meeting): VerbaleDocument {
  const presence = presenceLookup(meeting);
  assertTalliesValid(meeting, presence);
  const blocks: VerbaleBlock[] = [];
  if (meeting.revision > 1) blocks.push(text('revision', `Revisione n. ${meeting.revision}`, 'centered'));
  blocks.push(text('opening', opening(meeting)));

  blocks.push({ kind: 'sectionHeading', text: 'Presenze' }, attendanceTable(meeting));
  const participants = participantParagraphs(meeting);
  if (participants.length > 0) blocks.push({ kind: 'sectionHeading', text: 'Partecipanti senza diritto di voto' }, ...participants);

  blocks.push(text('presidentOpening', presidentOpening(meeting, presence(0, 0))));
  meeting.items.forEach((item, itemIndex) => {
    const attachments = item.attachments.map((attachment) => attachment.label.trim()).filter(Boolean);
    const title = item.title.trim().replace(/\.$/, '');
    const heading = `${itemIndex + 1}. ${title}${attachments.length > 0 ? ` (${attachments.join(', ')})` : ''}`;
    blocks.push({ kind: 'itemHeading', number: itemIndex + 1, text: heading, itemId: item.id });
    item.entries.forEach((entry, entryIndex) => {
      blocks.push(...entryParagraphs(entry, { meeting, snapshot: () => presence(itemIndex, entryIndex) }));
    });
  });

  if (meeting.endTime) blocks.push(text('closing', closingSentence(meeting.body.kind, meeting.endTime)));
  blocks.push(signatures(meeting));
  blocks.push(...attachmentListBlocks(meeting));

  return {
    title: meeting.body.name,
    subject: `Verbale della seduta del ${formatDateWords(meeting.date)}`,
    author: meeting.minuteTaker.name,
    documentId: `VRB-${meeting.id}-r${meeting.revision}`,
    meetingDate: meeting.date,
    logo: meeting.body.logo ? { mimeType: meeting.body.logo.mimeType, base64: meeting.body.logo.base64 } : null,
    letterhead: meeting.body.letterhead ?? NO_LETTERHEAD,
    blocks,
  };
}

function text(role: VerbaleParagraph['role'], content: string, style: VerbaleParagraph['style'] = 'normal'): VerbaleParagraph {
  return { kind: 'paragraph', style, role, runs: [{ text: content }] };
}

type PresenceLookup = (itemIndex: number, entryIndex: number) => PresenceSnapshot;

/** Presence before any entry, from one replay of the timeline (entries ask for it as they are phrased). */
function presenceLookup(meeting: Meeting): PresenceLookup {
  const timeline = presenceTimeline(meeting);
  return (itemIndex, entryIndex) => timeline.at({ itemIndex, entryIndex });
}

function assertTalliesValid(meeting: Meeting, presence: PresenceLookup): void {
  const invalid: VerbaleTallyProblem[] = [];
  meeting.items.forEach((item, itemIndex) => {
    item.entries.forEach((entry, entryIndex) => {
      if (entry.type !== 'decision') return;
      const problems = validateDecision(meeting, entry, presence(itemIndex, entryIndex));
      if (problems.length > 0) invalid.push({ itemNumber: itemIndex + 1, decisionId: entry.id, problems });
    });
  });
  if (invalid.length > 0) throw new VerbaleTallyError(invalid);
}

function opening(meeting: Meeting): string {
  return openingSentence({
    date: meeting.date,
    startTime: meeting.startTime,
    modality: meeting.modality,
    place: meeting.place,
    // Bodies that do not vote have no convocations to state.
    convocation: meeting.body.rules.votes ? meeting.convocation : null,
    body: meeting.body,
  });
}

function presidentOpening(meeting: Meeting, atOpening: PresenceSnapshot): string {
  const quorumRule = meeting.body.rules.quorum;
  const quorum = evaluateQuorum(meeting, atOpening);
  const threshold = meeting.convocation === 'first' ? quorumRule.firstCall : quorumRule.secondCall;
  const withPopulation = threshold.population.kind !== 'none';
  return presidentOpeningSentence({
    presidentName: meeting.president.name,
    presidentGender: meeting.president.gender,
    bodyKind: meeting.body.kind,
    quorumHolds: quorum.holds,
    quorumFigures: quorumRule.recordInMinutes
      ? {
          present: quorum.headsPresent,
          total: quorum.headsTotal,
          ...(withPopulation ? { populationPercent: quorum.populationPercent } : {}),
        }
      : null,
  });
}

function signatures(meeting: Meeting): SignatureBlock {
  const signer = (officer: Officer, label: string) => ({
    label,
    name: officer.name,
    // "Il Presidente / Mario Verdi / Presidente" would repeat the label: keep only a role that adds something.
    role: label.toLocaleLowerCase('it-IT').endsWith(officer.role.trim().toLocaleLowerCase('it-IT')) ? '' : officer.role.trim(),
  });
  return {
    kind: 'signatures',
    left: signer(meeting.president, presidentLabel(meeting.president.gender)),
    right: signer(meeting.minuteTaker, minuteTakerLabel(meeting.minuteTaker.gender)),
  };
}

import { type Meeting, type Officer } from '../model';
import {
  bodyValues,
  closingSentence,
  formatInteger,
  membersCount,
  minuteTakerLabel,
  openingSentence,
  presidentLabel,
  presidentOpeningSentence,
} from '../phrasing';
import { sentence, type SentenceKind } from '../style';
import { evaluateQuorum, presenceTimeline, validateDecision } from '../rules';
import type { PresenceSnapshot } from '../rules/types';
import { attendanceTable, participantParagraphs } from './attendance-blocks';
import type { SignatureBlock, VerbaleBlock, VerbaleDocument, VerbaleParagraph } from './document';
import { entryParagraphs } from './entry-blocks';
import { buildTavoloVerbale } from '../tavolo/session-verbale';
import { VerbaleTallyError, type VerbaleTallyProblem } from './tally-error';
import { verbaleDocument } from './verbale-document';

/**
 * The verbale of a meeting, in the order the minutes follow: opening, attendance, participants, the president's
 * opening, each item with its entries in timeline order, closing, signatures.
 * Throws VerbaleTallyError when any decision's tally does not add up (nothing is phrased from a wrong tally).
 */
export function buildVerbale(meeting: Meeting, tavolo: { sessionNumber: number | null } = { sessionNumber: null }): VerbaleDocument {
  if (meeting.body.kind === 'tavolo' && meeting.body.tavolo) return buildTavoloVerbale(meeting, tavolo.sessionNumber);
  const presence = presenceLookup(meeting);
  assertTalliesValid(meeting, presence);
  const { style } = meeting.body;
  const body = bodyValues(meeting.body);
  const blocks: VerbaleBlock[] = [];
  if (style.revisionOnPage && meeting.revision > 1) {
    blocks.push(text('revision', sentence(style, 'revision', { ...body, revisione: String(meeting.revision) }), 'centered'));
  }
  blocks.push(text('opening', opening(meeting)));

  blocks.push(...heading(sentence(style, 'attendanceHeading', body)));
  const intro = attendanceIntro(meeting, presence(0, 0));
  if (intro) blocks.push(text('attendanceIntro', intro));
  blocks.push(attendanceTable(meeting));
  const participants = participantParagraphs(meeting);
  if (participants.length > 0) blocks.push(...heading(sentence(style, 'participantsHeading', body)), ...participants);

  blocks.push(text('presidentOpening', presidentOpening(meeting, presence(0, 0))));
  meeting.items.forEach((item, itemIndex) => {
    const labels = item.attachments.map((attachment) => attachment.label.trim()).filter(Boolean);
    const heading = sentence(style, 'itemHeading', {
      numero: String(itemIndex + 1),
      titolo: item.title.trim().replace(/\.$/, ''),
      allegati: labels.length > 0 ? sentence(style, 'attachments', { elenco: labels.join(', ') }) : '',
    });
    blocks.push({ kind: 'itemHeading', number: itemIndex + 1, text: heading, itemId: item.id });
    const firstDecision = item.entries.findIndex((entry) => entry.type === 'decision');
    item.entries.forEach((entry, entryIndex) => {
      const labelled = style.decisionLabel === 'every' || (style.decisionLabel === 'firstOfItem' && entryIndex === firstDecision);
      blocks.push(...entryParagraphs(entry, { meeting, snapshot: () => presence(itemIndex, entryIndex), decisionLabel: labelled }));
    });
  });

  if (meeting.endTime) {
    blocks.push(text('closing', closingSentence(meeting.body.kind, meeting.endTime, style, { body: meeting.body, date: meeting.date })));
  }
  blocks.push(signatures(meeting));
  return verbaleDocument(meeting, blocks);
}

/** A section heading, unless the style leaves it empty. */
function heading(content: string): VerbaleBlock[] {
  return content ? [{ kind: 'sectionHeading', text: content }] : [];
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
  return openingSentence(
    {
      date: meeting.date,
      startTime: meeting.startTime,
      modality: meeting.modality,
      place: meeting.place,
      // Bodies that do not vote have no convocations to state.
      convocation: meeting.body.rules.votes ? meeting.convocation : null,
      body: meeting.body,
    },
    meeting.body.style,
  );
}

/** «Risultano presenti 13 componenti su 19:», when the style has such a line. */
function attendanceIntro(meeting: Meeting, atOpening: PresenceSnapshot): string {
  const present = atOpening.members.filter((member) => member.presence !== 'absent').length;
  const total = meeting.body.members.length;
  return sentence(meeting.body.style, 'attendanceIntro', {
    ...bodyValues(meeting.body),
    presenti: membersCount(present),
    totale: formatInteger(total),
  });
}

function presidentOpening(meeting: Meeting, atOpening: PresenceSnapshot): string {
  const quorumRule = meeting.body.rules.quorum;
  const quorum = evaluateQuorum(meeting, atOpening);
  const threshold = meeting.convocation === 'second' ? quorumRule.secondCall : quorumRule.firstCall;
  const withPopulation = threshold.population.kind !== 'none';
  return presidentOpeningSentence({
    presidentName: meeting.president.name,
    presidentGender: meeting.president.gender,
    presidentHonorific: meeting.president.honorific,
    bodyKind: meeting.body.kind,
    body: meeting.body,
    quorumHolds: quorum.holds,
    quorumFigures: quorumRule.recordInMinutes
      ? {
          present: quorum.headsPresent,
          total: quorum.headsTotal,
          ...(withPopulation ? { populationPercent: quorum.populationPercent } : {}),
        }
      : null,
  }, meeting.body.style);
}

const SIGNATURE_KINDS = {
  president: { label: 'signaturePresidentLabel', name: 'signaturePresidentName', role: 'signaturePresidentRole' },
  minuteTaker: { label: 'signatureMinuteTakerLabel', name: 'signatureMinuteTakerName', role: 'signatureMinuteTakerRole' },
} as const satisfies Record<string, Record<'label' | 'name' | 'role', SentenceKind>>;

function signatures(meeting: Meeting): SignatureBlock {
  const { style } = meeting.body;
  const signer = (officer: Officer, label: string, kinds: (typeof SIGNATURE_KINDS)[keyof typeof SIGNATURE_KINDS]) => {
    // "Il Presidente / Mario Verdi / Presidente" would repeat the label: keep only a role that adds something.
    const role = label.toLocaleLowerCase('it-IT').endsWith(officer.role.trim().toLocaleLowerCase('it-IT')) ? '' : officer.role.trim();
    const values = { ...bodyValues(meeting.body), etichetta: label, titolo: officer.honorific, nome: officer.name, ruolo: role };
    return { label: sentence(style, kinds.label, values), name: sentence(style, kinds.name, values), role: sentence(style, kinds.role, values) };
  };
  return {
    kind: 'signatures',
    left: signer(meeting.president, presidentLabel(meeting.president.gender), SIGNATURE_KINDS.president),
    right: signer(meeting.minuteTaker, minuteTakerLabel(meeting.minuteTaker.gender), SIGNATURE_KINDS.minuteTaker),
  };
}

import type { BodyKind, Decision, Meeting } from '../model';
import { voteCounts, type CountedDecision } from '../rules/tally';
import type { OutcomeKind } from '../rules/types';
import type { TextRun } from '../verbale/document';
import { bodySubject, withDi } from './articles';
import { abstainedCount, againstCount, againstVotes, favourableVotes, joinItalian, membersCount } from './format';

export interface DecisionPhrasingInput {
  bodyKind: BodyKind;
  decision: Pick<Decision, 'kind' | 'subject' | 'immediateEffect' | 'unanimous'> & CountedDecision;
  /** From decisionOutcome: approved / rejected / tie for votes, noted / none otherwise. */
  outcome: OutcomeKind;
  /** Entity names ("Comune di Roccafonda") of the members against, abstaining, present but not voting. */
  againstNames: readonly string[];
  abstainedNames: readonly string[];
  notVotingNames: readonly string[];
}

/**
 * What a decision's sentence needs, from the meeting: the members named become their entities, in seat order whatever
 * order they were ticked in (the vote dialog, the timeline, the chair display and the verbale say the same sentence).
 */
export function decisionPhrasing(meeting: Meeting, decision: DecisionPhrasingInput['decision'], outcome: OutcomeKind): DecisionPhrasingInput {
  const members = new Map(meeting.body.members.map((member) => [member.id, member]));
  const entities = (ids: readonly string[]) =>
    ids
      .map((id) => ({ id, member: members.get(id) }))
      .sort((a, b) => (a.member?.seat ?? Infinity) - (b.member?.seat ?? Infinity))
      .map(({ id, member }) => member?.entity ?? id);
  return {
    bodyKind: meeting.body.kind,
    decision,
    outcome,
    againstNames: entities(decision.againstMemberIds),
    abstainedNames: entities(decision.abstainedMemberIds),
    notVotingNames: entities(decision.notVotingMemberIds),
  };
}

/**
 * The sentence of a decision, without the "DECISIONE:" label:
 * "L'Assemblea approva il verbale ... con 11 voti favorevoli, 1 contrario (Comune di X) e 2 astenuti (...)."
 * It phrases the counts it is given: check the tally (validateDecision) before calling it.
 */
export function decisionSentence(input: DecisionPhrasingInput): string {
  const { decision } = input;
  const body = bodySubject(input.bodyKind);
  const subject = cleanSubject(decision.subject);

  if (decision.kind === 'noVote') return 'Il punto non è oggetto di votazione.';
  if (decision.kind === 'noted') return `${body} prende atto ${withDi(subject || 'quanto esposto')}.`;

  const isImmediate = decision.kind === 'vote' && decision.immediateEffect;
  if (input.outcome === 'tie') return tieSentence(input, isImmediate, subject);

  const votes = `con ${votesClause(input)}${notVotingClause(input)}`;
  const passed = input.outcome === 'approved' || input.outcome === 'noted';
  const rejected = input.outcome === 'rejected';

  if (isImmediate) {
    if (passed) return `${body} dichiara la deliberazione immediatamente eseguibile ${votes}.`;
    if (rejected) return `${body} respinge la proposta di immediata eseguibilità della deliberazione ${votes}.`;
    return `Posta in votazione l'immediata eseguibilità della deliberazione, si registrano ${votesClause(input)}${notVotingClause(input)}.`;
  }
  if (decision.kind === 'notedWithVote') {
    const what = withDi(subject || 'quanto esposto');
    if (passed) return `${body} prende atto ${what} ${votes}.`;
    if (rejected) return `${body} respinge la presa d'atto ${what} ${votes}.`;
    return `Posta in votazione la presa d'atto ${what}, si registrano ${votesClause(input)}${notVotingClause(input)}.`;
  }
  const what = subject || 'la proposta';
  if (input.outcome === 'approved') return `${body} approva ${what} ${votes}.`;
  if (rejected) return `${body} respinge ${what} ${votes}.`;
  return `Posta in votazione l'approvazione ${withDi(what)}, si registrano ${votesClause(input)}${notVotingClause(input)}.`;
}

/** "DECISIONE:" in bold, then the sentence. */
export function decisionRuns(input: DecisionPhrasingInput): TextRun[] {
  return [{ text: 'DECISIONE:', bold: true }, { text: ` ${decisionSentence(input)}` }];
}

function cleanSubject(subject: string): string {
  return subject.trim().replace(/\.+$/, '');
}

/**
 * "il voto favorevole dell'unanimità dei presenti", or the counts:
 * "11 voti favorevoli, 1 contrario (Comune di X) e 2 astenuti (Comune di Y e Comune di Z)".
 */
function votesClause(input: DecisionPhrasingInput): string {
  const { decision } = input;
  const counts = voteCounts(decision);
  if (decision.unanimous) {
    return counts.notVoting > 0 ? "il voto favorevole dell'unanimità dei votanti" : "il voto favorevole dell'unanimità dei presenti";
  }
  const parts: string[] = [];
  if (counts.favourable > 0) parts.push(favourableVotes(counts.favourable));
  if (counts.against > 0) {
    const count = counts.favourable > 0 ? againstCount(counts.against) : againstVotes(counts.against);
    parts.push(count + named(input.againstNames));
  }
  if (counts.abstained > 0) parts.push(abstainedCount(counts.abstained) + named(input.abstainedNames));
  if (parts.length === 0) return favourableVotes(0);
  return joinItalian(parts);
}

/** " (non partecipano al voto: Comune di X e Comune di Y)", or nothing. */
function notVotingClause(input: DecisionPhrasingInput): string {
  const count = voteCounts(input.decision).notVoting;
  if (count <= 0) return '';
  const verb = count === 1 ? 'non partecipa al voto' : 'non partecipano al voto';
  const who = input.notVotingNames.length > 0 ? joinItalian(input.notVotingNames) : membersCount(count);
  return ` (${verb}: ${who})`;
}

function named(names: readonly string[]): string {
  return names.length > 0 ? ` (${joinItalian(names)})` : '';
}

/**
 * A tied vote is rejected: "Posta in votazione l'approvazione del verbale ..., la proposta è respinta per parità di voti
 * (6 favorevoli e 6 contrari)." followed by who voted against, abstained, did not vote.
 */
function tieSentence(input: DecisionPhrasingInput, isImmediate: boolean, subject: string): string {
  const { decision } = input;
  const counts = voteCounts(decision);
  const what = isImmediate
    ? "l'immediata eseguibilità della deliberazione"
    : decision.kind === 'notedWithVote'
      ? `la presa d'atto ${withDi(subject || 'quanto esposto')}`
      : `l'approvazione ${withDi(subject || 'la proposta')}`;
  const figures = `${counts.favourable} ${counts.favourable === 1 ? 'favorevole' : 'favorevoli'} e ${againstCount(counts.against)}`;
  const sentences = [`Posta in votazione ${what}, la proposta è respinta per parità di voti (${figures}).`];
  if (input.againstNames.length > 0) {
    sentences.push(`${input.againstNames.length === 1 ? 'Vota contro' : 'Votano contro'}: ${joinItalian(input.againstNames)}.`);
  }
  if (counts.abstained > 0) {
    const who = input.abstainedNames.length > 0 ? joinItalian(input.abstainedNames) : abstainedCount(counts.abstained);
    sentences.push(`${counts.abstained === 1 ? 'Si astiene' : 'Si astengono'}: ${who}.`);
  }
  if (counts.notVoting > 0) {
    const who = input.notVotingNames.length > 0 ? joinItalian(input.notVotingNames) : membersCount(counts.notVoting);
    sentences.push(`${counts.notVoting === 1 ? 'Non partecipa al voto' : 'Non partecipano al voto'}: ${who}.`);
  }
  return sentences.join(' ');
}


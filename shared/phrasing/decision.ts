import type { BodyKind, Decision, Meeting } from '../model';
import { voteCounts, type CountedDecision } from '../rules/tally';
import type { OutcomeKind } from '../rules/types';
import { STANDARD_STYLE, sentence, type SentenceKind, type VerbaleStyle } from '../style';
import type { TextRun } from '../verbale/document';
import { withDi } from './articles';
import { bodyValues, type BodyNaming } from './body-values';
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
  /** The body's style (Standard when not given) and name. */
  style?: VerbaleStyle;
  body?: BodyNaming;
}

/**
 * What a decision's sentence needs, from the meeting: the members named become their entities, by seat or as
 * announced as the body's style says (the vote dialog, the timeline, the chair display and the verbale say the same
 * sentence).
 */
export function decisionPhrasing(meeting: Meeting, decision: DecisionPhrasingInput['decision'], outcome: OutcomeKind): DecisionPhrasingInput {
  const { style } = meeting.body;
  const members = new Map(meeting.body.members.map((member) => [member.id, member]));
  const entities = (ids: readonly string[]) => {
    const named = ids.map((id) => ({ id, member: members.get(id) }));
    if (style.namedOrder === 'seat') named.sort((a, b) => (a.member?.seat ?? Infinity) - (b.member?.seat ?? Infinity));
    return named.map(({ id, member }) => member?.entity ?? id);
  };
  return {
    bodyKind: meeting.body.kind,
    decision,
    outcome,
    againstNames: entities(decision.againstMemberIds),
    abstainedNames: entities(decision.abstainedMemberIds),
    notVotingNames: entities(decision.notVotingMemberIds),
    style,
    body: meeting.body,
  };
}

type Family = 'vote' | 'notedWithVote' | 'immediate';
type Result = 'Approved' | 'Rejected' | 'Undetermined' | 'Tie';

/**
 * The sentence of a decision, without the "DECISIONE:" label:
 * "L'Assemblea approva il verbale ... con 11 voti favorevoli, 1 contrario (Comune di X) e 2 astenuti (...)."
 * It phrases the counts it is given: check the tally (validateDecision) before calling it.
 */
export function decisionSentence(input: DecisionPhrasingInput): string {
  const { decision } = input;
  const style = input.style ?? STANDARD_STYLE;
  const subject = cleanSubject(decision.subject);
  const body = bodyValues({ ...input.body, kind: input.bodyKind });

  if (decision.kind === 'noVote') return sentence(style, 'noVote', body);
  const notedWhat = subject || 'quanto esposto';
  if (decision.kind === 'noted') return sentence(style, 'noted', { ...body, ...subjectValues(notedWhat) });

  const family: Family = decision.kind === 'vote' && decision.immediateEffect ? 'immediate' : decision.kind === 'notedWithVote' ? 'notedWithVote' : 'vote';
  const kind = `${family}${result(family, input.outcome)}` as SentenceKind & `${Family}${Result}`;
  const values = {
    ...body,
    ...subjectValues(family === 'notedWithVote' ? notedWhat : subject || 'la proposta'),
    voti: votesClause(input, style),
    non_votanti: notVotingClause(input, style),
    ...(input.outcome === 'tie' ? tieValues(input) : {}),
  };
  return sentence(style, kind, values);
}

function result(family: Family, outcome: OutcomeKind): Result {
  if (outcome === 'tie') return 'Tie';
  if (outcome === 'rejected') return 'Rejected';
  // A plain vote is approved only by an approval; a presa d'atto or eseguibilità also by a «noted» outcome.
  if (outcome === 'approved' || (family !== 'vote' && outcome === 'noted')) return 'Approved';
  return 'Undetermined';
}

/** The sentence, after the style's label («DECISIONE:» in bold) when `withLabel`. */
export function decisionRuns(input: DecisionPhrasingInput, withLabel = true): TextRun[] {
  const text = decisionSentence(input);
  // A style may give a no-vote item no sentence: then no label either.
  if (!text) return [];
  const label = withLabel ? sentence(input.style ?? STANDARD_STYLE, 'decisionLabel', {}) : '';
  return label ? [{ text: label, bold: true }, { text: ` ${text}` }] : [{ text }];
}

function cleanSubject(subject: string): string {
  return subject.trim().replace(/\.+$/, '');
}

function subjectValues(what: string) {
  const { ending, plural } = agreement(what);
  return { oggetto: what, di_oggetto: withDi(what), viene: plural ? 'vengono' : 'viene', approvato: `approvat${ending}`, respinto: `respint${ending}` };
}

/** Gender and number read from the subject's article: «la delibera» approvata, «i verbali» approvati (masculine singular otherwise). */
function agreement(subject: string): { ending: 'o' | 'a' | 'i' | 'e'; plural: boolean } {
  const article = /^(la|una|le|i|gli)\s/i.exec(subject.trim())?.[1]?.toLowerCase();
  if (article === 'la' || article === 'una') return { ending: 'a', plural: false };
  if (article === 'le') return { ending: 'e', plural: true };
  if (article === 'i' || article === 'gli') return { ending: 'i', plural: true };
  return { ending: 'o', plural: false };
}

/**
 * "il voto favorevole dell'unanimità dei presenti", or the counts:
 * "11 voti favorevoli, 1 contrario (Comune di X) e 2 astenuti (Comune di Y e Comune di Z)".
 */
function votesClause(input: DecisionPhrasingInput, style: VerbaleStyle): string {
  const { decision } = input;
  const counts = voteCounts(decision);
  if (decision.unanimous) return sentence(style, counts.notVoting > 0 ? 'votesUnanimousVoting' : 'votesUnanimousPresent', {});
  const parts: string[] = [];
  if (counts.favourable > 0) parts.push(sentence(style, 'votesFavourable', { voti_favorevoli: favourableVotes(counts.favourable) }));
  if (counts.against > 0) {
    const contrari = counts.favourable > 0 ? againstCount(counts.against) : againstVotes(counts.against);
    parts.push(sentence(style, 'votesAgainst', { contrari, nomi: joinItalian(input.againstNames) }));
  }
  if (counts.abstained > 0) parts.push(sentence(style, 'votesAbstained', { astenuti: abstainedCount(counts.abstained), nomi: joinItalian(input.abstainedNames) }));
  if (parts.length === 0) return sentence(style, 'votesFavourable', { voti_favorevoli: favourableVotes(0) });
  return joinItalian(parts.filter(Boolean));
}

/** "non partecipano al voto: Comune di X e Comune di Y", or nothing. */
function notVotingClause(input: DecisionPhrasingInput, style: VerbaleStyle): string {
  const count = voteCounts(input.decision).notVoting;
  if (count <= 0) return '';
  return sentence(style, 'votesNotVoting', {
    non_partecipano: count === 1 ? 'non partecipa al voto' : 'non partecipano al voto',
    chi: input.notVotingNames.length > 0 ? joinItalian(input.notVotingNames) : membersCount(count),
  });
}

/**
 * A tied vote is rejected: "Posta in votazione l'approvazione del verbale ..., la proposta è respinta per parità di voti
 * (6 favorevoli e 6 contrari)." followed by who voted against, abstained, did not vote.
 */
function tieValues(input: DecisionPhrasingInput) {
  const counts = voteCounts(input.decision);
  const against = input.againstNames;
  const abstained = input.abstainedNames.length > 0 ? joinItalian(input.abstainedNames) : abstainedCount(counts.abstained);
  const notVoting = input.notVotingNames.length > 0 ? joinItalian(input.notVotingNames) : membersCount(counts.notVoting);
  return {
    parita: `${counts.favourable} ${counts.favourable === 1 ? 'favorevole' : 'favorevoli'} e ${againstCount(counts.against)}`,
    contrari_nominati: against.length > 0 ? `${against.length === 1 ? 'Vota contro' : 'Votano contro'}: ${joinItalian(against)}` : '',
    astenuti_nominati: counts.abstained > 0 ? `${counts.abstained === 1 ? 'Si astiene' : 'Si astengono'}: ${abstained}` : '',
    non_votanti_nominati: counts.notVoting > 0 ? `${counts.notVoting === 1 ? 'Non partecipa al voto' : 'Non partecipano al voto'}: ${notVoting}` : '',
  };
}

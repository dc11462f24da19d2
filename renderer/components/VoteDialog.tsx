import { useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Decision, DecisionKind, Meeting, TimelinePosition } from '../../shared/model';
import { OUTCOME_LABEL, decisionPhrasing, decisionSentence } from '../../shared/phrasing';
import { decisionOutcome, evaluateQuorum, fillUnanimity, isVotedKind, presenceAt, validateDecision } from '../../shared/rules';
import { VOTE_SHORTCUTS } from '../app/shortcuts';
import { memberById, pickMember } from '../lib/people';
import { whyNotNamed } from '../lib/vote-refusal';
import { MemberListPicker } from './MemberListPicker';
import { Modal } from './Modal';

export type DecisionInput = Omit<Decision, 'id'>;

interface Props {
  meeting: Meeting;
  /** Where the decision is (or will be): presence is counted just before it. */
  position: TimelinePosition;
  initial?: Decision;
  startUnanimous?: boolean;
  /** Opened as a presa d'atto (Alt+T): the subject first, Alt+U to take it note by a unanimous vote. */
  startNoted?: boolean;
  onSubmit(decision: DecisionInput): Promise<boolean>;
  onClose(): void;
}

const KIND_LABEL: Record<DecisionKind, string> = {
  vote: 'Votazione (approva / respinge)',
  notedWithVote: 'Presa d\'atto con votazione',
  noted: 'Presa d\'atto senza votazione',
  noVote: 'Non oggetto di votazione',
};

/**
 * The vote: unanimity in one key, or counts with named contrari, astenuti and non votanti picked from those present.
 * The tally is checked against presence as she types, and the exact sentence of the verbale is shown.
 */
export function VoteDialog({ meeting, position, initial, startUnanimous, startNoted, onSubmit, onClose }: Props) {
  const [kind, setKind] = useState<DecisionKind>(initial?.kind ?? (startNoted ? 'noted' : 'vote'));
  const [subject, setSubject] = useState(initial?.subject ?? '');
  const [immediateEffect, setImmediateEffect] = useState(initial?.immediateEffect ?? false);
  const [unanimous, setUnanimous] = useState(initial?.unanimous ?? Boolean(startUnanimous));
  const [favourableText, setFavourableText] = useState<string | null>(initial && !initial.unanimous ? String(initial.favourable) : null);
  const [againstIds, setAgainstIds] = useState<readonly string[]>(initial?.againstMemberIds ?? []);
  const [abstainedIds, setAbstainedIds] = useState<readonly string[]>(initial?.abstainedMemberIds ?? []);
  const [notVotingIds, setNotVotingIds] = useState<readonly string[]>(initial?.notVotingMemberIds ?? []);
  const [saving, setSaving] = useState(false);
  const submitRef = useRef<HTMLButtonElement>(null);
  const favourableRef = useRef<HTMLInputElement>(null);
  const againstRef = useRef<HTMLInputElement>(null);
  const abstainedRef = useRef<HTMLInputElement>(null);
  const notVotingRef = useRef<HTMLInputElement>(null);
  const subjectRef = useRef<HTMLTextAreaElement>(null);

  const snapshot = useMemo(() => presenceAt(meeting, { itemIndex: position.itemIndex, entryIndex: position.entryIndex }), [meeting, position.itemIndex, position.entryIndex]);
  const quorum = useMemo(() => evaluateQuorum(meeting, snapshot), [meeting, snapshot]);
  const members = useMemo(() => memberById(meeting), [meeting]);
  const present = snapshot.presentIds.length;
  const voted = isVotedKind(kind);
  const named = againstIds.length + abstainedIds.length + notVotingIds.length;
  const autoFavourable = Math.max(0, present - named);
  const favourable = favourableText === null ? autoFavourable : Number(favourableText);

  const decision: Decision = useMemo(() => {
    const base: Decision = {
      id: initial?.id ?? 'anteprima',
      type: 'decision',
      kind,
      subject,
      immediateEffect: kind === 'vote' && immediateEffect,
      unanimous: voted && unanimous,
      favourable: voted && !unanimous ? (Number.isFinite(favourable) ? favourable : -1) : 0,
      againstMemberIds: voted && !unanimous ? againstIds : [],
      abstainedMemberIds: voted && !unanimous ? abstainedIds : [],
      notVotingMemberIds: voted && !unanimous ? notVotingIds : [],
    };
    return base.unanimous ? fillUnanimity(base, snapshot) : base;
  }, [initial?.id, kind, subject, immediateEffect, voted, unanimous, favourable, againstIds, abstainedIds, notVotingIds, snapshot]);

  const badNumber = voted && !unanimous && (!Number.isInteger(favourable) || favourable < 0);
  const problems = useMemo(
    () => (badNumber ? [{ code: 'BAD', message: 'Voti favorevoli: scrivere un numero intero (0 o più).' }] : validateDecision(meeting, decision, snapshot)),
    [badNumber, meeting, decision, snapshot],
  );
  const outcome = useMemo(() => (problems.length ? null : decisionOutcome(meeting, decision, snapshot)), [problems, meeting, decision, snapshot]);
  const sentence = outcome ? decisionSentence(decisionPhrasing(meeting, decision, outcome.outcome)) : null;

  const presentMembers = snapshot.presentIds.map((id) => members.get(id)).filter((m) => m !== undefined);
  const candidatesFor = (own: readonly string[]) => {
    const taken = new Set([...againstIds, ...abstainedIds, ...notVotingIds].filter((id) => !own.includes(id)));
    return presentMembers.filter((m) => !taken.has(m.id) && !own.includes(m.id));
  };
  const pick = (ids: readonly string[]) => ids.map((id) => members.get(id)).filter((m) => m !== undefined);

  async function submit() {
    if (problems.length > 0 || saving) return;
    setSaving(true);
    const { id: _id, ...input } = decision;
    const ok = await onSubmit(input);
    setSaving(false);
    if (ok) onClose();
  }

  function chooseUnanimity() {
    // flushSync renders now, so focus moves before the next keystroke arrives (a timer could let it fall elsewhere).
    flushSync(() => {
      // A presa d'atto taken by a unanimous vote stays a presa d'atto.
      setKind((k) => (isVotedKind(k) ? k : k === 'noted' && meeting.body.rules.votes ? 'notedWithVote' : 'vote'));
      setUnanimous(true);
    });
    submitRef.current?.focus();
  }

  function chooseKind(next: DecisionKind, focus: React.RefObject<HTMLElement | null>) {
    flushSync(() => setKind(next));
    focus.current?.focus();
  }

  const whyNot = (query: string) => {
    const member = pickMember(meeting.body.members, query);
    if (!member) return `Nessun componente corrisponde a «${query}».`;
    return whyNotNamed(meeting, position, member, { against: againstIds, abstained: abstainedIds, notVoting: notVotingIds });
  };

  // On the window, so the keys work even when focus fell on the page (e.g. after a button disappeared).
  const keyHandler = useRef<(event: KeyboardEvent) => void>(() => undefined);
  keyHandler.current = onKeyDown;
  useEffect(() => {
    const listener = (event: KeyboardEvent) => keyHandler.current(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
      return;
    }
    if (!event.altKey) return;
    const focusCounts = (ref: React.RefObject<HTMLInputElement | null>) => {
      flushSync(() => setUnanimous(false));
      ref.current?.focus();
    };
    const actions: Record<string, () => void> = {
      KeyU: chooseUnanimity,
      KeyF: () => focusCounts(favourableRef),
      KeyC: () => focusCounts(againstRef),
      KeyA: () => focusCounts(abstainedRef),
      KeyP: () => focusCounts(notVotingRef),
      KeyO: () => subjectRef.current?.focus(),
      KeyT: () => chooseKind('noted', subjectRef),
      KeyN: () => chooseKind('noVote', submitRef),
    };
    const action = actions[event.code];
    if (action) {
      event.preventDefault();
      action();
    }
  }

  return (
    <Modal title={initial ? 'Modifica decisione' : 'Votazione'} onClose={onClose} wide testId="vote-dialog">
      <div className="vote">
        <p className="vote__presence" data-testid="vote-presence">
          Presenti al momento del voto: <strong>{present}</strong> su {snapshot.members.length}
          {' · '}
          {quorum.holds ? 'quorum raggiunto' : <span className="problem-inline">quorum non raggiunto: {quorum.missing.join(', ')}</span>}
        </p>
        <div className="form-grid">
          <label className="span-2">
            <span>
              Tipo di decisione <span className="muted small">(Alt+T presa d&apos;atto · Alt+N non oggetto di votazione)</span>
            </span>
            <select value={kind} onChange={(e) => setKind(e.target.value as DecisionKind)} data-testid="vote-kind">
              {(Object.keys(KIND_LABEL) as DecisionKind[]).map((k) => (
                <option key={k} value={k} disabled={!meeting.body.rules.votes && isVotedKind(k)}>
                  {KIND_LABEL[k]}
                </option>
              ))}
            </select>
          </label>
          {kind === 'vote' && (
            <label className="checkbox">
              <input type="checkbox" checked={immediateEffect} onChange={(e) => setImmediateEffect(e.target.checked)} />
              Immediata eseguibilità
            </label>
          )}
        </div>
        {kind !== 'noVote' && (
          <label>
            Oggetto (completa «approva …» / «prende atto di …») <kbd>Alt+O</kbd>
            <textarea
              ref={subjectRef}
              rows={2}
              value={subject}
              onChange={(e) => setSubject(e.target.value)}
              placeholder={kind === 'vote' ? 'il verbale della seduta del 5 marzo 2025' : 'la relazione sull\'attività del Piano'}
              data-testid="vote-subject"
              data-autofocus={startUnanimous ? undefined : true}
            />
          </label>
        )}
        {voted && (
          <fieldset className="stack">
            <legend>Esito del voto</legend>
            <label className="checkbox checkbox--big">
              <input type="checkbox" checked={unanimous} onChange={(e) => (e.target.checked ? chooseUnanimity() : setUnanimous(false))} data-testid="vote-unanimous" />
              Unanimità dei presenti <kbd>Alt+U</kbd>
            </label>
            {!unanimous && (
              <div className="vote__counts">
                <label>
                  Favorevoli <kbd>Alt+F</kbd>
                  <input
                    ref={favourableRef}
                    type="number"
                    min={0}
                    inputMode="numeric"
                    value={favourableText ?? String(autoFavourable)}
                    onChange={(e) => setFavourableText(e.target.value)}
                    data-testid="vote-favourable"
                  />
                  {favourableText !== null && (
                    <button
                      type="button"
                      className="button--quiet"
                      onClick={() => {
                        setFavourableText(null);
                        favourableRef.current?.focus();
                      }}
                    >
                      Calcola dai presenti ({autoFavourable})
                    </button>
                  )}
                </label>
                <MemberListPicker ref={againstRef} label="Contrari (Alt+C)" candidates={candidatesFor(againstIds)} picked={pick(againstIds)} onChange={setAgainstIds} whyNot={whyNot} testId="vote-against" />
                <MemberListPicker ref={abstainedRef} label="Astenuti (Alt+A)" candidates={candidatesFor(abstainedIds)} picked={pick(abstainedIds)} onChange={setAbstainedIds} whyNot={whyNot} testId="vote-abstained" />
                <MemberListPicker ref={notVotingRef} label="Presenti non votanti (Alt+P)" candidates={candidatesFor(notVotingIds)} picked={pick(notVotingIds)} onChange={setNotVotingIds} whyNot={whyNot} testId="vote-notvoting" />
              </div>
            )}
          </fieldset>
        )}
        <div className="vote__result" aria-live="polite">
          {problems.length > 0 ? (
            <div className="problems" role="alert" data-testid="vote-problems">
              <strong>Il conteggio non torna:</strong>
              <ul>
                {problems.map((p, i) => (
                  <li key={i}>{p.message}</li>
                ))}
              </ul>
            </div>
          ) : (
            <>
              <p className="vote__outcome" data-testid="vote-outcome">
                {voted ? 'Esito: ' : ''}
                <strong>{outcome ? outcomeCaption(kind, outcome.outcome) : ''}</strong>
                {outcome?.reckonings.map((r) => (
                  <span key={r.dimension} className="muted">
                    {' '}
                    · {r.dimension === 'heads' ? 'per componenti' : 'per popolazione'}: {r.text}
                  </span>
                ))}
              </p>
              <p className="vote__sentence" data-testid="vote-sentence">
                <strong>DECISIONE:</strong> {sentence}
              </p>
            </>
          )}
        </div>
        <div className="form-actions">
          <button ref={submitRef} type="button" className="button--primary" data-autofocus={startUnanimous ? true : undefined} disabled={problems.length > 0 || saving} onClick={() => void submit()} data-testid="vote-submit">
            Registra decisione <kbd>Ctrl+Invio</kbd>
          </button>
          <button type="button" onClick={onClose}>
            Annulla <kbd>Esc</kbd>
          </button>
        </div>
        <p className="muted small">{VOTE_SHORTCUTS.map((s) => `${s.label} ${s.description.toLowerCase()}`).join(' · ')}</p>
      </div>
    </Modal>
  );
}

/** A presa d'atto taken by a vote that passes is a presa d'atto, not an approval. */
function outcomeCaption(kind: DecisionKind, outcome: keyof typeof OUTCOME_LABEL): string {
  return kind === 'notedWithVote' && outcome === 'approved' ? OUTCOME_LABEL.noted : OUTCOME_LABEL[outcome];
}

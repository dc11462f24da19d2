import { forwardRef, useId, useState, type KeyboardEvent } from 'react';
import type { Member } from '../../shared/model';
import { matchMembers, pickMember } from '../lib/people';

interface Props {
  label: string;
  /** Members that may be picked (present and not named elsewhere). */
  candidates: Member[];
  picked: Member[];
  onChange(ids: string[]): void;
  /** Why what she typed names no candidate, said beside the field. */
  whyNot(query: string): string;
  testId: string;
}

/** Names members by seat number or name: type "7" or "ponte", Enter adds; each chip can be removed. */
export const MemberListPicker = forwardRef<HTMLInputElement, Props>(function MemberListPicker({ label, candidates, picked, onChange, whyNot, testId }, ref) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const suggestions = query.trim() ? matchMembers(candidates, query) : [];
  const pickedIds = picked.map((m) => m.id);

  function add(member: Member | undefined) {
    if (!member) return;
    onChange([...pickedIds, member.id]);
    setQuery('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' && query.trim() && !event.ctrlKey) {
      event.preventDefault();
      const member = pickMember(candidates, query) ?? suggestions[0];
      if (member) add(member);
      else setRefusal(whyNot(query.trim()));
    } else if (event.key === 'Backspace' && !query && picked.length > 0) {
      onChange(pickedIds.slice(0, -1));
    }
  }

  return (
    <div className="member-picker" data-testid={testId}>
      <label htmlFor={id}>
        {label}: <strong>{picked.length}</strong>
      </label>
      <div className="chips">
        {picked.map((m) => (
          <span className="chip" key={m.id}>
            {m.seat}. {m.entity}
            <button type="button" className="chip__remove" aria-label={`Togli ${m.entity} da ${label.toLowerCase()}`} onClick={() => onChange(pickedIds.filter((x) => x !== m.id))}>
              ✕
            </button>
          </span>
        ))}
        <input
          ref={ref}
          id={id}
          value={query}
          autoComplete="off"
          placeholder="n. d'ordine o nome, poi Invio"
          onChange={(e) => {
            setQuery(e.target.value);
            setRefusal(null);
          }}
          onKeyDown={onKeyDown}
          aria-describedby={`${id}-hint`}
        />
      </div>
      {refusal && (
        <p className="problem-inline" role="alert" data-testid={`${testId}-refusal`}>
          {refusal}
        </p>
      )}
      <span id={`${id}-hint`} className="sr-only">
        Scrivi il numero d&apos;ordine o il nome dell&apos;ente e premi Invio per aggiungerlo.
      </span>
      {suggestions.length > 0 && (
        <ul className="suggestions" aria-label={`Suggerimenti per ${label.toLowerCase()}`}>
          {suggestions.map((m) => (
            <li key={m.id}>
              <button type="button" className="button--quiet" onClick={() => add(m)}>
                {m.seat}. {m.entity} <span className="muted">{m.representative.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});

import { forwardRef, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { filterSpeakers } from '../lib/people';
import type { Choice } from '../lib/tavolo-options';
import { ComboboxOption } from './ComboboxOption';

interface Props {
  label: string;
  choices: Choice<unknown>[];
  /** The keys chosen: one at most unless `multiple`. */
  picked: string[];
  multiple?: boolean;
  onChange(keys: string[]): void;
  /** After a choice in a single field: where typing goes on. */
  onPicked?(): void;
  /** Keys offered first among equal matches (those present at the session). */
  preferred?: string[];
  placeholder: string;
  testId: string;
  autoFocus?: boolean;
}

/**
 * Type-ahead over a tavolo's organisations or people (ARIA combobox, as the speaker field): type, ↑ ↓, Enter chooses.
 * With `multiple` each choice becomes a chip; Backspace in the empty field takes the last one away.
 */
export const OptionSearch = forwardRef<HTMLInputElement, Props>(function OptionSearch(
  { label, choices, picked, multiple = false, onChange, onPicked, preferred = [], placeholder, testId, autoFocus },
  ref,
) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const chosen = picked.flatMap((key) => choices.filter((choice) => choice.key === key));
  const matches = useMemo(() => {
    const candidates = multiple ? choices.filter((choice) => !picked.includes(choice.key)) : choices;
    return filterSpeakers(candidates, query, 8, preferred);
  }, [choices, multiple, picked, query, preferred]);

  function choose(choice: Choice<unknown>) {
    onChange(multiple ? [...picked, choice.key] : [choice.key]);
    setQuery('');
    setOpen(false);
    if (!multiple) onPicked?.();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(0);
      } else setActive((a) => Math.min(a + 1, matches.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      const choice = open || query.trim() ? matches[open ? active : 0] : undefined;
      if (!choice) return;
      event.preventDefault();
      choose(choice);
    } else if (event.key === 'Backspace' && !query && multiple && picked.length > 0) {
      onChange(picked.slice(0, -1));
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  }

  const listId = `${id}-list`;
  const shown = open && matches.length > 0;
  return (
    <div className="combobox" data-testid={testId}>
      <label htmlFor={`${id}-input`}>
        {label}
        {!multiple && chosen[0] && (
          <>
            : <strong data-testid={`${testId}-chosen`}>{chosen[0].name}</strong> <span className="muted">({chosen[0].detail})</span>
          </>
        )}
      </label>
      <div className={multiple ? 'chips' : undefined}>
        {multiple &&
          chosen.map((choice) => (
            <span className="chip" key={choice.key} data-testid={`${testId}-chip`}>
              {choice.name}
              <button type="button" className="chip__remove" aria-label={`Togli ${choice.name}`} onClick={() => onChange(picked.filter((key) => key !== choice.key))}>
                ✕
              </button>
            </span>
          ))}
        <input
          ref={ref}
          id={`${id}-input`}
          role="combobox"
          aria-expanded={shown}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={shown ? `${id}-opt-${active}` : undefined}
          autoComplete="off"
          placeholder={placeholder}
          value={query}
          data-autofocus={autoFocus ? true : undefined}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
          data-testid={`${testId}-input`}
        />
      </div>
      {shown && (
        <ul id={listId} role="listbox" className="combobox__list" aria-label={label}>
          {matches.map((choice, i) => (
            <ComboboxOption key={choice.key} id={`${id}-opt-${i}`} active={i === active} onChoose={() => choose(choice)}>
              <strong>{choice.name}</strong> <span className="muted">{choice.detail}</span>
            </ComboboxOption>
          ))}
        </ul>
      )}
    </div>
  );
});

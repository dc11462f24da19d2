import { forwardRef, memo, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Meeting } from '../../shared/model';
import { filterSpeakers } from '../lib/people';
import { attendingKeys, composerKey, composerOptions, recentComposerKeys, type ComposerOption, type ComposerSpeaker } from '../lib/tavolo-options';
import { ComboboxOption } from './ComboboxOption';

interface Props {
  meeting: Meeting;
  value: ComposerSpeaker | null;
  onPick(speaker: ComposerSpeaker): void;
  /** The typed text matches no one: offer to add a guest with that name. */
  onNewGuest(name: string): void;
}

/**
 * Type-ahead over members' representatives, participants, guests and the minute-taker, by name, office, role, entity or
 * seat (ARIA combobox); at a tavolo also the organisations' representatives, by organisation, those present first. In the
 * empty field Enter picks the last speaker again (one key) and ↓ opens the recent speakers, the last one first.
 */
export const SpeakerPicker = memo(
  forwardRef<HTMLInputElement, Props>(function SpeakerPicker({ meeting, value, onPick, onNewGuest }, ref) {
  const listId = useId();
  const options = useMemo(() => composerOptions(meeting), [meeting]);
  const selected = value ? options.find((o) => o.key === composerKey(value)) : undefined;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const recent = useMemo(() => recentComposerKeys(meeting), [meeting]);
  const preferred = useMemo(() => [...recent, ...attendingKeys(meeting)], [recent, meeting]);
  const matches = useMemo(
    () => (query.trim() ? filterSpeakers(options, query, 8, preferred) : recent.flatMap((key) => options.filter((o) => o.key === key))),
    [options, query, recent, preferred],
  );
  const newGuestIndex = query.trim() ? matches.length : -1;
  const count = matches.length + (newGuestIndex >= 0 ? 1 : 0);

  function choose(option: ComposerOption) {
    onPick(option.speaker);
    setQuery('');
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(0);
      } else setActive((a) => Math.min(a + 1, count - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter') {
      if (!query.trim() && matches.length === 0 && !selected) return;
      event.preventDefault();
      // Closed and empty: the chosen speaker stays (Enter goes on to the text), else the last one is chosen again.
      const option = open ? matches[active] : query.trim() || !selected ? matches[0] : selected;
      if (option) choose(option);
      else if (active === newGuestIndex) {
        onNewGuest(query.trim());
        setQuery('');
        setOpen(false);
      }
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  }

  const activeId = open && count > 0 ? `${listId}-opt-${active}` : undefined;
  const last = query.trim() ? undefined : matches[0];
  const recentHint = !selected && last ? `Invio: ${last.name} di nuovo; ↓ ultimi oratori` : '↓ ultimi oratori';
  return (
    <div className="combobox">
      <label htmlFor={`${listId}-input`}>
        Oratore{selected ? ':' : ''} {selected && <strong data-testid="speaker-selected">{selected.name}</strong>}
        {selected && <span className="muted"> ({selected.detail})</span>}
      </label>
      <input
        ref={ref}
        id={`${listId}-input`}
        role="combobox"
        aria-expanded={open}
        aria-controls={`${listId}-list`}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        autoComplete="off"
        placeholder={placeholder(Boolean(meeting.body.tavolo), Boolean(selected), recentHint)}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(query.length > 0)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        data-testid="speaker-input"
      />
      {open && count > 0 && (
        <ul id={`${listId}-list`} role="listbox" className="combobox__list" aria-label={query.trim() ? 'Oratori' : 'Ultimi oratori'}>
          {matches.map((o, i) => (
            <ComboboxOption key={o.key} id={`${listId}-opt-${i}`} active={i === active} onChoose={() => choose(o)}>
              <strong>{o.name}</strong> <span className="muted">{o.detail}</span>
            </ComboboxOption>
          ))}
          {newGuestIndex >= 0 && (
            <ComboboxOption
              id={`${listId}-opt-${newGuestIndex}`}
              active={active === newGuestIndex}
              onChoose={() => {
                onNewGuest(query.trim());
                setQuery('');
                setOpen(false);
              }}
            >
              + Nuovo ospite: «{query.trim()}»
            </ComboboxOption>
          )}
        </ul>
      )}
    </div>
  );
}),
);

function placeholder(tavolo: boolean, selected: boolean, recentHint: string): string {
  if (tavolo) return `${selected ? 'Cambia: nome' : 'Nome'}, ruolo o organizzazione (${recentHint})`;
  return selected ? `Cambia oratore: nome, carica, ente o numero (${recentHint})` : `Nome, carica, ente o numero d'ordine (${recentHint})`;
}

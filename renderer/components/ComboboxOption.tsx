import type { ReactNode } from 'react';

/** One option of a type-ahead's listbox: a click chooses it without taking the focus from the field. */
export function ComboboxOption({ id, active, onChoose, children }: { id: string; active: boolean; onChoose(): void; children: ReactNode }) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className={active ? 'is-active' : undefined}
      onMouseDown={(e) => {
        e.preventDefault();
        onChoose();
      }}
    >
      {children}
    </li>
  );
}

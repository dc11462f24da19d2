import { useEffect, useRef } from 'react';

/** Every keyboard shortcut of the live screen, as shown in the UI and the help panel. */
export interface ShortcutDef {
  id: ShortcutId;
  /** KeyboardEvent.code, so the shortcut works whatever the layout prints for Alt+key. */
  code: string;
  alt: boolean;
  ctrl?: boolean;
  label: string;
  description: string;
  /** Only at an Assemblea (a tavolo neither votes nor records movements), or only at a tavolo; unset: both. */
  scope?: 'assemblea' | 'tavolo';
}

export type ShortcutId =
  | 'newStatement'
  | 'searchSpeaker'
  | 'arrival'
  | 'departure'
  | 'vote'
  | 'unanimity'
  | 'nextItem'
  | 'previousItem'
  | 'undo'
  | 'redo'
  | 'noted'
  | 'note'
  | 'agreement'
  | 'divergence'
  | 'commitment'
  | 'writtenContribution'
  | 'help';

export const SHORTCUTS: ShortcutDef[] = [
  { id: 'newStatement', code: 'KeyN', alt: true, label: 'Alt+N', description: 'Nuovo intervento (scegli l\'oratore; Invio nel campo vuoto: l\'ultimo oratore di nuovo). A un tavolo, detto dal rappresentante di un\'organizzazione, è il suo contributo' },
  { id: 'searchSpeaker', code: 'KeyS', alt: true, label: 'Alt+S', description: 'Cerca oratore' },
  { id: 'arrival', code: 'KeyA', alt: true, label: 'Alt+A', description: 'Arrivo di un componente (ora attuale)', scope: 'assemblea' },
  { id: 'departure', code: 'KeyE', alt: true, label: 'Alt+E', description: 'Uscita di un componente (ora attuale)', scope: 'assemblea' },
  { id: 'vote', code: 'KeyV', alt: true, label: 'Alt+V', description: 'Votazione / decisione', scope: 'assemblea' },
  { id: 'unanimity', code: 'KeyU', alt: true, label: 'Alt+U', description: 'Votazione all\'unanimità (poi Invio)', scope: 'assemblea' },
  { id: 'nextItem', code: 'PageDown', alt: true, label: 'Alt+PagGiù', description: 'Punto successivo' },
  { id: 'previousItem', code: 'PageUp', alt: true, label: 'Alt+PagSu', description: 'Punto precedente' },
  { id: 'undo', code: 'KeyZ', alt: true, label: 'Alt+Z', description: 'Annulla l\'ultima azione' },
  { id: 'redo', code: 'KeyY', alt: true, label: 'Alt+Y', description: 'Ripeti l\'azione annullata' },
  { id: 'noted', code: 'KeyT', alt: true, label: 'Alt+T', description: 'Presa d\'atto (poi Ctrl+Invio; Alt+U se si vota all\'unanimità)', scope: 'assemblea' },
  { id: 'note', code: 'KeyO', alt: true, label: 'Alt+O', description: 'Nota libera nel verbale' },
  { id: 'agreement', code: 'KeyP', alt: true, label: 'Alt+P', description: 'Punto condiviso dal tavolo (poi Ctrl+Invio)', scope: 'tavolo' },
  { id: 'divergence', code: 'KeyD', alt: true, label: 'Alt+D', description: 'Posizione divergente e le organizzazioni che la sostengono', scope: 'tavolo' },
  { id: 'commitment', code: 'KeyI', alt: true, label: 'Alt+I', description: 'Impegno: chi (organizzazione o Ufficio di Piano), che cosa, entro quando', scope: 'tavolo' },
  { id: 'writtenContribution', code: 'KeyC', alt: true, label: 'Alt+C', description: 'Contributo scritto ricevuto da un\'organizzazione', scope: 'tavolo' },
  { id: 'help', code: 'F1', alt: false, label: 'F1', description: 'Mostra o nasconde le scorciatoie' },
];

/** Shortcuts inside the vote dialog. */
export const VOTE_SHORTCUTS = [
  { label: 'Alt+U', description: 'Unanimità dei presenti' },
  { label: 'Alt+F', description: 'Voti favorevoli' },
  { label: 'Alt+C', description: 'Contrari (numero d\'ordine o nome, poi Invio)' },
  { label: 'Alt+A', description: 'Astenuti (numero d\'ordine o nome, poi Invio)' },
  { label: 'Alt+P', description: 'Presenti che non votano' },
  { label: 'Alt+T', description: 'Presa d\'atto' },
  { label: 'Alt+N', description: 'Non oggetto di votazione' },
  { label: 'Ctrl+Invio', description: 'Registra la decisione' },
  { label: 'Esc', description: 'Annulla' },
] as const;

/** Inside the dialog of a tavolo entry. */
export const TAVOLO_ENTRY_SHORTCUTS = [
  { label: '↑ ↓ Invio', description: 'Sceglie tra le organizzazioni o le persone trovate' },
  { label: 'Backspace', description: 'Nel campo vuoto toglie l\'ultima organizzazione scelta' },
  { label: 'Ctrl+Invio', description: 'Registra' },
  { label: 'Esc', description: 'Annulla' },
] as const;

/** The shortcuts that act at this kind of meeting: a tavolo's own ones only at a tavolo, the Assemblea's only elsewhere. */
export function shortcutApplies(id: ShortcutId, tavolo: boolean): boolean {
  const scope = SHORTCUTS.find((s) => s.id === id)?.scope;
  return scope === undefined || scope === (tavolo ? 'tavolo' : 'assemblea');
}

export function shortcutLabel(id: ShortcutId): string {
  return SHORTCUTS.find((s) => s.id === id)?.label ?? '';
}

export function matchShortcut(event: KeyboardEvent): ShortcutId | null {
  for (const s of SHORTCUTS) {
    if (event.code === s.code && event.altKey === s.alt && event.ctrlKey === Boolean(s.ctrl) && !event.metaKey) return s.id;
  }
  return null;
}

/**
 * Listens for the shortcuts while `enabled` (a modal dialog disables them).
 * Handlers are read through a ref so the listener is registered once.
 */
export function useShortcuts(handlers: Partial<Record<ShortcutId, () => void>>, enabled = true): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      const id = matchShortcut(event);
      if (!id) return;
      const handler = ref.current[id];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}

import { useStatus } from '../store/status';

/** Always visible: "Salvato" / "Salvataggio…" / the error. */
export function SaveStatus() {
  const saving = useStatus((s) => s.saving);
  const error = useStatus((s) => s.error);
  const savedCount = useStatus((s) => s.savedCount);
  let text = savedCount > 0 ? 'Salvato' : 'Pronto';
  let tone = 'ok';
  if (saving > 0) {
    text = 'Salvataggio…';
    tone = 'busy';
  } else if (error) {
    text = 'Non salvato: errore';
    tone = 'error';
  }
  return (
    <div className={`save-status save-status--${tone}`} role="status" aria-live="polite" data-testid="save-status">
      {text}
    </div>
  );
}

import { useStatus } from '../store/status';

/** The last error in Italian, with the specific points to fix. */
export function ErrorBanner() {
  const error = useStatus((s) => s.error);
  const clear = useStatus((s) => s.clearError);
  if (!error) return null;
  return (
    <div className="error-banner" role="alert" data-testid="error-banner">
      <div>
        <strong>{error.message}</strong>
        {error.details.length > 0 && (
          <ul>
            {error.details.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        )}
      </div>
      <button type="button" className="button--quiet" onClick={clear}>
        Chiudi
      </button>
    </div>
  );
}

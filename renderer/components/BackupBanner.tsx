import { useEffect, useState } from 'react';
import type { BackupStatus } from '../../shared/api/backups';
import { formatTime } from '../../shared/phrasing';
import { read } from '../store/calls';
import { useStatus } from '../store/status';

/** A failed backup, in Italian, until a later one succeeds: asked again after every saved write (closing a meeting backs up). */
export function BackupBanner({ onRestore }: { onRestore(): void }) {
  const savedCount = useStatus((s) => s.savedCount);
  const [status, setStatus] = useState<BackupStatus | null>(null);
  useEffect(() => {
    void read('backups.status', {}).then(setStatus);
  }, [savedCount]);
  const failure = status?.lastFailure;
  if (!failure) return null;
  return (
    <div className="banner" role="alert" data-testid="backup-banner">
      <p>
        <strong>
          Copia di sicurezza non riuscita alle {formatTime(new Date(failure.at))}: {failure.reason}.
        </strong>{' '}
        {failure.message}
      </p>
      <button type="button" className="button--quiet" onClick={onRestore}>
        Ripristina da una copia di sicurezza
      </button>
    </div>
  );
}

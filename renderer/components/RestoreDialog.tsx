import { useEffect, useState } from 'react';
import type { BackupFile, RestoreOutcome } from '../../shared/api/backups';
import { formatDateWords, formatTime } from '../../shared/phrasing';
import { read, write } from '../store/calls';
import { Modal } from './Modal';

function sizeText(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return megabytes >= 1 ? `${megabytes.toLocaleString('it-IT', { maximumFractionDigits: 1 })} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function madeAt(backup: BackupFile): string {
  const date = new Date(backup.createdAt);
  return `${formatDateWords(date)} alle ${formatTime(date)}`;
}

/** «Ripristina da una copia di sicurezza»: the backups newest first, a confirmation, then the restore. */
export function RestoreDialog({ onClose }: { onClose(): void }) {
  const [backups, setBackups] = useState<BackupFile[] | null>(null);
  const [chosen, setChosen] = useState<BackupFile | null>(null);
  const [outcome, setOutcome] = useState<RestoreOutcome | null>(null);
  useEffect(() => {
    void read('backups.list', {}).then(setBackups);
  }, []);

  async function restore(backup: BackupFile) {
    const result = await write('backups.restore', { fileName: backup.fileName });
    if (result) setOutcome(result);
  }

  return (
    <Modal title="Ripristina da una copia di sicurezza" onClose={outcome ? () => window.location.reload() : onClose} testId="restore-dialog">
      {outcome ? (
        <div className="stack">
          <p role="status">
            Archivio ripristinato dalla copia del {madeAt(outcome.restored)}.
            {outcome.setAside && ` L’archivio sostituito è stato accantonato nella cartella dei dati come «${outcome.setAside}».`}
          </p>
          <button type="button" data-autofocus onClick={() => window.location.reload()}>
            Continua con l’archivio ripristinato
          </button>
        </div>
      ) : chosen ? (
        <div className="stack">
          <p>
            Ripristinare la copia del <strong>{madeAt(chosen)}</strong>? Quanto registrato dopo quel momento non sarà più nell’archivio: l’archivio attuale
            viene prima accantonato (non cancellato) nella cartella dei dati.
          </p>
          <div className="form-actions">
            <button type="button" data-autofocus onClick={() => void restore(chosen)}>
              Ripristina questa copia
            </button>
            <button type="button" className="button--quiet" onClick={() => setChosen(null)}>
              Annulla
            </button>
          </div>
        </div>
      ) : backups === null ? (
        <p>Caricamento delle copie…</p>
      ) : backups.length === 0 ? (
        <p>Nessuna copia di sicurezza nella cartella dei dati.</p>
      ) : (
        <ul className="plain-list" data-testid="backup-list">
          {backups.map((backup, index) => (
            <li key={backup.fileName}>
              <button type="button" className="button--quiet" {...(index === 0 ? { 'data-autofocus': true } : {})} onClick={() => setChosen(backup)}>
                {madeAt(backup)}
              </button>{' '}
              <span className="muted">
                {sizeText(backup.size)} · {backup.fileName}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Modal>
  );
}

import { useState } from 'react';
import type { LogView } from '../../shared/api/log';
import { SHORTCUTS, TAVOLO_ENTRY_SHORTCUTS, VOTE_SHORTCUTS } from '../app/shortcuts';
import { read } from '../store/calls';
import { Modal } from './Modal';

export function HelpPanel({ onClose }: { onClose(): void }) {
  return (
    <Modal title="Scorciatoie da tastiera" onClose={onClose} testId="help-panel">
      <h3>Seduta</h3>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.filter((s) => s.scope !== 'tavolo').map((s) => (
            <tr key={s.id}>
              <td>
                <kbd>{s.label}</kbd>
              </td>
              <td>
                {s.description}
                {s.scope === 'assemblea' && <span className="muted"> (non ai tavoli di co-programmazione)</span>}
              </td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>Ctrl+Invio</kbd>
            </td>
            <td>Registra l&apos;intervento scritto</td>
          </tr>
        </tbody>
      </table>
      <h3>Tavolo di co-programmazione</h3>
      <table className="shortcuts" data-testid="help-tavolo">
        <tbody>
          {SHORTCUTS.filter((s) => s.scope === 'tavolo').map((s) => (
            <tr key={s.id}>
              <td>
                <kbd>{s.label}</kbd>
              </td>
              <td>{s.description}</td>
            </tr>
          ))}
          {TAVOLO_ENTRY_SHORTCUTS.map((s) => (
            <tr key={s.label}>
              <td>
                <kbd>{s.label}</kbd>
              </td>
              <td>Nella finestra: {s.description.toLowerCase()}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Finestra di votazione</h3>
      <table className="shortcuts">
        <tbody>
          {VOTE_SHORTCUTS.map((s) => (
            <tr key={s.label}>
              <td>
                <kbd>{s.label}</kbd>
              </td>
              <td>{s.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <LogSection />
    </Modal>
  );
}

/** "Apri il registro": the app opens the log's folder; browser mode cannot, so it shows where the log is and its last lines. */
function LogSection() {
  const [shown, setShown] = useState<LogView | null>(null);
  return (
    <>
      <h3>Registro</h3>
      <p>Il registro annota operazioni ed errori con identificativi, codici e tempi, mai testi o nomi: serve a chi dà assistenza.</p>
      <button type="button" onClick={() => void read('logs.open', {}).then(setShown)}>
        Apri il registro
      </button>
      {shown?.openedFolder && (
        <p role="status">
          Aperta la cartella del registro: <code>{shown.path}</code>
        </p>
      )}
      {shown && !shown.openedFolder && (
        <div role="status" data-testid="log-lines">
          <p>
            Il registro è nel file <code>{shown.path}</code>. Ultime righe:
          </p>
          <pre className="log-lines">{shown.lastLines.join('\n')}</pre>
        </div>
      )}
    </>
  );
}

import { SHORTCUTS, VOTE_SHORTCUTS } from '../app/shortcuts';
import { Modal } from './Modal';

export function HelpPanel({ onClose }: { onClose(): void }) {
  return (
    <Modal title="Scorciatoie da tastiera" onClose={onClose} testId="help-panel">
      <h3>Seduta</h3>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.id}>
              <td>
                <kbd>{s.label}</kbd>
              </td>
              <td>{s.description}</td>
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
    </Modal>
  );
}

import type { MeetingSummary } from '../../shared/api/contract';
import { displayDate } from '../lib/format';
import { write } from '../store/calls';
import { Modal } from './Modal';

/** Asks before deleting a meeting in preparation; says what goes and that it cannot be undone. */
export function DeleteDraftDialog({ meeting, onClose, onDeleted }: { meeting: MeetingSummary; onClose(): void; onDeleted(): void }) {
  async function confirm() {
    const deleted = await write('meetings.delete', { meetingId: meeting.id });
    if (deleted) onDeleted();
  }
  return (
    <Modal title="Eliminare la seduta?" onClose={onClose} testId="delete-draft">
      <p>
        La seduta del {displayDate(meeting.date)} ({meeting.bodyName}) è in preparazione: verranno eliminati i suoi punti, l’appello e le
        bozze. Non si può annullare; il registro delle azioni ne conserva traccia.
      </p>
      <div className="form-actions">
        <button type="button" onClick={onClose} data-autofocus>
          Annulla
        </button>
        <button type="button" className="button--danger" onClick={() => void confirm()}>
          Elimina la seduta
        </button>
      </div>
    </Modal>
  );
}

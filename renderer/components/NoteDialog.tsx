import { useState } from 'react';
import { Modal } from './Modal';

/** A free note in the verbale (e.g. "La seduta è sospesa dalle 18:10 alle 18:20."). */
export function NoteDialog({ initial, onSubmit, onClose }: { initial?: string; onSubmit(text: string): Promise<boolean>; onClose(): void }) {
  const [text, setText] = useState(initial ?? '');
  async function submit() {
    if (!text.trim()) return;
    if (await onSubmit(text.trim())) onClose();
  }
  return (
    <Modal title="Nota nel verbale" onClose={onClose} testId="note-dialog">
      <div className="stack">
        <label>
          Testo della nota
          <textarea
            rows={4}
            value={text}
            onChange={(e) => setText(e.target.value)}
            data-autofocus
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void submit();
              }
            }}
          />
        </label>
        <div className="form-actions">
          <button type="button" className="button--primary" onClick={() => void submit()} disabled={!text.trim()}>
            Registra nota <kbd>Ctrl+Invio</kbd>
          </button>
          <button type="button" onClick={onClose}>
            Annulla
          </button>
        </div>
      </div>
    </Modal>
  );
}

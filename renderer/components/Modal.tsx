import { useEffect, useRef, type ReactNode } from 'react';

interface ModalProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  wide?: boolean;
  /** data-testid for tests. */
  testId?: string;
}

/** A native modal <dialog>: focus is trapped, Esc closes it, focus starts on the element marked data-autofocus. */
export function Modal({ title, onClose, children, wide, testId }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    // showModal focuses the first focusable element; the dialog's content says where typing should start.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    const onCancel = (event: Event) => {
      event.preventDefault();
      closeRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
    };
  }, []);
  const titleId = `modal-title-${title.replace(/\W+/g, '-')}`;
  return (
    <dialog ref={ref} className={wide ? 'modal modal--wide' : 'modal'} aria-labelledby={titleId} data-testid={testId}>
      <div className="modal__head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button--quiet" onClick={onClose} aria-label="Chiudi la finestra">
          ✕
        </button>
      </div>
      {children}
    </dialog>
  );
}

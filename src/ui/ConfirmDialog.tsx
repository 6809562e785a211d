import { useEffect, useRef } from 'preact/hooks';
import './ConfirmDialog.css';

interface ConfirmDialogProps {
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  /** A destructive action gets the danger style. */
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal question before anything destructive; Escape and the safe button both cancel, and the safe button has focus. */
export function ConfirmDialog({ message, confirmLabel, cancelLabel, danger = false, onConfirm, onCancel }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const safeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement as HTMLElement | null;
    // jsdom has no showModal; the open attribute keeps it usable there.
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
    safeButton.current?.focus();
    return () => opener?.focus?.();
  }, []);
  return (
    <dialog
      ref={dialog}
      class="confirm-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="confirm-dialog-message"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <p id="confirm-dialog-message">{message}</p>
      <div class="row confirm-dialog-actions">
        <button type="button" ref={safeButton} onClick={onCancel}>{cancelLabel}</button>
        <button type="button" class={danger ? 'danger' : 'primary'} onClick={onConfirm}>{confirmLabel}</button>
      </div>
    </dialog>
  );
}

import { t } from '../i18n';
import './Toast.css';

interface ToastProps {
  message: string;
  actionLabel?: string;
  onAction?: () => void;
  onClose: () => void;
}

/** A short notice above the bottom bar; it stays until closed, so an Undo is never missed by a slow reader. */
export function Toast({ message, actionLabel, onAction, onClose }: ToastProps) {
  return (
    <div class="toast" role="status">
      <span class="toast-message">{message}</span>
      {actionLabel && onAction && <button type="button" class="toast-action" onClick={onAction}>{actionLabel}</button>}
      <button type="button" class="toast-close" onClick={onClose} aria-label={t('action.close')}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}

import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n';

interface ConfirmRemoveProps {
  label: string;
  question: string;
  onConfirm: () => void | Promise<void>;
}

/** A remove button that asks first, in place, with Cancel focused so a second tap or Enter removes nothing. */
export function ConfirmRemove({ label, question, onConfirm }: ConfirmRemoveProps) {
  const [asking, setAsking] = useState(false);
  const questionId = useId();
  const cancelButton = useRef<HTMLButtonElement>(null);
  const triggerButton = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) cancelButton.current?.focus();
    else if (wasAsking.current) triggerButton.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" class="danger" ref={triggerButton} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div class="confirm-remove" role="group" aria-labelledby={questionId}>
      <p id={questionId}>{question}</p>
      <div class="row">
        <button type="button" class="danger" onClick={() => { wasAsking.current = false; void onConfirm(); }}>
          {t('case.confirm.yes')}
        </button>
        <button type="button" ref={cancelButton} onClick={() => setAsking(false)}>
          {t('action.cancel')}
        </button>
      </div>
    </div>
  );
}

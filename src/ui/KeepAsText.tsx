import { useState } from 'preact/hooks';
import { t } from '../i18n';

/** When nothing can be stored: the typed text leaves the app by the clipboard or the share sheet, as the user chooses. */
export function KeepAsText({ text }: { text: () => string }) {
  const [copied, setCopied] = useState<boolean>();
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  const copy = () => {
    (navigator.clipboard?.writeText(text()) ?? Promise.reject(new Error('no clipboard'))).then(() => setCopied(true), () => setCopied(false));
  };
  return (
    <div class="stack keep-as-text">
      <div class="row">
        <button type="button" onClick={copy}>{t('form.copyText')}</button>
        {canShare && <button type="button" onClick={() => void navigator.share({ text: text() }).catch(() => undefined)}>{t('form.shareText')}</button>}
      </div>
      {copied !== undefined && <p role="status">{t(copied ? 'form.copied' : 'form.copyFailed')}</p>}
    </div>
  );
}

import { useState } from 'preact/hooks';
import { language, t } from '../../i18n';
import { errorText } from '../../ui/errorText';
import { recoveryCodePdf } from './recoveryPdf';

/** The recovery code, shown once right after the lock is turned on; gone for good when dismissed. */
export function RecoveryCodeCard({ code, onDone }: { code: string; onDone: () => void }) {
  const [problem, setProblem] = useState<string>();
  const savePdf = async () => {
    try {
      const url = URL.createObjectURL(await recoveryCodePdf(code, language.value));
      const link = document.createElement('a');
      link.href = url;
      link.download = 'spor-recovery.pdf';
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      setProblem(errorText(error));
    }
  };
  return (
    <div class="card stack recovery-code" data-testid="recovery-code-card">
      <h3>{t('settings.lock.recoveryHeading')}</h3>
      <p class="recovery-code-value" data-testid="recovery-code">{code}</p>
      <p>{t('settings.lock.recoveryOnce')}</p>
      <div class="row">
        <button type="button" onClick={() => void savePdf()}>{t('settings.lock.recoveryPdf')}</button>
        <button type="button" class="primary" onClick={onDone}>{t('settings.lock.recoveryDone')}</button>
      </div>
      {problem && <p class="error" role="alert">{problem}</p>}
    </div>
  );
}

import { useState } from 'preact/hooks';
import { routeHref } from '../../app/router';
import { clearIntegrityNotice } from '../../app/integrityFindings';
import { verifyLogOffThread, type VerifyProgress } from '../../db';
import type { Verification } from '../../domain/integrity/types';
import { language, t, tn } from '../../i18n';
import { formatInstant } from '../../i18n/dates';
import { errorText } from '../../ui/errorText';
import { formatFileSize } from '../../ui/fileSize';
import { chainProblemText, differenceText, headProblemText } from '../../ui/integrityText';

/** "Check the log": the full verification on demand, every file re-read, with progress, every finding named. */
export function IntegritySection() {
  const [progress, setProgress] = useState<VerifyProgress>();
  const [result, setResult] = useState<Verification>();
  const [failure, setFailure] = useState<string>();

  async function check() {
    setFailure(undefined);
    setResult(undefined);
    setProgress({ stage: 'chain', done: 0, total: 1 });
    try {
      const verification = await verifyLogOffThread({ files: 'hashed', onProgress: setProgress });
      setResult(verification);
      if (verification.ok) clearIntegrityNotice();
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setProgress(undefined);
    }
  }

  const lang = language.value;
  return (
    <section aria-labelledby="settings-integrity" data-testid="integrity-section">
      <h2 id="settings-integrity">{t('integrity.heading')}</h2>
      <p>{t('integrity.intro')}</p>
      <button type="button" class="primary" onClick={check} disabled={!!progress}>{progress ? t('integrity.checking') : t('integrity.checkNow')}</button>
      {progress && (
        <div class="integrity-progress">
          <p aria-live="polite">{t(`integrity.stage.${progress.stage}`)}</p>
          <progress aria-label={t('integrity.progressLabel')} max={progress.total || 1} value={progress.done} />
        </div>
      )}
      {failure && <p class="error-box" role="alert">{failure}</p>}
      {result && (
        <div class={result.ok ? 'card integrity-result' : 'card integrity-result integrity-findings'} role="status" data-testid="integrity-result">
          {result.ok ? (
            <p>{t('integrity.ok', {
              entries: result.chain.count, files: tn('integrity.files', result.files.count), size: formatFileSize(result.files.bytes, lang), heads: result.heads.checked.length,
            })}</p>
          ) : (
            <>
              <p><strong>{t('integrity.findings')}</strong></p>
              <ul>
                {result.chain.problems.map((problem) => <li key={`c${problem.seq}${problem.kind}`}>{chainProblemText(problem)}</li>)}
                {result.differences.map((difference) => (
                  <li key={`d${difference.entity}${difference.id}${difference.field ?? ''}${difference.problem}`}>
                    {differenceText(difference)}
                    {difference.incidentId && difference.problem !== 'missing' && <> <a href={routeHref({ screen: 'incident', id: difference.incidentId })}>{t('integrity.open')}</a></>}
                  </li>
                ))}
                {result.heads.problems.map((problem) => <li key={`h${problem.head.id}`}>{headProblemText(problem)}</li>)}
              </ul>
            </>
          )}
          {result.chain.erasures.length > 0 && <p class="muted">{tn('integrity.erasures', result.chain.erasures.length)}</p>}
          <p class="muted">{t('integrity.checkedAt', { time: formatInstant(result.checkedAt, lang, 'dateTime') })}</p>
        </div>
      )}
      <p class="muted">{t('integrity.limits')}</p>
    </section>
  );
}

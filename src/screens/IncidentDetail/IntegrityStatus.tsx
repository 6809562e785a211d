import { useEffect, useState } from 'preact/hooks';
import { verifyIncident, type IncidentVerification } from '../../db';
import { t, tn } from '../../i18n';
import { errorText } from '../../ui/errorText';
import { differenceText, headProblemText } from '../../ui/integrityText';

/**
 * This incident against its history, checked each time the screen opens: its record, its files' details, its files
 * re-read byte for byte, and its history entries. `version` changes when the incident was changed on this screen;
 * `onlyFindings` is for an incident whose record is gone: only a history that says it should exist is worth a word.
 */
export function IntegrityStatus({ id, version, onlyFindings = false }: { id: string; version: number; onlyFindings?: boolean }) {
  const [result, setResult] = useState<IncidentVerification>();
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
    let current = true;
    setResult(undefined);
    verifyIncident(id).then((found) => current && setResult(found), (error) => current && setFailure(errorText(error)));
    return () => { current = false; };
  }, [id, version]);

  if (failure) return <p class="error-box" role="alert">{failure}</p>;
  if (!result) return onlyFindings ? null : <p class="muted" aria-live="polite">{t('integrity.detail.checking')}</p>;
  if (!result.differences.length && !result.brokenEntries.length && !result.headProblems.length) {
    if (onlyFindings) return null;
    return <p class="integrity-ok" role="status" data-testid="incident-integrity">{t('integrity.detail.ok', { entries: result.entries, files: tn('integrity.files', result.filesChecked) })}</p>;
  }
  return (
    <div class="error-box" role="status" data-testid="incident-integrity">
      <p><strong>{t('integrity.detail.findings')}</strong></p>
      <ul>
        {result.differences.map((difference) => (
          <li key={`${difference.entity}${difference.id}${difference.field ?? ''}${difference.problem}`}>{differenceText(difference)}</li>
        ))}
        {result.brokenEntries.length > 0 && <li>{t('integrity.detail.broken', { list: result.brokenEntries.join(', ') })}</li>}
        {result.headProblems.map((problem) => <li key={problem.head.id}>{headProblemText(problem)}</li>)}
      </ul>
    </div>
  );
}

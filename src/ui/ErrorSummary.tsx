import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';
import './ErrorSummary.css';

export interface SummaryEntry {
  /** Id of the field to move to. */
  target: string;
  text: string;
}

/** GOV.UK's error summary: at the top, focused when it appears, each problem a link to its field. */
export function ErrorSummary({ entries }: { entries: SummaryEntry[] }) {
  const box = useRef<HTMLDivElement>(null);
  const shown = entries.map((entry) => entry.text).join('\n');
  useEffect(() => {
    if (!entries.length) return;
    box.current?.focus();
    box.current?.scrollIntoView?.({ block: 'start' });
  }, [shown]);
  if (!entries.length) return null;
  const go = (event: Event, target: string) => {
    const field = document.getElementById(target);
    if (!field) return;
    event.preventDefault(); // hash links would change the route
    field.focus();
    field.scrollIntoView?.({ block: 'center' });
  };
  return (
    <div class="error-summary" ref={box} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t('form.problemsTitle')}</h2>
      <ul>
        {entries.map((entry) => (
          <li key={entry.target + entry.text}>
            <a href={`#${entry.target}`} onClick={(event) => go(event, entry.target)}>{entry.text}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

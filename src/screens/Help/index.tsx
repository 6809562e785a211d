import '../../i18n/laterMessages';
import { t, type MessageKey } from '../../i18n';
import { CallLink } from './CallLink';
import './Help.css';

const guidance: { heading: MessageKey; points: MessageKey[] }[] = [
  {
    heading: 'help.document.heading',
    points: ['help.document.dates', 'help.document.everything', 'help.document.witnesses', 'help.document.police', 'help.document.keyExamples'],
  },
  { heading: 'help.evidence.heading', points: ['help.evidence.keep', 'help.evidence.noDelete'] },
  { heading: 'help.privacy.heading', points: ['help.privacy.text'] },
  { heading: 'help.report.heading', points: ['help.report.text', 'help.law.text'] },
];

/** Numbers to call first, then short advice on keeping a log the police can use. */
export default function Help() {
  return (
    <div class="help-screen">
      <h1>{t('help.title')}</h1>
      <section aria-labelledby="help-call">
        <h2 id="help-call">{t('help.call.heading')}</h2>
        <ul class="call-list">
          <CallLink tel="112" shown="112" name={t('help.call.emergency.name')} when={t('help.call.emergency.when')} urgent />
          <CallLink tel="114" shown="114" name={t('help.call.police.name')} when={t('help.call.police.when')} />
          <CallLink tel="+4525177374" shown="25 17 73 74" name={t('help.call.counselling.name')} when={t('help.call.counselling.when')} />
        </ul>
      </section>
      {guidance.map(({ heading, points }) => (
        <section key={heading} aria-labelledby={heading}>
          <h2 id={heading}>{t(heading)}</h2>
          {points.length > 1 ? (
            <ul class="guidance">{points.map((point) => <li key={point}>{t(point)}</li>)}</ul>
          ) : (
            <p>{t(points[0])}</p>
          )}
        </section>
      ))}
    </div>
  );
}

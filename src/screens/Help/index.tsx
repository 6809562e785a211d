import '../../i18n/laterMessages';
import { t, type MessageKey } from '../../i18n';
import { WelcomeCard } from '../../ui/WelcomeCard';
import { helpNumbers } from '../../domain/helpNumbers';
import { CallLink } from '../../ui/CallLink';
import './Help.css';

const guidance: { heading: MessageKey; intro?: MessageKey; points: MessageKey[] }[] = [
  {
    heading: 'help.safety.heading',
    intro: 'help.safety.intro',
    points: ['help.safety.passcode', 'help.safety.account', 'help.safety.cloud', 'help.safety.location', 'help.safety.trackers', 'help.safety.spyware', 'help.safety.careful'],
  },
  {
    heading: 'help.document.heading',
    points: ['help.document.dates', 'help.document.everything', 'help.document.witnesses', 'help.document.police', 'help.document.keyExamples'],
  },
  { heading: 'help.evidence.heading', points: ['help.evidence.keep', 'help.evidence.noDelete'] },
  { heading: 'help.privacy.heading', points: ['help.privacy.text'] },
  { heading: 'help.report.heading', points: ['help.report.text', 'help.law.text'] },
];

/** Numbers to call first, where the log is, keeping the phone safe, then short advice on keeping a log the police can use. */
export default function Help() {
  return (
    <div class="help-screen">
      <h1>{t('help.title')}</h1>
      <section aria-labelledby="help-call">
        <h2 id="help-call">{t('help.call.heading')}</h2>
        <ul class="call-list">
          <CallLink {...helpNumbers.emergency} name={t('help.call.emergency.name')} when={t('help.call.emergency.when')} urgent />
          <CallLink {...helpNumbers.police} name={t('help.call.police.name')} when={t('help.call.police.when')} />
          <CallLink {...helpNumbers.counselling} name={t('help.call.counselling.name')} when={t('help.call.counselling.when')} />
        </ul>
      </section>
      <section aria-labelledby="help-welcome">
        <h2 id="help-welcome">{t('help.welcome.heading')}</h2>
        <WelcomeCard inHelp />
      </section>
      {guidance.map(({ heading, intro, points }) => (
        <section key={heading} aria-labelledby={heading}>
          <h2 id={heading}>{t(heading)}</h2>
          {intro && <p>{t(intro)}</p>}
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

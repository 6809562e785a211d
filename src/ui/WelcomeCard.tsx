import { routeHref } from '../app/router';
import { lockIsOn } from '../app/lock';
import { t } from '../i18n';
import { addAreas } from '../i18n/catalogue';
import welcomeMessages from '../i18n/messages/welcome';
import { dismissWelcome, welcomeDismissed } from './welcomeDismissed';
import './WelcomeCard.css';

addAreas([welcomeMessages]);

/** Three short lines on where the log is and how to keep it safe: on the log until put away, and always in Help. */
export function WelcomeCard({ inHelp = false }: { inHelp?: boolean }) {
  if (!inHelp && welcomeDismissed.value) return null;
  return (
    <section class={inHelp ? 'welcome' : 'card welcome'} aria-labelledby={inHelp ? undefined : 'welcome-title'} data-testid={inHelp ? undefined : 'welcome-card'}>
      {!inHelp && <h2 id="welcome-title">{t('welcome.title')}</h2>}
      <ul>
        <li>{t('welcome.local')}</li>
        <li>{t('welcome.private')}</li>
        <li>{t('welcome.safe')}</li>
      </ul>
      {!inHelp && (
        <div class="row welcome-actions">
          <button type="button" onClick={dismissWelcome}>{t('welcome.dismiss')}</button>
          {/* Offered, never forced: Settings says plainly what a forgotten passcode without the recovery code means. */}
          {!lockIsOn.value && <a class="button" href={routeHref({ screen: 'settings' })} data-testid="welcome-passcode">{t('welcome.passcode')}</a>}
          {/* A new phone, or a browser that lost its data: the log comes back from the user's backup file. */}
          <a class="button" href={routeHref({ screen: 'backup' })} data-testid="welcome-restore">{t('welcome.restore')}</a>
          <span class="muted">{t('welcome.later')}</span>
        </div>
      )}
    </section>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { lockIsOn } from '../../app/lock';
import { quickExitSite } from '../../app/quickExit';
import { getQuickExitSite, setQuickExitSite } from '../../db';
import { neutralSiteUrl } from '../../domain/neutralSite';
import { t } from '../../i18n';
import { errorText } from '../../ui/errorText';

type Destination = 'cover' | 'site';

/** What quick exit does, said plainly (it hides, it does not lock), and where it goes. */
export function QuickExitSettings() {
  const [destination, setDestination] = useState<Destination>('cover');
  const [typed, setTyped] = useState('');
  const [message, setMessage] = useState<{ text: string; problem: boolean }>();

  useEffect(() => {
    getQuickExitSite().then((site) => {
      setDestination(site ? 'site' : 'cover');
      setTyped(site ?? '');
    }, () => undefined);
  }, []);

  const store = async (site: string | undefined) => {
    try {
      await setQuickExitSite(site);
      quickExitSite.value = site;
      setMessage({ text: t('settings.quickExit.saved'), problem: false });
    } catch (error) {
      setMessage({ text: errorText(error), problem: true });
    }
  };
  const chooseCover = () => {
    setDestination('cover');
    void store(undefined);
  };
  const saveSite = (event: Event) => {
    event.preventDefault();
    const site = neutralSiteUrl(typed, location.origin);
    if (!site) return setMessage({ text: t('settings.quickExit.siteInvalid'), problem: true });
    setTyped(site);
    void store(site);
  };

  return (
    <section aria-labelledby="settings-quick-exit" data-testid="quick-exit-settings">
      <h2 id="settings-quick-exit">{t('settings.quickExit.heading')}</h2>
      <p>{t('settings.quickExit.how')}</p>
      <p class="muted">{t(lockIsOn.value ? 'settings.quickExit.locks' : 'settings.quickExit.notALock')}</p>
      <fieldset class="quick-exit-choice">
        <legend>{t('settings.quickExit.legend')}</legend>
        <label class="choice">
          <input type="radio" name="quick-exit" checked={destination === 'cover'} onChange={chooseCover} />
          {t('settings.quickExit.cover')}
        </label>
        <label class="choice">
          <input type="radio" name="quick-exit" checked={destination === 'site'} onChange={() => setDestination('site')} />
          {t('settings.quickExit.site')}
        </label>
        {destination === 'site' && (
          <form class="quick-exit-site" onSubmit={saveSite} noValidate>
            <label for="quick-exit-site">{t('settings.quickExit.siteLabel')}</label>
            <p id="quick-exit-site-hint" class="muted">{t('settings.quickExit.siteHint')}</p>
            <div class="row">
              <input
                id="quick-exit-site"
                type="url"
                inputMode="url"
                autoComplete="off"
                spellcheck={false}
                aria-describedby="quick-exit-site-hint"
                value={typed}
                onInput={(event) => setTyped(event.currentTarget.value)}
              />
              <button type="submit">{t('action.save')}</button>
            </div>
          </form>
        )}
      </fieldset>
      <p role="status" class={message?.problem ? 'error' : undefined}>{message?.text}</p>
    </section>
  );
}

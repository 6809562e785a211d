import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { t } from '../i18n';

/**
 * Loads a screen's module on first use, so heavy screens stay out of the first-paint bundle; `quiet` parts show nothing
 * until loaded. `preload()` starts the load ahead of the first render, which then shows the screen at once.
 */
export function lazyScreen<Props extends object>(load: () => Promise<{ default: ComponentType<Props> }>, { quiet = false } = {}) {
  let loaded: ComponentType<Props> | undefined;
  let loading: Promise<ComponentType<Props>> | undefined;
  const start = () =>
    (loading ??= load().then(
      (module) => (loaded = module.default),
      (error: unknown) => {
        loading = undefined; // a later render tries again
        throw error;
      },
    ));
  function LazyScreen(props: Props) {
    const [Screen, setScreen] = useState<ComponentType<Props> | undefined>(() => loaded);
    const [failed, setFailed] = useState<string>();
    useEffect(() => {
      // Not `loaded`: a preload may finish between this render and the effect, and the state must still learn of it.
      if (Screen) return;
      start()
        .then((screen) => setScreen(() => screen))
        .catch((error: Error) => setFailed(error.message));
    }, []);
    if (quiet && !Screen) return null;
    if (failed) return <p class="error-box" role="alert">{t('error.generic', { detail: failed })}</p>;
    return Screen ? <Screen {...props} /> : <p aria-live="polite">{t('status.loading')}</p>;
  }
  LazyScreen.preload = () => void start().catch(() => undefined);
  return LazyScreen;
}

import { signal } from '@preact/signals';
import { languages, type Language } from './define';
import { translate, translatePlural, type MessageParams, type PluralKey } from './translate';
import type { MessageKey } from './catalogue';
import { hasLanguagePack, loadLanguagePack } from './languagePacks';

export type { Language, MessageKey, MessageParams, PluralKey };

export const languageStorageKey = 'spor.language';

/** Danish by default; English when the browser prefers it; a choice in Settings wins over both. */
export function initialLanguage(stored: string | null, preferred: readonly string[]): Language {
  if (stored && (languages as readonly string[]).includes(stored)) return stored as Language;
  const first = preferred[0]?.toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'da';
}

function readStoredLanguage(): string | null {
  try {
    return globalThis.localStorage?.getItem(languageStorageKey) ?? null;
  } catch {
    return null;
  }
}

export const language = signal<Language>(
  initialLanguage(readStoredLanguage(), typeof navigator === 'undefined' ? [] : navigator.languages ?? []),
);

/**
 * The first screen's messages of the language in use have arrived (requested as this module loads, beside the lock
 * check, so nothing waits on it). The app shows nothing before. A pack that cannot load leaves the keys showing
 * rather than a blank page.
 */
export const languageReady = signal(hasLanguagePack(language.value));
if (!languageReady.value) {
  void loadLanguagePack(language.value).catch(() => undefined).then(() => (languageReady.value = true));
}

/** Translate in the current language; reading the signal makes components re-render on change. */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate(language.value, key, params);
}

/** Translate a count in the plural form the current language needs ("1 hændelse vist", "2 hændelser vist"). */
export function tn(key: PluralKey, count: number, params?: MessageParams): string {
  return translatePlural(language.value, key, count, params);
}

import { signal } from '@preact/signals';
import { languages, type Language } from './define';
import { translate, type MessageParams } from './translate';
import type { MessageKey } from './catalogue';

export type { Language, MessageKey, MessageParams };

const storageKey = 'spor.language';

/** Danish by default; English when the browser prefers it; a choice in Settings wins over both. */
export function initialLanguage(stored: string | null, preferred: readonly string[]): Language {
  if (stored && (languages as readonly string[]).includes(stored)) return stored as Language;
  const first = preferred[0]?.toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'da';
}

function readStoredLanguage(): string | null {
  try {
    return globalThis.localStorage?.getItem(storageKey) ?? null;
  } catch {
    return null;
  }
}

export const language = signal<Language>(
  initialLanguage(readStoredLanguage(), typeof navigator === 'undefined' ? [] : navigator.languages ?? []),
);

export function setLanguage(next: Language): void {
  language.value = next;
  try {
    localStorage.setItem(storageKey, next);
  } catch {
    // Private mode may refuse storage; the choice then lasts for this visit.
  }
  document.documentElement.lang = next;
}

/** Translate in the current language; reading the signal makes components re-render on change. */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate(language.value, key, params);
}

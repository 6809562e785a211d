import { language, languageStorageKey, type Language } from './index';
import { hasLanguagePack, loadLanguagePack } from './languagePacks';

// Settings' language switch. Apart from index.ts, which is in the shell.

/** Switches at once when the language's pack is in (always, once Settings has loaded); else after it has loaded. */
export async function setLanguage(next: Language): Promise<void> {
  if (!hasLanguagePack(next)) await loadLanguagePack(next);
  language.value = next;
  try {
    localStorage.setItem(languageStorageKey, next);
  } catch {
    // Private mode may refuse storage; the choice then lasts for this visit.
  }
  document.documentElement.lang = next;
}

// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';

// tests/setup.ts registers both packs; these tests start from fresh modules, as the app's shell does.
async function freshI18n() {
  vi.resetModules();
  const packs = await import('../../src/i18n/languagePacks');
  const { catalogue } = await import('../../src/i18n/catalogue');
  const { translate } = await import('../../src/i18n/translate');
  const { formatDate } = await import('../../src/i18n/dates');
  return { ...packs, catalogue, translate, formatDate };
}

describe('the first screen’s language packs', () => {
  it('load one language at a time: its messages and day and month names, and nothing of the other', async () => {
    const { hasLanguagePack, loadLanguagePack, catalogue, translate, formatDate } = await freshI18n();
    expect(hasLanguagePack('en')).toBe(false);
    expect(() => formatDate(new Date(2026, 10, 28), 'en', 'date')).toThrow(/not loaded/);
    await loadLanguagePack('en');
    expect(hasLanguagePack('en')).toBe(true);
    expect(translate('en', 'nav.log')).toBe('Log');
    expect(formatDate(new Date(2026, 10, 28), 'en', 'date')).toBe('Saturday 28 November 2026');
    expect(hasLanguagePack('da')).toBe(false);
    expect(catalogue.da['nav.overview']).toBeUndefined();
  });

  it('hold the same keys in Danish and English', async () => {
    const [{ default: danish }, { default: english }] = await Promise.all([import('../../src/i18n/firstScreen/da'), import('../../src/i18n/firstScreen/en')]);
    expect(Object.keys(danish.messages).sort()).toEqual(Object.keys(english.messages).sort());
  });

  it('are loaded by a language switch before the language changes', async () => {
    vi.resetModules();
    const { hasLanguagePack } = await import('../../src/i18n/languagePacks');
    const { language, t } = await import('../../src/i18n');
    const { setLanguage } = await import('../../src/i18n/setLanguage');
    const other = language.value === 'da' ? 'en' : 'da';
    expect(hasLanguagePack(other)).toBe(false);
    await setLanguage(other);
    expect(language.value).toBe(other);
    expect(t('nav.overview')).toBe(other === 'da' ? 'Overblik' : 'Overview');
  });
});

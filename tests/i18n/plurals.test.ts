import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/i18n/catalogue';
import '../../src/i18n/laterMessages';
import { translatePlural } from '../../src/i18n/translate';

describe('counts in words', () => {
  it('picks the singular for one and the plural otherwise, in Danish and English', () => {
    expect(translatePlural('da', 'timeline.shown', 1)).toBe('1 hændelse vist');
    expect(translatePlural('da', 'timeline.shown', 0)).toBe('0 hændelser vist');
    expect(translatePlural('da', 'timeline.shown', 2)).toBe('2 hændelser vist');
    expect(translatePlural('en', 'timeline.shown', 1)).toBe('1 incident shown');
    expect(translatePlural('en', 'timeline.shown', 12)).toBe('12 incidents shown');
    expect(translatePlural('da', 'timeline.filtersActive', 1)).toBe('Filtrér (1 aktivt)');
    expect(translatePlural('da', 'timeline.filtersActive', 3)).toBe('Filtrér (3 aktive)');
    expect(translatePlural('da', 'timeline.files', 1)).toBe('1 fil');
    expect(translatePlural('da', 'export.kindsChosen', 2)).toBe('2 valgte');
  });

  it('has an "other" form beside every "one" form, and no "(s)" or "(e)" guessing in any message', () => {
    for (const messages of [catalogue.da, catalogue.en] as Record<string, string>[]) {
      const ones = Object.keys(messages).filter((key) => key.endsWith('.one'));
      expect(ones.length).toBeGreaterThan(3);
      for (const key of ones) expect(messages[key.replace(/\.one$/, '.other')]).toBeTruthy();
      expect(Object.entries(messages).filter(([, text]) => /\w\((s|e|er|es)\)/.test(text))).toEqual([]);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { hasHiddenCharacters, visibleName } from '../../src/domain/visibleName';

describe('names shown as they are', () => {
  it('writes a direction change out as a marker, so "invoice‮gpj.exe" cannot pass for a photo', () => {
    expect(visibleName('invoice\u202egpj.exe')).toBe('invoice⟦U+202E⟧gpj.exe');
    expect(hasHiddenCharacters('invoice\u202egpj.exe')).toBe(true);
  });

  it('marks zero-width, isolate, embedding, BOM and word-joiner characters one by one', () => {
    expect(visibleName('a\u200bb\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069\ufeff\u2060c')).toBe(
      'a⟦U+200B⟧b⟦U+200C⟧⟦U+200D⟧⟦U+200E⟧⟦U+200F⟧⟦U+202A⟧⟦U+202B⟧⟦U+202C⟧⟦U+202D⟧⟦U+2066⟧⟦U+2067⟧⟦U+2068⟧⟦U+2069⟧⟦U+FEFF⟧⟦U+2060⟧c',
    );
    expect(visibleName('tab\there\u0000')).toBe('tab⟦U+0009⟧here⟦U+0000⟧');
  });

  it('leaves every visible letter alone, in any script', () => {
    for (const name of ['Skærmbillede æøå.png', 'Zażółć gęślą jaźń.jpg', 'Φωτογραφία.jpg', 'رسالة تهديد.txt', 'שלום.pdf', 'IMG 2041 ❤️.jpg']) {
      expect(visibleName(name)).toBe(name);
      expect(hasHiddenCharacters(name)).toBe(false);
    }
  });
});

// A rough strength hint for a backup passphrase: the file can be attacked offline for as long as anyone likes, so
// length matters most. Bits are estimated from the length and the kinds of characters used; a real word list would
// judge common phrases better, at the cost of a large download (trade-off taken: the hint is coarse, the minimum firm).

export type PassphraseStrength = 'weak' | 'fair' | 'strong';
export const passphraseMinimum = 10;

const classes: [RegExp, number][] = [[/[a-zæøå]/, 29], [/[A-ZÆØÅ]/, 29], [/[0-9]/, 10], [/[ -/:-@[-`{-~]/, 33], [/[^\x00-\x7fæøåÆØÅ]/, 100]];

export function estimatedBits(passphrase: string): number {
  const characters = [...passphrase.normalize('NFC')];
  const pool = classes.reduce((sum, [pattern, size]) => (pattern.test(passphrase) ? sum + size : sum), 0);
  const distinct = new Set(characters).size;
  // Repeats add little: "aaaaaaaaaaaa" is not twelve characters' worth.
  return pool > 1 ? Math.min(characters.length, distinct * 2) * Math.log2(pool) : 0;
}

export function passphraseStrength(passphrase: string): PassphraseStrength {
  const bits = estimatedBits(passphrase);
  // High bars: words are far easier to guess than random letters of the same length.
  return bits >= 100 ? 'strong' : bits >= 60 ? 'fair' : 'weak';
}

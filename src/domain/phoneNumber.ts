// Phone numbers a text message can go to: Danish 8-digit numbers as people write them ("12 34 56 78"), and numbers
// with a country code ("+46 70 123 45 67", "0046 70 123 45 67"). What is stored is what was typed; links get this form.

/** The number in international form ("+4512345678"), or undefined when what was typed cannot be dialled as one. */
export function internationalPhoneNumber(typed: string): string | undefined {
  const compact = typed.trim().replace(/[\s().\-/]/g, '');
  const withPlus = compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
  // Danish subscriber numbers have 8 digits and never start with 0 or 1 (those are prefixes and short codes).
  if (/^[2-9]\d{7}$/.test(withPlus)) return `+45${withPlus}`;
  if (withPlus.startsWith('+45')) return /^\+45[2-9]\d{7}$/.test(withPlus) ? withPlus : undefined;
  // E.164: a country code that does not start with 0, at most 15 digits in all.
  return /^\+[1-9]\d{6,14}$/.test(withPlus) ? withPlus : undefined;
}

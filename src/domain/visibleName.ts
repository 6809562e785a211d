// Characters that draw nothing or turn the text around: "invoice" + U+202E + "gpj.exe" displays as "invoiceexe.jpg".
// Variation selectors stay (emoji need them); zero-width joiners are marked although Persian uses U+200C: seeing it beats being fooled.
const hiddenClass = '[\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\u3164\\ufeff\\uffa0\\ufff9-\\ufffb]';
const hiddenEverywhere = new RegExp(hiddenClass, 'g');
const hiddenAnywhere = new RegExp(hiddenClass);

function marker(char: string): string {
  return `⟦U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟧`;
}

/** The name with every invisible or direction-changing character written out as a visible ⟦U+202E⟧ marker. */
export function visibleName(name: string): string {
  return name.replace(hiddenEverywhere, marker);
}

/** True when the name holds characters a reader cannot see (visibleName would change it). */
export function hasHiddenCharacters(name: string): boolean {
  return hiddenAnywhere.test(name);
}

export type Language = 'da' | 'en';
export const languages: readonly Language[] = ['da', 'en'];

/** Both languages must have the same keys: a key missing on either side does not compile. */
export function defineMessages<Key extends string>(messages: { da: Record<Key, string>; en: Record<Key, string> }) {
  return messages;
}

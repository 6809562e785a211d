import { catalogue, type MessageKey } from './catalogue';
import type { Language } from './define';

export type MessageParams = Record<string, string | number>;

/** Pure lookup, usable in workers: `{name}` placeholders are filled from params. */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const template = catalogue[language][key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

import { catalogue, type MessageKey } from './catalogue';
import type { Language } from './define';

export type MessageParams = Record<string, string | number>;

/** Pure lookup, usable in workers: `{name}` placeholders are filled from params. */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const template = catalogue[language][key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A message key written as `base.one` and `base.other` (and any other plural category a language needs). */
type PluralBase<Key> = Key extends `${infer Base}.other` ? (`${Base}.one` extends MessageKey ? Base : never) : never;
export type PluralKey = PluralBase<MessageKey>;

const pluralRules = new Map<Language, Intl.PluralRules>();

/** "1 hændelse vist", "2 hændelser vist": the form Intl.PluralRules picks for the count in that language; {count} is filled in. */
export function translatePlural(language: Language, key: PluralKey, count: number, params?: MessageParams): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  const exact = `${key}.${rules.select(count)}` as MessageKey;
  return translate(language, exact in catalogue[language] ? exact : (`${key}.other` as MessageKey), { count, ...params });
}

import type { Locale } from 'date-fns';
import { catalogue, type MessageKey } from './catalogue';
import type { Language } from './define';
import type { messages as firstScreenMessages } from './firstScreen/en';

// The first screen's messages and date names come one language at a time (firstScreen/da.ts, firstScreen/en.ts): the
// start loads only the language in use, beside the lock check. Everything loaded later imports bothLanguages.ts and
// has both at once, so the report and a language switch never wait for one.

export type DateNames = Locale['localize'];
export interface LanguagePack {
  messages: Record<keyof typeof firstScreenMessages, string>;
  dateNames: DateNames;
}

/** The day and month names of each language whose pack is in (dates.ts reads them). */
export const dateNames: Partial<Record<Language, DateNames>> = {};

export function addLanguagePack(language: Language, pack: LanguagePack): void {
  Object.assign(catalogue[language], pack.messages as Record<MessageKey, string>);
  dateNames[language] = pack.dateNames;
}

export function hasLanguagePack(language: Language): boolean {
  return dateNames[language] !== undefined;
}

const packLoaders: Record<Language, () => Promise<{ default: LanguagePack }>> = {
  da: () => import('./firstScreen/loadDa'),
  en: () => import('./firstScreen/loadEn'),
};

/** Loads `language`'s pack unless it is in already (a chunk precached by the service worker, so offline too). */
export async function loadLanguagePack(language: Language): Promise<void> {
  if (!hasLanguagePack(language)) addLanguagePack(language, (await packLoaders[language]()).default);
}

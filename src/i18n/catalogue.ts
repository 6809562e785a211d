// Every user-visible string lives in one catalogue, split by area so that features can grow apart. The first screen's
// messages come in one language at a time (languagePacks.ts); the rest arrive with the screens, the report and the
// bundle that use them (see laterMessages.ts). tests/i18n/firstPaint.test.ts checks the split.
import type { Language } from './define';
import type { messages as firstScreenMessages } from './firstScreen/en';
import type { laterAreas } from './laterMessages';

type Area = (typeof laterAreas)[number];
type Union<T> = T extends { en: infer E } ? E : never;
type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;
export type Messages = typeof firstScreenMessages & UnionToIntersection<Union<Area>>;
export type MessageKey = keyof Messages & string;

/** Complete once laterMessages.ts has been imported; until then it holds the first screen's pack of the language in use. */
export const catalogue = { da: {}, en: {} } as Record<Language, Record<MessageKey, string>>;

export function addAreas(areas: readonly { da: object; en: object }[]): void {
  for (const area of areas) {
    Object.assign(catalogue.da, area.da);
    Object.assign(catalogue.en, area.en);
  }
}

// Every user-visible string lives in one catalogue, split by area so that features can grow apart.
// Only the areas the first screen needs ship in the first-paint bundle; the rest arrive with the screens,
// the report and the bundle that use them (see laterMessages.ts). tests/i18n/firstPaint.test.ts checks the split.
import common from './messages/common';
import timeline from './messages/timeline';
import type { Language } from './define';
import type { laterAreas } from './laterMessages';

export const firstPaintAreas = [common, timeline];

type Area = (typeof firstPaintAreas)[number] | (typeof laterAreas)[number];
type Union<T> = T extends { en: infer E } ? E : never;
type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;
export type Messages = UnionToIntersection<Union<Area>>;
export type MessageKey = keyof Messages & string;

/** Complete once laterMessages.ts has been imported; until then it holds the first-paint areas. */
export const catalogue = { da: {}, en: {} } as Record<Language, Record<MessageKey, string>>;

export function addAreas(areas: readonly { da: object; en: object }[]): void {
  for (const area of areas) {
    Object.assign(catalogue.da, area.da);
    Object.assign(catalogue.en, area.en);
  }
}

addAreas(firstPaintAreas);

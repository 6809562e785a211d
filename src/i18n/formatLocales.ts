import type { Locale } from 'date-fns';
// The names of days and months from date-fns's `da` and `enGB` locales (en-GB shares en-US's names): dates.ts reads
// only these. The whole locale objects also carry parsing tables and relative wording the first screen never uses;
// the package does not export the parts, hence the paths into it (date-fns is pinned exactly in package.json).
import { localize as danishLocalize } from '../../node_modules/date-fns/locale/da/_lib/localize.js';
import { localize as englishLocalize } from '../../node_modules/date-fns/locale/en-US/_lib/localize.js';
import type { Language } from './define';

export type DateNames = Locale['localize'];

export const dateNames: Record<Language, DateNames> = { da: danishLocalize, en: englishLocalize };

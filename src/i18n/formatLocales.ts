import type { FormatOptions } from 'date-fns';
// The parts of date-fns's `da` and `enGB` locales that `format` reads. The whole locale objects also carry the
// parsing tables (match) and relative wording, about 650 B gzip of the first screen that Spor never uses; the package
// does not export the parts, hence the paths into it (date-fns is pinned exactly in package.json).
import { formatLong as danishFormatLong } from '../../node_modules/date-fns/locale/da/_lib/formatLong.js';
import { localize as danishLocalize } from '../../node_modules/date-fns/locale/da/_lib/localize.js';
import { formatLong as britishFormatLong } from '../../node_modules/date-fns/locale/en-GB/_lib/formatLong.js';
import { localize as englishLocalize } from '../../node_modules/date-fns/locale/en-US/_lib/localize.js';
import type { Language } from './define';

type FormatLocale = NonNullable<FormatOptions['locale']>;

// Both as in date-fns's own `da` and `enGB`: weeks start on Monday, week 1 holds the first Thursday.
const weeks = { weekStartsOn: 1, firstWeekContainsDate: 4 } as const;

export const formatLocales: Record<Language, FormatLocale> = {
  da: { localize: danishLocalize, formatLong: danishFormatLong, options: weeks },
  en: { localize: englishLocalize, formatLong: britishFormatLong, options: weeks },
};

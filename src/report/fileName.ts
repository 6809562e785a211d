import '../i18n/laterMessages';
import type { Language } from '../i18n/define';
import { toLocalInputValue } from '../i18n/dates';
import { translate } from '../i18n/translate';

/** "spor-rapport-2026-11-28.pdf": the local date the report was made, in the report's language. */
export function reportFileName(language: Language, generatedAt: number): string {
  return translate(language, 'report.fileName', { date: toLocalInputValue(generatedAt).slice(0, 10) });
}

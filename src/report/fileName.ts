import '../i18n/laterMessages';
import type { Language } from '../i18n/define';
import { format } from 'date-fns';
import { translate } from '../i18n/translate';

/** "rapport-2026-11-28.pdf", or "rapport-2026-11-28-privat.pdf" for the own copy: the name says neither app nor subject, since a download may sit in a shared folder. */
export function reportFileName(language: Language, generatedAt: number, policeCopy: boolean): string {
  return translate(language, policeCopy ? 'report.fileName' : 'report.fileName.private', { date: format(generatedAt, 'yyyy-MM-dd') });
}

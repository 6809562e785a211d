import '../i18n/laterMessages';
import { format } from 'date-fns';
import { t } from '../i18n';

const extensions: Record<string, string> = { 'audio/webm': 'webm', 'audio/mp4': 'm4a', 'audio/ogg': 'ogg', 'audio/mpeg': 'mp3' };

/** "Optagelse 2026-11-28 21.50.03.webm": the local start time, with dots, since some systems refuse colons in names. */
export function recordingFileName(startedAt: number, mimeType: string): string {
  return `${t('recorder.fileName')} ${format(startedAt, 'yyyy-MM-dd HH.mm.ss')}.${extensions[mimeType] ?? 'webm'}`;
}

import '../i18n/laterMessages';
import { verifyLog } from '../db/verify';
import { integrityNotice } from './integrityFindings';
import { IntegrityNotice } from './IntegrityNotice';

/**
 * The start-up check: chain, records and heads in full, files by presence and size only (re-reading every byte of
 * a large log on every start would cost a phone's battery; Settings, export and the detail screen re-read them).
 */
export async function startCheck(): Promise<void> {
  if (!(await verifyLog({ files: 'present' })).ok) integrityNotice.value = IntegrityNotice;
}

import '../i18n/laterMessages';
import { verifyLogOffThread } from '../db/verifyOffThread';
import { integrityNotice } from './integrityFindings';
import { IntegrityNotice } from './IntegrityNotice';

/**
 * The start-up check, in a worker: chain, records and heads in full, files by presence and size only (re-reading
 * every byte of a large log on every start would cost a phone's battery; Settings, export and the detail screen do).
 */
export async function startCheck(): Promise<void> {
  if (!(await verifyLogOffThread({ files: 'present' })).ok) integrityNotice.value = IntegrityNotice;
}

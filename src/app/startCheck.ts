import '../i18n/laterMessages';
import { integrityNotice } from './integrityFindings';
import { IntegrityNotice } from './IntegrityNotice';

/**
 * The start-up check, in a worker: chain, records and heads in full, files by presence and size only (re-reading
 * every byte of a large log on every start would cost a phone's battery; Settings, export and the detail screen do).
 */
export async function startCheck(): Promise<void> {
  const worker = new Worker(new URL('./startCheck.worker.ts', import.meta.url), { type: 'module', name: 'spor-check' });
  const clean = await new Promise<boolean>((resolve) => {
    worker.onmessage = (event: MessageEvent<boolean>) => resolve(event.data);
    worker.onerror = () => resolve(true);
    worker.postMessage('check');
  });
  worker.terminate();
  if (!clean) integrityNotice.value = IntegrityNotice;
}

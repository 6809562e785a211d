import { lockState, startLock } from '../../src/app/lock';

/** Opens the store as the app does at start without a passcode (the device key, made on first use), sharing its key. */
export async function openSealedStore(): Promise<void> {
  await startLock();
  if (lockState.value !== 'open') throw new Error(`The bench page could not open the store (${lockState.value})`);
}

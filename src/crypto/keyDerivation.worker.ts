// Runs Argon2id off the main thread, so the lock screen stays responsive for the second it takes.
import { derivePasscodeKey } from './argon2id';
import type { KeyDerivationRequest, KeyDerivationReply } from './keyDerivation';

self.onmessage = async (event: MessageEvent<KeyDerivationRequest>) => {
  const reply = (message: KeyDerivationReply) => self.postMessage(message);
  try {
    reply({ ok: true, key: await derivePasscodeKey(event.data.passcode, event.data.params) });
  } catch (error) {
    reply({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};

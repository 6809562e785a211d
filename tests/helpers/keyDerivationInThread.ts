// Stands in for src/crypto/keyDerivation.ts in Node, which has no Worker: the same Argon2id (argon2id.ts, what the
// worker runs) in the test's own thread. Use: vi.mock('../../src/crypto/keyDerivation', () => import('../helpers/keyDerivationInThread')).
export { derivePasscodeKey as derivePasscodeKeyInWorker } from '../../src/crypto/argon2id';

export function warmKeyDerivation(): void {}

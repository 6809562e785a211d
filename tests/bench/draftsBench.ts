// Bench-only entry (tests/bench/drafts-bench.html): a large picked file kept in an unsaved draft, saved and read back
// through the app's own draft verbs, in a store opened as the app opens it.
import { discardDraft, loadDraft, saveDraft } from '../../src/db';
import { openSealedStore } from './openSealedStore';

await openSealedStore();

const address = { session: 'bench-session', subject: 'new-incident:bench' };

/** Makes `mib` MiB of varied bytes (not zeros, so nothing is cheaper than a real video) and stores them in a draft; ms. */
async function save(mib: number): Promise<number> {
  const words = new Uint32Array((mib * 1024 * 1024) / 4);
  for (let index = 0; index < words.length; index += 1) words[index] = Math.imul(index + 1, 2654435761) ^ (index >>> 7);
  const file = new File([words], 'video.mp4', { type: 'video/mp4' });
  const started = performance.now();
  await saveDraft(address, 'files', [{ file, name: file.name }]);
  return performance.now() - started;
}

/** Reads the draft back (as a new tab does) until its file's bytes are in hand; ms, and the bytes' size and a check. */
async function restore(): Promise<{ ms: number; size: number; wordAtMiB: number }> {
  const started = performance.now();
  const draft = await loadDraft<{ file: Blob }[]>(address, 'files');
  const bytes = await draft!.value[0]!.file.arrayBuffer();
  const ms = performance.now() - started;
  return { ms, size: bytes.byteLength, wordAtMiB: new Uint32Array(bytes, 1024 * 1024, 1)[0]! };
}

async function discard(): Promise<number> {
  const started = performance.now();
  await discardDraft(address);
  return performance.now() - started;
}

Object.assign(globalThis, { draftsBench: { save, restore, discard } });

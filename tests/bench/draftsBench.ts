// Bench-only entry (tests/bench/drafts-bench.html): a large picked file kept in an unsaved draft, saved and read back
// through the app's own draft verbs, in a store opened as the app opens it.
import { discardDraft, loadDraft, saveDraft } from '../../src/db';
import { deleteFileBytes, readFileBytes, storeFileBytes } from '../../src/db/fileBytes';
import { openSealedStore } from './openSealedStore';

await openSealedStore();

const address = { session: 'bench-session', subject: 'new-incident:bench' };

/** `mib` MiB of varied bytes (not zeros, so nothing is cheaper than a real video). */
function videoOf(mib: number): File {
  const words = new Uint32Array((mib * 1024 * 1024) / 4);
  for (let index = 0; index < words.length; index += 1) words[index] = Math.imul(index + 1, 2654435761) ^ (index >>> 7);
  return new File([words], 'video.mp4', { type: 'video/mp4' });
}

/** Stores a picked file in a draft; ms. */
async function save(mib: number): Promise<number> {
  const file = videoOf(mib);
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

/** The floor: the same bytes stored and read back as an attachment's file (sealed chunks, no draft row); ms each way. */
async function fileBytesAlone(mib: number): Promise<{ storeMs: number; readMs: number }> {
  const file = videoOf(mib);
  let started = performance.now();
  await storeFileBytes('bench-file', file);
  const storeMs = performance.now() - started;
  started = performance.now();
  await (await readFileBytes('bench-file')).arrayBuffer();
  const readMs = performance.now() - started;
  await deleteFileBytes(['bench-file']);
  return { storeMs, readMs };
}

Object.assign(globalThis, { draftsBench: { save, restore, discard, fileBytesAlone } });

// Prints the first-load weight (JS + CSS the first screen needs, gzip) of a fresh build against the 60 KB budget.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { firstLoadBudgetBytes, measureFirstLoad, measureStartPaths } from './firstLoad.mjs';

const outDir = await mkdtemp(join(tmpdir(), 'spor-bundle-size-'));
try {
  await build({ logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const { files, totalGzipBytes } = await measureFirstLoad(outDir);
  for (const { file, rawBytes, gzipBytes } of files) {
    console.log(`${file.padEnd(48)} ${(rawBytes / 1024).toFixed(1).padStart(7)} KB raw ${(gzipBytes / 1024).toFixed(1).padStart(6)} KB gzip`);
  }
  const within = totalGzipBytes <= firstLoadBudgetBytes;
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`shell (index.html's scripts, styles and preloads, gzip): ${kb(totalGzipBytes)}, ${within ? 'within' : 'OVER'} the ${firstLoadBudgetBytes / 1024} KB budget`);
  const paths = await measureStartPaths(outDir);
  const lockWithin = paths.lockScreen.totalGzipBytes <= firstLoadBudgetBytes;
  console.log(`first screen with a passcode (shell + lock screen + one language): ${kb(paths.lockScreen.totalGzipBytes)}, ${lockWithin ? 'within' : 'OVER'} the budget`);
  const timelineWithin = paths.timeline.totalGzipBytes <= firstLoadBudgetBytes;
  console.log(`first screen without a passcode (shell + key ring and store cipher + timeline + one language): ${kb(paths.timeline.totalGzipBytes)}, ${timelineWithin ? 'within' : 'OVER'} the budget`);
  process.exitCode = within && lockWithin && timelineWithin ? 0 : 1;
} finally {
  await rm(outDir, { recursive: true, force: true });
}

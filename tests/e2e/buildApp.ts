import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const viteCli = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));

/**
 * Builds the app into `outDir` as `npm run build` does. In its own process with NODE_ENV=production: under vitest
 * (NODE_ENV=test) Vite and Preact's preset would make a development-flavoured build (preact/debug, jsxDEV, Workbox
 * logging), not the one shipped. `version` is shown in Settings (SPOR_VERSION).
 */
export async function buildApp(outDir: string, { version }: { version?: string } = {}): Promise<void> {
  await promisify(execFile)(process.execPath, [viteCli, 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], {
    cwd: projectRoot,
    env: { ...process.env, NODE_ENV: 'production', ...(version ? { SPOR_VERSION: version } : {}) },
  });
}

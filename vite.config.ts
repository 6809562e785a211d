import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy } from './scripts/csp.mjs';

/** The built page carries the same CSP as the server's header (dev keeps Vite's inline styles working). */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'spor-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }, injectTo: 'head-prepend' },
    ],
  };
}

// jsPDF loads html2canvas, DOMPurify and canvg lazily for html()/SVG, which Spor never uses. Their chunks are
// named by the package they come from, so the precache can leave them out whatever Rolldown calls them.
const unusedJsPdfHelpers = /[\\/]node_modules[\\/](html2canvas|dompurify|canvg)[\\/]/;
const unusedChunkPrefix = 'jspdf-unused-';
function chunkFileNames(chunk: { facadeModuleId: string | null }): string {
  return chunk.facadeModuleId && unusedJsPdfHelpers.test(chunk.facadeModuleId)
    ? `assets/${unusedChunkPrefix}[name]-[hash].js`
    : 'assets/[name]-[hash].js';
}

// The first screen's code in few files: gzip compresses each file apart, and every small shared chunk Rolldown would
// make on its own (Dexie, Preact, the lock's state, the messages...) costs its own header and import lists. Everything
// the page imports before any screen is one chunk; opening the log (the store cipher, noble's AES-GCM, the device
// key's part of the key ring) is another, loaded at start without a passcode and after unlocking with one.
const codeSplitting = {
  groups: [
    // Not the entry module itself: a bench page built beside the app (tests/bench/) shares this chunk, and would run it.
    { name: 'shell', tags: ['$initial' as const], test: (id: string) => !/[\\/]src[\\/]main\.tsx$|\.html|[\\/]tests[\\/]/.test(id), priority: 2 },
    { name: 'storeCipher', test: /src[\\/](crypto[\\/]keyRing|db[\\/](storeCipher|rowBytes)|app[\\/]openStore)\.ts$/, priority: 1 },
    // Shared by the log and the lock screen: kept out of the log's chunk, which would take it in with the log's imports.
    { name: 'errorText', test: /src[\\/]ui[\\/]errorText\.ts$/, priority: 2 },
    // The log's screen and what only it needs before it shows, in one file.
    {
      name: 'Timeline',
      test: /src[\\/](screens[\\/]Timeline[\\/](?!UnsavedDraftList|load)|db[\\/](incidentQueries|thumbnails)\.|domain[\\/]kinds\.|ui[\\/](Thumbnail|useObjectUrl|welcomeDismissed)\.|i18n[\\/]dates\.)/,
      priority: 1,
    },
  ],
};

const packageVersion = (JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }).version;

export default defineConfig(({ command }) => ({
  define: {
    // Shown in Settings, so a person (and the update test) can see which version runs; SPOR_VERSION overrides it.
    __APP_VERSION__: JSON.stringify(process.env.SPOR_VERSION ?? packageVersion),
    // Every build registers the worker; the dev server has none.
    __SERVICE_WORKER__: JSON.stringify(command === 'build'),
  },
  plugins: [
    preact(),
    contentSecurityPolicyMeta(),
    VitePWA({
      injectRegister: null, // registered by src/pwa/ with workbox-window, so updates wait for the user
      registerType: 'prompt',
      // Our own worker (src/sw/sw.ts) so every response it serves carries the security headers, on any host.
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      manifest: false, // public/manifest.webmanifest is written by hand
      injectManifest: {
        // Everything a feature may need offline, lazily loaded report chunks, worker, fonts and icons included.
        globPatterns: ['**/*.{js,css,html,ttf,wasm,png,webmanifest}'],
        globIgnores: [`**/${unusedChunkPrefix}*`, 'screenshots/**'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ],
  // Dexie's modern build (ES2018+, the engines Spor supports anyway) is 1.3 KB gzip lighter on the first screen.
  resolve: { alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }] },
  worker: { format: 'es', rolldownOptions: { output: { chunkFileNames } } },
  // The chunk manifest (.vite/manifest.json, not served to phones' caches) lets the size gate follow each start path.
  // No modulepreload polyfill: every engine Spor supports but Safari before 17 preloads natively, and there the
  // chunks still load, only on import instead of ahead of it.
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    modulePreload: { polyfill: false },
    rolldownOptions: { output: { chunkFileNames, codeSplitting } },
  },
}));

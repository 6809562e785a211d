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

export default defineConfig({
  plugins: [
    preact(),
    contentSecurityPolicyMeta(),
    VitePWA({
      injectRegister: null, // registered by src/pwa/ with workbox-window, so updates wait for the user
      registerType: 'prompt',
      manifest: false, // public/manifest.webmanifest is written by hand
      workbox: {
        globPatterns: ['**/*.{js,css,html,ttf,wasm}'],
        // jsPDF's optional html()/SVG helpers are never used; keep them out of the precache.
        globIgnores: ['**/html2canvas*', '**/purify*', '**/index.es*', '**/canvg*'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        navigateFallback: 'index.html',
      },
    }),
  ],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false },
});

// One Content-Security-Policy for the page (meta tag) and the server (header, which is what governs
// workers). Nothing but the app's own origin; blob:/data: only for the user's own evidence.
// 'wasm-unsafe-eval' is for hash-wasm (SHA-256 streaming, Argon2id); nothing broader.
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self' blob: data:",
  "worker-src 'self' blob:",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Directives a meta tag cannot carry; sent only as headers. */
export const headerOnlyDirectives = "frame-ancestors 'none'";

/**
 * Every response's security headers: from scripts/serve.mjs, from the service worker (src/sw/) on any host, and
 * the lines the README gives for nginx, Caddy and a static host's `_headers` file.
 */
export const securityHeaders = {
  'Content-Security-Policy': `${contentSecurityPolicy}; ${headerOnlyDirectives}`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(self), geolocation=(self), microphone=(self)',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

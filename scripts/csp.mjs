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
  "manifest-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Directives a meta tag cannot carry; sent only as headers. */
export const headerOnlyDirectives = "frame-ancestors 'none'";

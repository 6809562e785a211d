/** Set by vite.config.ts `define` at build time; absent in unit tests. */
declare const __APP_VERSION__: string;
/** True in built apps (vite build); the dev server has no service worker. */
declare const __SERVICE_WORKER__: boolean;

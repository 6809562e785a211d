/** Set by vite.config.ts `define` at build time; absent in unit tests. */
declare const __APP_VERSION__: string;

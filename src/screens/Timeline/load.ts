// What App.tsx imports to show the log. A module of its own, imported only dynamically, so that the log shares one
// chunk with the parts it needs (vite.config.ts) without a namespace object and Rolldown's runtime helpers (see
// src/i18n/firstScreen/loadDa.ts): 0.4 KB gzip less than the log's module in a chunk of its own.
export { default } from './index';

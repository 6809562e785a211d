// What the start imports for Danish. A module of its own, imported only dynamically, so that its chunk exports the pack
// as is: da.ts itself is also imported statically (bothLanguages.ts), and a dynamic import of it made Rolldown build a
// namespace object with its runtime helpers, 0.6 KB gzip more on the first screen.
export { default } from './da';

// What the start imports for English: see loadDa.ts.
export { default } from './en';

import bidiFactory from 'bidi-js';
import type { jsPDF } from 'jspdf';

// jsPDF draws glyphs left to right in the order it is given, and its own bidi step leaves the words of a right-to-left
// run in left-to-right order. So every line is shaped (Arabic letters to their joined forms, in logical order) and then
// put in visual order with the Unicode Bidirectional Algorithm (bidi-js), after wrapping, one drawn line at a time.

const bidi = bidiFactory();
const rightToLeft = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
type Shape = (text: string) => string;

/** Undoes a surrogate pair that reversing a run turned around (low before high). */
function repairSurrogates(units: string[]): string {
  for (let index = 0; index < units.length - 1; index++) {
    const first = units[index].charCodeAt(0);
    const second = units[index + 1].charCodeAt(0);
    if (first >= 0xdc00 && first <= 0xdfff && second >= 0xd800 && second <= 0xdbff) {
      [units[index], units[index + 1]] = [units[index + 1], units[index]];
      index += 1;
    }
  }
  return units.join('');
}

/** One line as its glyphs sit on the page: runs reversed by embedding level, brackets mirrored; the base direction comes from the first strong character. */
export function visualOrder(line: string, shape: Shape = (text) => text): string {
  if (!rightToLeft.test(line)) return line;
  const shaped = shape(line);
  const levels = bidi.getEmbeddingLevels(shaped);
  const units = shaped.split('');
  for (const [index, mirror] of bidi.getMirroredCharactersMap(shaped, levels.levels)) units[index] = mirror;
  for (const [start, end] of bidi.getReorderSegments(shaped, levels)) {
    units.splice(start, end - start + 1, ...units.slice(start, end + 1).reverse());
  }
  return repairSurrogates(units);
}

type Topics = Record<string, Record<string, [unknown, boolean]>>;

/**
 * Makes every doc.text call draw its lines in visual order, and tells jsPDF not to reorder them again. jsPDF's own
 * Arabic shaping step is taken off this document: run again on reordered text it would join letters across the
 * reversal (a lam-alef ligature out of "الم"); the lines are shaped here, once, in logical order.
 */
export function drawInVisualOrder(doc: jsPDF): void {
  const draw = doc.text.bind(doc);
  const shape: Shape = (text) => doc.processArabic(text);
  const events = doc.internal.events as unknown as { getTopics(): Topics; unsubscribe(token: string): boolean };
  for (const [token, [handler]] of Object.entries(events.getTopics().preProcessText ?? {})) {
    if (handler === doc.processArabic) events.unsubscribe(token);
  }
  doc.text = ((text: string | string[], x: number, y: number, options?: Record<string, unknown>, transform?: unknown) => {
    const lines = Array.isArray(text) ? text : [text];
    if (!lines.some((line) => rightToLeft.test(line))) return draw(text, x, y, options, transform);
    const visual = lines.map((line) => visualOrder(line, shape));
    return draw(Array.isArray(text) ? visual : visual[0], x, y, { ...options, isInputVisual: true, isOutputVisual: true }, transform);
  }) as typeof doc.text;
}

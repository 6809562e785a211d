import type { UserOptions } from 'jspdf-autotable';
import { contentWidth, fontSizes, type ReportWriter } from './writer';

// Table columns sized from what they hold: each column is at least as wide as its longest word (within its bounds), so
// a name or word that fits is never broken; one that cannot fit is broken with a visible hyphen, never silently.

export type ColumnSpec = { min: number; max: number; bold?: boolean } | { rest: true; min: number };

/** Left and right cell padding in writer.tableOptions, plus a hair so rounding never pushes a fitting word over. */
const cellPadding = 1.8 * 2 + 0.3;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** Characters a line may end after without adding anything: "jonas.odegaard@" / "firma.dk" reads true, a hyphen would not. */
const breakAfter = /[@./_\-:,;]/;

/** A word wider than `room`, cut into pieces that fit: after its own punctuation where it has some, else with a visible hyphen. */
function hyphenate(writer: ReportWriter, word: string, room: number): string[] {
  const pieces: string[] = [];
  let piece: string[] = [];
  for (const { segment } of graphemes.segment(word)) {
    while (piece.length && writer.doc.getTextWidth(`${piece.join('')}${segment}-`) > room) {
      // The last punctuation in the piece, where a line may end as it is; otherwise the whole piece and a hyphen.
      const cut = piece.findLastIndex((char) => breakAfter.test(char)) + 1;
      pieces.push(cut > 0 ? piece.slice(0, cut).join('') : `${piece.join('')}-`);
      piece = cut > 0 ? piece.slice(cut) : [];
    }
    piece.push(segment);
  }
  return [...pieces, piece.join('')];
}

function breakLongWords(writer: ReportWriter, text: string, room: number): string {
  return text.split('\n').map((line) => line.split(' ').map((word) =>
    (word && writer.doc.getTextWidth(word) > room ? hyphenate(writer, word, room).join('\n') : word)).join(' ')).join('\n');
}

/** Widths within the content width: the longest word of each column, the rest to the flexible column, shrinking the widest columns first when space runs out. */
function columnWidths(writer: ReportWriter, head: string[], body: string[][], specs: ColumnSpec[]): number[] {
  // A word wider than a column's bound will be broken anyway, so it does not widen the column for the others.
  const widths = specs.map((spec, column) => {
    const bound = 'rest' in spec ? contentWidth : spec.max;
    const widest = (texts: string[], bold: boolean) => {
      writer.style({ size: fontSizes.table, bold });
      const fitting = texts.flatMap(words).map((word) => writer.doc.getTextWidth(word) + cellPadding).filter((width) => width <= bound);
      return Math.max(0, ...fitting);
    };
    const needed = Math.max(widest([head[column] ?? ''], true), widest(body.map((row) => row[column] ?? ''), 'bold' in spec && !!spec.bold));
    return 'rest' in spec ? spec.min : Math.min(spec.max, Math.max(spec.min, needed));
  });
  const flexible = specs.findIndex((spec) => 'rest' in spec);
  const fixedSum = () => widths.reduce((sum, width, column) => (column === flexible ? sum : sum + width), 0);
  let over = fixedSum() + widths[flexible] - contentWidth;
  while (over > 0.01) {
    const shrinkable = widths.map((width, column) => (column === flexible ? 0 : width - specs[column].min));
    const widest = shrinkable.indexOf(Math.max(...shrinkable));
    if (shrinkable[widest] <= 0) break;
    const step = Math.min(over, shrinkable[widest], 1);
    widths[widest] -= step;
    over -= step;
  }
  widths[flexible] = contentWidth - fixedSum();
  return widths;
}

/** Column widths for autoTable and the body with over-long words hyphenated to fit them. */
export function sizeColumns(writer: ReportWriter, head: string[], body: string[][], specs: ColumnSpec[]): Pick<UserOptions, 'body' | 'columnStyles'> {
  const widths = columnWidths(writer, head, body, specs);
  const fitted = body.map((row) => row.map((cell, column) => {
    const spec = specs[column];
    writer.style({ size: fontSizes.table, bold: 'bold' in spec && !!spec.bold });
    return breakLongWords(writer, cell, widths[column] - cellPadding);
  }));
  return { body: fitted, columnStyles: Object.fromEntries(widths.map((width, column) => [column, { cellWidth: width }])) };
}

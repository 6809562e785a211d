// A TrueType font draws only what its cmap lists; jsPDF silently drops the rest (emoji, CJK with DejaVu).
// Every piece of text passes through here so nothing vanishes unnoticed: an undrawable character becomes "[U+1F600]".

export type CodeMap = Record<number, number | undefined>;

const lineBreak = 0x0a;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function marker(grapheme: string): string {
  return `[${[...grapheme].map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ')}]`;
}

/** Turns text into something the font can draw in full, collecting the markers it had to write. */
export class GlyphCoverage {
  readonly replaced = new Set<string>();

  /** One map per embedded face: a character is drawable only if every face has it. */
  constructor(private readonly codeMaps: CodeMap[]) {}

  canDraw(codePoint: number): boolean {
    return codePoint === lineBreak || this.codeMaps.every((map) => !!map[codePoint]);
  }

  clean(text: string): string {
    const normalised = text.replace(/\r\n?/g, '\n').replace(/\t/g, '    ');
    let drawable = true;
    for (const char of normalised) {
      if (!this.canDraw(char.codePointAt(0)!)) {
        drawable = false;
        break;
      }
    }
    if (drawable) return normalised;
    let out = '';
    for (const { segment } of segmenter.segment(normalised)) {
      if ([...segment].every((char) => this.canDraw(char.codePointAt(0)!))) {
        out += segment;
      } else {
        const shown = marker(segment);
        this.replaced.add(shown);
        out += shown;
      }
    }
    return out;
  }
}

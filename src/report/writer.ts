import '../i18n/laterMessages';
import type { jsPDF } from 'jspdf';
import type { UserOptions } from 'jspdf-autotable';
import type { MessageKey } from '../i18n/catalogue';
import type { Language } from '../i18n/define';
import { translate, translatePlural, type MessageParams, type PluralKey } from '../i18n/translate';
import { fontFamily } from './fonts';
import type { GlyphCoverage } from './glyphs';

// Page geometry and typography in one place, so every section lines up with every other (units: mm, sizes: pt).
export const sheet = { width: 210, height: 297, left: 18, right: 18, top: 18, bottom: 22 };
export const contentWidth = sheet.width - sheet.left - sheet.right;
const pointInMm = 25.4 / 72;
const lineHeightFactor = 1.25;

type Colour = [number, number, number];
export const colours = {
  ink: [28, 32, 38] as Colour,
  muted: [92, 99, 108] as Colour,
  accent: [30, 64, 112] as Colour,
  accentLight: [226, 233, 243] as Colour,
  rule: [196, 202, 210] as Colour,
  stripe: [246, 247, 249] as Colour,
  warning: [160, 32, 40] as Colour,
  good: [22, 101, 52] as Colour,
};
export const fontSizes = { title: 26, section: 16, heading: 11.5, body: 9.5, table: 8.5, small: 7.5 };

export interface TextStyle {
  size?: number;
  bold?: boolean;
  colour?: Colour;
}

/** Flows text down the pages; sections, tables and blocks ask it for room and it starts a new page when needed. */
export class ReportWriter {
  y = sheet.top;
  readonly sectionPages: { title: string; page: number }[] = [];

  constructor(
    readonly doc: jsPDF,
    readonly coverage: GlyphCoverage,
    readonly language: Language,
  ) {}

  t(key: MessageKey, params?: MessageParams): string {
    return translate(this.language, key, params);
  }

  /** The plural form Intl.PluralRules picks for `count` ({count} is filled in). */
  tn(key: PluralKey, count: number, params?: MessageParams): string {
    return translatePlural(this.language, key, count, params);
  }

  /** User-typed text, made drawable in full (undrawable characters become visible markers). */
  user(text: string): string {
    return this.coverage.clean(text);
  }

  get page(): number {
    return this.doc.getNumberOfPages();
  }

  get bottom(): number {
    return sheet.height - sheet.bottom;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = sheet.top;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  style({ size = fontSizes.body, bold = false, colour = colours.ink }: TextStyle = {}): number {
    this.doc.setFont(fontFamily, bold ? 'bold' : 'normal');
    this.doc.setFontSize(size);
    this.doc.setTextColor(...colour);
    return lineHeight(size);
  }

  lines(text: string, width: number, style: TextStyle = {}): string[] {
    this.style(style);
    return this.doc.splitTextToSize(text, width) as string[];
  }

  /** How much height paragraph() would take for this text, to keep a short block together on one page. */
  paragraphHeight(text: string, style: TextStyle = {}, { indent = 0, after = 2 } = {}): number {
    return this.lines(text, contentWidth - indent, style).length * lineHeight(style.size ?? fontSizes.body) + after;
  }

  /** Wrapped text at the cursor, continued on the next page if it runs out of room. */
  paragraph(text: string, style: TextStyle = {}, { indent = 0, after = 2 } = {}): void {
    const lines = this.lines(text, contentWidth - indent, style);
    const step = this.style(style);
    for (const line of lines) {
      this.ensure(step);
      this.doc.text(line, sheet.left + indent, this.y, { baseline: 'top' });
      this.y += step;
    }
    this.y += after;
  }

  /** A new page with a numbered section title, remembered for the contents on the cover. */
  section(title: string): void {
    this.newPage();
    this.sectionPages.push({ title, page: this.page });
    const number = String(this.sectionPages.length + 1);
    this.style({ size: fontSizes.section, bold: true, colour: colours.accent });
    this.doc.text(`${number}`, sheet.left, this.y, { baseline: 'top' });
    this.style({ size: fontSizes.section, bold: true });
    this.doc.text(title, sheet.left + 9, this.y, { baseline: 'top' });
    this.y += lineHeight(fontSizes.section) + 1.5;
    this.rule(colours.accent, 0.6);
    this.y += 5;
  }

  heading(text: string, { keepWith = 20 } = {}): void {
    this.ensure(lineHeight(fontSizes.heading) + keepWith);
    this.style({ size: fontSizes.heading, bold: true, colour: colours.accent });
    this.doc.text(text, sheet.left, this.y, { baseline: 'top' });
    this.y += lineHeight(fontSizes.heading) + 1.5;
  }

  rule(colour: Colour = colours.rule, width = 0.2): void {
    this.doc.setDrawColor(...colour);
    this.doc.setLineWidth(width);
    this.doc.line(sheet.left, this.y, sheet.width - sheet.right, this.y);
  }

  /** Label and value pairs in two columns; values wrap under themselves. `indent` and `width` place them in a column. */
  fields(rows: [string, string][], { labelWidth = 42, size = fontSizes.body, after = 3, indent = 0, width = contentWidth } = {}): void {
    const step = lineHeight(size);
    for (const [label, value] of rows) {
      const labelLines = this.lines(label, labelWidth - 2, { size });
      const valueLines = this.lines(value, width - labelWidth, { size });
      this.ensure(step * Math.min(Math.max(valueLines.length, labelLines.length), 3));
      const top = this.y;
      this.style({ size, colour: colours.muted });
      labelLines.forEach((line, index) => this.doc.text(line, sheet.left + indent, top + index * step, { baseline: 'top' }));
      this.style({ size });
      for (const line of valueLines) {
        this.ensure(step);
        this.doc.text(line, sheet.left + indent + labelWidth, this.y, { baseline: 'top' });
        this.y += step;
      }
      this.y = Math.max(this.y, top + labelLines.length * step) + 0.8;
    }
    this.y += after;
  }

  /** Shared look of every table: Unicode font, bold accent header repeated on each page, light stripes. */
  tableOptions(options: UserOptions): UserOptions {
    return {
      startY: this.y,
      margin: { left: sheet.left, right: sheet.right, top: sheet.top, bottom: sheet.bottom },
      theme: 'grid',
      rowPageBreak: 'auto',
      showHead: 'everyPage',
      styles: {
        font: fontFamily, fontSize: fontSizes.table, cellPadding: { top: 1.6, bottom: 1.6, left: 1.8, right: 1.8 },
        textColor: colours.ink, lineColor: colours.rule, lineWidth: 0.15, valign: 'top', overflow: 'linebreak',
      },
      headStyles: { font: fontFamily, fontStyle: 'bold', fillColor: colours.accent, textColor: [255, 255, 255], lineColor: colours.accent },
      alternateRowStyles: { fillColor: colours.stripe },
      ...options,
    };
  }

  /** Moves the cursor below the table jsPDF-autotable just drew. */
  afterTable(gap = 6): void {
    const finalY = (this.doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable?.finalY;
    this.y = (finalY ?? this.y) + gap;
  }
}

export function lineHeight(size: number): number {
  return size * pointInMm * lineHeightFactor;
}

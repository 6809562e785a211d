import type { jsPDF } from 'jspdf';
import { GlyphCoverage, type CodeMap } from './glyphs';
import type { ReportFonts } from './types';

export const fontFamily = 'DejaVuSans';

/** jsPDF's virtual file system wants a binary string; chunks keep String.fromCharCode within argument limits. */
function binaryString(bytes: Uint8Array): string {
  let out = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    out += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return out;
}

function codeMapOf(doc: jsPDF, style: 'normal' | 'bold'): CodeMap {
  doc.setFont(fontFamily, style);
  const metadata = (doc.getFont() as unknown as { metadata?: { cmap?: { unicode?: { codeMap?: CodeMap } } } }).metadata;
  const codeMap = metadata?.cmap?.unicode?.codeMap;
  if (!codeMap) throw new Error('The report font has no Unicode character map');
  return codeMap;
}

/** Embeds DejaVu Sans (regular and bold) as Unicode fonts and returns what they can draw. */
export function embedFonts(doc: jsPDF, fonts: ReportFonts): GlyphCoverage {
  doc.addFileToVFS('DejaVuSans.ttf', binaryString(fonts.regular));
  doc.addFont('DejaVuSans.ttf', fontFamily, 'normal', 'Identity-H');
  doc.addFileToVFS('DejaVuSans-Bold.ttf', binaryString(fonts.bold));
  doc.addFont('DejaVuSans-Bold.ttf', fontFamily, 'bold', 'Identity-H');
  return new GlyphCoverage([codeMapOf(doc, 'bold'), codeMapOf(doc, 'normal')]);
}

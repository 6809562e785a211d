import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Text of every page as pdfjs reads it, one string per page (items joined by spaces). */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await pdf.destroy();
  return pages;
}

/** Whitespace removed, so text wrapped over lines and cells still compares equal. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}


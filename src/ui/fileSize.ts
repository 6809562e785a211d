import type { Language } from '../i18n';

const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** "3.4 MB" / "3,4 MB": decimal units, as phones show file sizes. */
export function formatFileSize(bytes: number, language: Language): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(language === 'da' ? 'da-DK' : 'en-GB', {
    style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

/** A short label for a file without a picture: "PDF", "MP3", "VIDEO". */
export function fileTypeLabel(mimeType: string, fileName: string): string {
  const extension = /\.([a-z0-9]{1,5})$/i.exec(fileName)?.[1];
  return (extension ?? mimeType.split('/')[0] ?? '').toUpperCase();
}

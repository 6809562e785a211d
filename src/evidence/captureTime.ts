export interface ExifCapture {
  at: number;
  /** "2026-03-29T02:30:00": the wall time as the camera wrote it, kept when it came without an offset (`at` then assumes the device's zone). */
  localTime?: string;
}

/** When a photo was taken, from EXIF; undefined when the file has none. `contentType` is sniffed from the bytes. exifr is loaded only when needed. */
export async function readExifCaptureTime(blob: Blob, contentType: string): Promise<ExifCapture | undefined> {
  if (!/^image\/(jpeg|heic|heif|tiff|png|webp)$/.test(contentType)) return undefined;
  try {
    const { default: exifr } = await import('exifr');
    // reviveValues:false gives the raw "YYYY:MM:DD HH:MM:SS"; exifr would ignore the offset otherwise.
    const tags = await exifr.parse(blob, { pick: ['DateTimeOriginal', 'OffsetTimeOriginal', 'CreateDate'], reviveValues: false });
    const raw: unknown = tags?.DateTimeOriginal ?? tags?.CreateDate;
    const at = parseExifTime(raw, tags?.OffsetTimeOriginal);
    if (at === undefined) return undefined;
    return tags?.OffsetTimeOriginal ? { at } : { at, localTime: exifLocalTime(raw) };
  } catch {
    return undefined; // Damaged EXIF never stops the file being stored.
  }
}

/** "2026:03:29 02:30:00" plus an optional "+02:00"; without an offset the device's zone is assumed. */
export function parseExifTime(raw: unknown, offset?: unknown): number | undefined {
  if (typeof raw !== 'string') return undefined;
  const match = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(raw.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match.map(Number);
  if (!year || !month || !day) return undefined;
  const offsetMatch = typeof offset === 'string' ? /^([+-])(\d{2}):?(\d{2})$/.exec(offset.trim()) : null;
  if (offsetMatch) {
    const sign = offsetMatch[1] === '-' ? -1 : 1;
    const offsetMinutes = sign * (Number(offsetMatch[2]) * 60 + Number(offsetMatch[3]));
    return Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000;
  }
  return new Date(year, month - 1, day, hour, minute, second).getTime();
}

/** "2026:03:29 02:30:00" as "2026-03-29T02:30:00", for printing exactly what the camera wrote. */
export function exifLocalTime(raw: unknown): string | undefined {
  const match = typeof raw === 'string' ? /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}:\d{2}:\d{2})/.exec(raw.trim()) : null;
  return match ? `${match[1]}-${match[2]}-${match[3]}T${match[4]}` : undefined;
}

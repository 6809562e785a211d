import { describe, expect, it } from 'vitest';
import { exifLocalTime, parseExifTime } from '../../src/evidence/captureTime';

describe('EXIF capture time', () => {
  it('applies the recorded offset', () => {
    expect(parseExifTime('2026:03:29 03:10:00', '+02:00')).toBe(Date.UTC(2026, 2, 29, 1, 10));
    expect(parseExifTime('2026:01:10 08:00:05', '-05:00')).toBe(Date.UTC(2026, 0, 10, 13, 0, 5));
  });

  it('assumes the device zone when no offset was recorded', () => {
    expect(parseExifTime('2026:07:01 12:00:00')).toBe(Date.UTC(2026, 6, 1, 10)); // TZ=Europe/Copenhagen, summer time
  });

  it('ignores what is not an EXIF time', () => {
    expect(parseExifTime('0000:00:00 00:00:00')).toBeUndefined();
    expect(parseExifTime(undefined)).toBeUndefined();
    expect(parseExifTime('yesterday')).toBeUndefined();
  });

  it('keeps the camera\'s own digits when no offset was recorded, to print them with "offset unknown"', () => {
    expect(exifLocalTime('2026:03:29 02:30:00')).toBe('2026-03-29T02:30:00');
    expect(exifLocalTime(' 2061:01:01 00:00:00 ')).toBe('2061-01-01T00:00:00');
    expect(exifLocalTime('yesterday')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { extensionContradicts, sniffContentType } from '../../src/domain/contentType';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((char) => char.charCodeAt(0)) : part)));
const box = (brand: string) => bytes([0, 0, 0, 24], 'ftyp', brand, [0, 0, 0, 0], 'isommp42');

describe('the type of a file, read from its content', () => {
  it.each([
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe1, 0, 0x10], 'Exif'), 'image/jpeg'],
    ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR'), 'image/png'],
    ['GIF', bytes('GIF89a', [1, 0, 1, 0]), 'image/gif'],
    ['WebP', bytes('RIFF', [0, 1, 0, 0], 'WEBPVP8 '), 'image/webp'],
    ['HEIC', box('heic'), 'image/heic'],
    ['PDF', bytes('%PDF-1.7\n%âãÏÓ\n'), 'application/pdf'],
    ['MP4', box('mp42'), 'video/mp4'],
    ['MOV', box('qt  '), 'video/quicktime'],
    ['M4A', box('M4A '), 'audio/mp4'],
    ['WebM', bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 1, 0x42, 0x82, 0x84], 'webm'), 'video/webm'],
    ['MP3 with ID3', bytes('ID3', [4, 0, 0, 0, 0, 0, 0]), 'audio/mpeg'],
    ['MP3 frame', bytes([0xff, 0xfb, 0x90, 0x64, 0, 0]), 'audio/mpeg'],
    ['WAV', bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '), 'audio/wav'],
    ['OGG', bytes('OggS', [0, 2, 0, 0]), 'audio/ogg'],
    ['ZIP', bytes('PK', [3, 4, 20, 0, 0, 0], 'chat.txt'), 'application/zip'],
    ['DOCX', bytes('PK', [3, 4, 20, 0, 6, 0], '[Content_Types].xml', [0, 0], 'PK', [3, 4], 'word/document.xml'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['an e-mail', bytes('From: a@example.com\r\nTo: b@example.com\r\nSubject: Hej\r\n\r\nDu kan ikke gemme dig.\r\n'), 'text/plain'],
    ['UTF-8 text', new TextEncoder().encode('[12.03.26 22:14] Mads: Jeg ved hvor du bor 😀'), 'text/plain'],
    ['Latin-1 text', bytes('Hils p', [0xe5], ' s', [0xf8], 'ster'), 'text/plain'],
    ['a Windows program', bytes('MZ', [0x90, 0, 3, 0]), 'application/x-msdownload'],
    ['random binary', bytes([0, 1, 2, 3, 4, 5, 250, 0, 7, 8, 9, 10, 11, 12]), 'application/octet-stream'],
    ['nothing', new Uint8Array(0), 'application/octet-stream'],
  ])('%s', (_kind, content, type) => {
    expect(sniffContentType(content)).toBe(type);
  });
});

describe('a name whose extension does not match the content', () => {
  it('is caught whatever the name claims', () => {
    expect(extensionContradicts('invoice\u202egpj.exe', 'image/jpeg')).toBe(true);
    expect(extensionContradicts('photo.jpg', 'application/pdf')).toBe(true);
    expect(extensionContradicts('photo.JPG', 'text/plain')).toBe(true);
    expect(extensionContradicts('voice.mp3', 'application/octet-stream')).toBe(true);
  });

  it('is not claimed for names that fit, close relatives, or extensions nobody can check', () => {
    expect(extensionContradicts('IMG_2041.JPG', 'image/jpeg')).toBe(false);
    expect(extensionContradicts('clip.mov', 'video/mp4')).toBe(false);
    // Spor's own recordings: WebM holding sound only (Chromium, Firefox), MP4 holding sound only (Safari).
    expect(extensionContradicts('Optagelse 2026-11-28 21.50.03.webm', 'audio/webm')).toBe(false);
    expect(extensionContradicts('Optagelse 2026-11-28 21.50.03.m4a', 'audio/mp4')).toBe(false);
    expect(extensionContradicts('brev.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe(false);
    expect(extensionContradicts('chat.docx', 'application/zip')).toBe(false);
    expect(extensionContradicts('mail.eml', 'text/plain')).toBe(false);
    expect(extensionContradicts('notes', 'text/plain')).toBe(false);
    expect(extensionContradicts('backup.bak', 'image/jpeg')).toBe(false);
  });
});

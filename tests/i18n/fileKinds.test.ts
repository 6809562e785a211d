import { describe, expect, it } from 'vitest';
import '../../src/i18n/laterMessages';
import { fileKindName } from '../../src/i18n/fileKinds';

describe('file kinds in words', () => {
  it('names the kind and the format people know from file names', () => {
    expect(fileKindName('en', 'image/jpeg', 'IMG_2041.jpg')).toBe('Photo (JPEG)');
    expect(fileKindName('da', 'image/jpeg', 'IMG_2041.jpg')).toBe('Foto (JPEG)');
    expect(fileKindName('da', 'video/quicktime', 'IMG_0001.MOV')).toBe('Video (MOV)');
    expect(fileKindName('en', 'audio/mpeg', 'voicemail.mp3')).toBe('Sound recording (MP3)');
    expect(fileKindName('da', 'application/pdf', 'dom.pdf')).toBe('PDF-dokument');
  });

  it('falls back to the file name’s extension, then to plain “unknown”', () => {
    expect(fileKindName('en', 'application/octet-stream', 'chat.docx')).toBe('File (DOCX)');
    expect(fileKindName('en', 'application/octet-stream', 'noextension')).toBe('File of unknown type');
    expect(fileKindName('da', '', 'x')).toBe('Fil af ukendt type');
  });
});

import type { Language } from './define';
import { translate } from './translate';

// "Photo (JPEG)" instead of "image/jpeg": the kind in words, the format as people know it from file names.

const formatNames: Record<string, string> = {
  jpeg: 'JPEG', jpg: 'JPEG', png: 'PNG', gif: 'GIF', webp: 'WebP', heic: 'HEIC', heif: 'HEIF', avif: 'AVIF', 'svg+xml': 'SVG',
  quicktime: 'MOV', mp4: 'MP4', webm: 'WebM', '3gpp': '3GP', 'x-matroska': 'MKV',
  mpeg: 'MP3', mp3: 'MP3', 'x-m4a': 'M4A', mp4a: 'M4A', aac: 'AAC', ogg: 'OGG', wav: 'WAV', 'x-wav': 'WAV', amr: 'AMR',
  plain: 'TXT', pdf: 'PDF', zip: 'ZIP', msword: 'DOC', 'vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
};

function formatName(mimeType: string, fileName: string): string {
  const subtype = mimeType.split('/')[1]?.toLowerCase().replace('octet-stream', '') ?? '';
  const extension = /\.([a-z0-9]{1,5})$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return formatNames[subtype] ?? formatNames[extension] ?? (extension || subtype).toUpperCase();
}

export function fileKindName(language: Language, mimeType: string, fileName: string): string {
  const family = mimeType.split('/')[0]?.toLowerCase();
  const format = formatName(mimeType, fileName);
  if (mimeType === 'application/pdf') return translate(language, 'file.kind.pdf');
  const key = family === 'image' ? 'file.kind.photo' : family === 'video' ? 'file.kind.video' : family === 'audio' ? 'file.kind.audio' : family === 'text' ? 'file.kind.text' : 'file.kind.other';
  return format ? translate(language, key, { format }) : translate(language, 'file.kind.unknown');
}

// What a file is, read from its first bytes (magic numbers), never from its name: a name can say anything.

export const unknownType = 'application/octet-stream';
export const textType = 'text/plain';

const ascii = (bytes: Uint8Array, at: number, text: string) => [...text].every((char, index) => bytes[at + index] === char.charCodeAt(0));
const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, index) => bytes[index] === byte);

/** ISO base media files (MP4, MOV, HEIC, M4A, 3GP) say what they are in the "ftyp" box's major brand. */
function isoMediaType(bytes: Uint8Array): string | undefined {
  if (!ascii(bytes, 4, 'ftyp')) return ['moov', 'mdat', 'wide', 'free'].some((box) => ascii(bytes, 4, box)) ? 'video/quicktime' : undefined;
  const brand = String.fromCharCode(...bytes.subarray(8, 12));
  if (/^(heic|heix|hevc|hevx|heim|heis|mif1|msf1)$/.test(brand)) return 'image/heic';
  if (brand === 'avif' || brand === 'avis') return 'image/avif';
  if (brand === 'qt  ') return 'video/quicktime';
  if (brand === 'M4A ' || brand === 'M4B ') return 'audio/mp4';
  if (brand.startsWith('3g')) return 'video/3gpp';
  return 'video/mp4';
}

/** Office files are ZIP archives; their first part names give away which kind. */
function zipType(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes);
  if (head.includes('word/')) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  if (head.includes('xl/')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (head.includes('ppt/')) return 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
  return 'application/zip';
}

/** Text in any 8-bit encoding or UTF-16 with a byte order mark: no NUL bytes and almost no control characters. */
function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  let controls = 0;
  for (const byte of bytes) {
    if (byte === 0) return false;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) controls += 1;
  }
  return controls <= bytes.length / 100;
}

/** The content type of a file from its first bytes (64 KB is plenty); `unknownType` when nothing matches. */
export function sniffContentType(bytes: Uint8Array): string {
  if (!bytes.length) return unknownType;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (ascii(bytes, 0, 'GIF87a') || ascii(bytes, 0, 'GIF89a')) return 'image/gif';
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBP')) return 'image/webp';
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WAVE')) return 'audio/wav';
  if (ascii(bytes, 0, '%PDF-')) return 'application/pdf';
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return new TextDecoder('latin1').decode(bytes.subarray(0, 64)).includes('webm') ? 'video/webm' : 'video/x-matroska';
  if (ascii(bytes, 0, 'OggS')) return 'audio/ogg';
  // MPEG layer III frame sync (FF FB, FF F3...) or an ID3 tag in front; ADTS AAC has layer bits 00.
  if (ascii(bytes, 0, 'ID3') || (bytes[0] === 0xff && (bytes[1] & 0xe6) === 0xe2)) return 'audio/mpeg';
  if (bytes[0] === 0xff && (bytes[1] & 0xf6) === 0xf0) return 'audio/aac';
  if (ascii(bytes, 0, 'PK\u0003\u0004') || ascii(bytes, 0, 'PK\u0005\u0006')) return zipType(bytes);
  if (ascii(bytes, 0, 'MZ')) return 'application/x-msdownload';
  const isoMedia = bytes.length >= 12 ? isoMediaType(bytes) : undefined;
  if (isoMedia) return isoMedia;
  return looksLikeText(bytes) ? textType : unknownType;
}

// Which content each well-known extension promises; types in one group are the same kind of thing (MOV or MP4, a .docx is a ZIP).
const groups: Record<string, string> = {
  'video/quicktime': 'isoMedia', 'video/mp4': 'isoMedia', 'audio/mp4': 'isoMedia', 'video/3gpp': 'isoMedia',
  'image/heic': 'heif', 'image/avif': 'heif',
  'application/zip': 'zip',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'zip',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'zip',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'zip',
  'video/webm': 'matroska', 'video/x-matroska': 'matroska', 'audio/webm': 'matroska',
  'audio/mpeg': 'mpegAudio', 'audio/aac': 'mpegAudio',
};
const extensions: Record<string, string> = {
  jpg: 'image/jpeg', jpeg: 'image/jpeg', jpe: 'image/jpeg', jfif: 'image/jpeg',
  png: 'image/png', gif: 'image/gif', webp: 'image/webp',
  heic: 'image/heic', heif: 'image/heic', hif: 'image/heic', avif: 'image/avif',
  pdf: 'application/pdf',
  mp4: 'video/mp4', m4v: 'video/mp4', mov: 'video/quicktime', qt: 'video/quicktime', m4a: 'audio/mp4', '3gp': 'video/3gpp',
  webm: 'video/webm', mkv: 'video/x-matroska',
  mp3: 'audio/mpeg', aac: 'audio/aac', wav: 'audio/wav', ogg: 'audio/ogg', oga: 'audio/ogg', ogv: 'audio/ogg', opus: 'audio/ogg',
  zip: 'application/zip', docx: 'application/zip', xlsx: 'application/zip', pptx: 'application/zip', odt: 'application/zip', epub: 'application/zip',
  exe: 'application/x-msdownload', dll: 'application/x-msdownload', scr: 'application/x-msdownload',
  txt: textType, eml: textType, html: textType, htm: textType, csv: textType, json: textType, xml: textType,
  md: textType, log: textType, vcf: textType, ics: textType, srt: textType, rtf: textType,
};

/** The extension after the last dot, lower case; undefined for names without one. */
export function extensionOf(fileName: string): string | undefined {
  return /\.([\p{L}\p{N}]{1,8})$/u.exec(fileName.trim())?.[1]?.toLowerCase();
}

/** The extension promises another kind of content than the bytes hold (a ".jpg" that is a PDF, a ".exe" that is a photo). */
export function extensionContradicts(fileName: string, contentType: string): boolean {
  const extension = extensionOf(fileName);
  const promised = extension ? extensions[extension] : undefined;
  if (!promised) return false;
  const same = (a: string, b: string) => a === b || (groups[a] !== undefined && groups[a] === groups[b]);
  return !same(promised, contentType);
}

import '../i18n/laterMessages';
import type { AnnexEntry } from '../report/types';
import type { Instant } from '../domain/types';
import { translate } from '../i18n/translate';
import { format } from 'date-fns';
import { formatInstant } from '../i18n/dates';
import { hasHiddenCharacters, visibleName } from '../domain/visibleName';
import { deviceTimeZone, zonedDate } from '../domain/zone';

// The pure half of the evidence bundle: which file goes where, and what the manifest and README say.

export const manifestName = 'manifest.json';
export const readmeName = 'README.txt';
/** sha256sum's own format, so `sha256sum -c SHA256SUMS` checks every file at once. */
export const checksumsName = 'SHA256SUMS';

/** Most file systems allow 255 bytes per name; 200 leaves room for a " (2)" and never splits a character. */
const maxNameBytes = 200;
const utf8Length = (text: string) => new TextEncoder().encode(text).byteLength;

function shorten(name: string): string {
  if (utf8Length(name) <= maxNameBytes) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  let stem = '';
  let bytes = utf8Length(extension);
  for (const char of name.slice(0, name.length - extension.length)) {
    bytes += utf8Length(char);
    if (bytes > maxNameBytes) break;
    stem += char;
  }
  return stem + extension;
}
const reservedWindowsNames = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/** A file name that unpacks safely everywhere: no folders or characters Windows refuses; hidden characters become visible markers. */
export function safeFileName(name: string, fallback = 'file'): string {
  let safe = visibleName(name.normalize('NFC'))
    .replace(/[/\\]/g, '_')
    .replace(/[<>:"|?*]/g, '_')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (!safe) safe = fallback;
  if (reservedWindowsNames.test(safe)) safe = `_${safe}`;
  return shorten(safe);
}

/** Gives later duplicates a " (2)" before the extension; compared case-insensitively, as Windows and macOS do. */
export function dedupePaths(paths: string[]): string[] {
  const taken = new Set<string>();
  return paths.map((path) => {
    let candidate = path;
    const dot = path.lastIndexOf('.');
    const slash = path.lastIndexOf('/');
    const [stem, extension] = dot > slash + 1 ? [path.slice(0, dot), path.slice(dot)] : [path, ''];
    for (let copy = 2; taken.has(candidate.toLowerCase()); copy++) candidate = `${stem} (${copy})${extension}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

export interface BundlePlan {
  reportPath: string;
  annexes: { path: string; annex: AnnexEntry }[];
}

/** The report at the top, each original in a folder named after its annex number (B1/photo.jpg). */
export function planBundle(reportFileName: string, annexes: AnnexEntry[]): BundlePlan {
  const reserved = [manifestName, readmeName, checksumsName];
  const wanted = [
    safeFileName(reportFileName, 'report.pdf'),
    ...annexes.map((annex) => `${safeFileName(annex.number, 'annex')}/${safeFileName(annex.fileName)}`),
  ];
  const [reportPath, ...annexPaths] = dedupePaths([...reserved, ...wanted]).slice(reserved.length);
  return { reportPath, annexes: annexes.map((annex, index) => ({ path: annexPaths[index], annex })) };
}

export interface BundledFile {
  path: string;
  size: number;
  /** SHA-256 of the bytes as written into the bundle. */
  sha256: string;
}

export interface BundledAnnex extends BundledFile {
  annex: AnnexEntry;
  incidentNumber?: number;
}

export interface ManifestInput {
  createdAt: Instant;
  /** The zone the bundle was made in (the device's); the time is written with its offset in it. */
  timeZone?: string;
  reportFingerprint: string;
  report: BundledFile;
  annexes: BundledAnnex[];
  /** The head of the history the report covered. */
  head?: { count: number; hash: string };
}

/** manifest.json: every file with its hash and size, each annex with its incident and the report it belongs to. */
export function manifestJson({ createdAt, timeZone = deviceTimeZone(), reportFingerprint, report, annexes, head }: ManifestInput): string {
  const manifest = {
    format: 'spor-evidence-bundle/1',
    // Local time with its offset (RFC 3339), so it reads like the report's times and still names one instant.
    createdAt: format(zonedDate(createdAt, timeZone), "yyyy-MM-dd'T'HH:mm:ssXXX"),
    timeZone,
    reportFingerprint,
    ...(head ? { history: { entries: head.count, headSha256: head.hash } } : {}),
    files: [
      { path: report.path, role: 'report', size: report.size, sha256: report.sha256, reportFingerprint },
      ...annexes.map(({ path, size, sha256, annex, incidentNumber }) => ({
        path,
        role: 'annex',
        annex: annex.number,
        incidentId: annex.incidentId,
        ...(incidentNumber !== undefined ? { incidentNumber } : {}),
        originalFileName: annex.fileName,
        // The same name with its invisible or direction-changing characters written out, so nobody is fooled by it.
        ...(hasHiddenCharacters(annex.fileName) ? { originalFileNameShown: visibleName(annex.fileName) } : {}),
        mimeType: annex.mimeType,
        size,
        sha256,
        // Only present when the stored bytes no longer match the hash taken when the file was added.
        ...(sha256 !== annex.sha256 ? { sha256WhenAdded: annex.sha256 } : {}),
        reportFingerprint,
      })),
    ],
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Lines for `sha256sum -c` (two spaces, then the path). */
export function checksumsText(files: BundledFile[]): string {
  return files.map((file) => `${file.sha256}  ${file.path}\n`).join('');
}

/** README.txt in Danish, then English: what is in the bundle and how to check each hash with common tools. */
export function readmeText(createdAt: Instant, reportFingerprint: string, examplePath: string, head?: { count: number; hash: string }): string {
  const windowsPath = examplePath.replace(/\//g, '\\');
  return (['da', 'en'] as const)
    .map((language) =>
      [
        translate(language, 'export.readme.title'),
        translate(language, 'export.readme.created', { date: formatInstant(createdAt, language, 'dateTime'), fingerprint: reportFingerprint }),
        ...(head ? [translate(language, 'export.readme.head', { count: head.count, hash: head.hash })] : []),
        '',
        translate(language, 'export.readme.contents'),
        '',
        translate(language, 'export.readme.howToCheck'),
        `  Linux:   sha256sum "${examplePath}"`,
        `  macOS:   shasum -a 256 "${examplePath}"`,
        `  Windows: certutil -hashfile "${windowsPath}" SHA256`,
        '',
        translate(language, 'export.readme.checkAll'),
        `  Linux:   sha256sum -c ${checksumsName}`,
        `  macOS:   shasum -a 256 -c ${checksumsName}`,
        '',
      ].join('\r\n'),
    )
    .join('\r\n');
}

// What another app shared into Spor, as the service worker received it (Web Share Target), and how it is quoted in
// the new incident: the text exactly as it came, the title (often the app or the subject) and the link noted beside it.

/** No date: a multipart upload carries none, so a received file's date would be the moment of sharing, not of making. */
export interface SharedFileFacts {
  name: string;
  type: string;
  size: number;
}

/** Part 0 of a sealed share; parts 1.. are the files' bytes in this order. */
export interface ShareManifest {
  receivedAt: number;
  title: string;
  text: string;
  url: string;
  files: SharedFileFacts[];
}

export interface ShareLabels {
  /** "Shared to Spor from “{title}”:" */
  from: (title: string) => string;
  /** "Shared to Spor:" */
  plain: string;
}

/** The description a shared text starts the incident with; empty when only files were shared. */
export function sharedDescription({ title, text, url }: Pick<ShareManifest, 'title' | 'text' | 'url'>, labels: ShareLabels): string {
  const quoted = [text && `“${text}”`, url && url !== text ? url : ''].filter(Boolean);
  if (!quoted.length && !title) return '';
  return [title ? labels.from(title) : labels.plain, ...quoted].join('\n');
}

/** Kept exactly as received (a quote must not be tidied); only a field of nothing but spaces counts as absent. */
const textField = (value: FormDataEntryValue | null): string => (typeof value === 'string' && value.trim() ? value : '');

/** The share's fields as Android and Chromium post them (multipart: title, text, url, files). */
export function readShareForm(form: FormData, receivedAt: number): { manifest: ShareManifest; files: File[] } {
  const files = form.getAll('files').filter((value): value is File => typeof value !== 'string');
  return {
    manifest: {
      receivedAt, title: textField(form.get('title')), text: textField(form.get('text')), url: textField(form.get('url')),
      files: files.map((file) => ({ name: file.name, type: file.type, size: file.size })),
    },
    files,
  };
}

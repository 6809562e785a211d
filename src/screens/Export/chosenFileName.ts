/** The name the person typed, made safe for a file system, keeping the original's extension; the suggested name when nothing usable is left. */
export function chosenFileName(typed: string, suggested: string): string {
  const extension = /\.[a-z0-9]+$/i.exec(suggested)?.[0] ?? '';
  const cleaned = typed
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '-')
    .trim()
    .replace(/^\.+/, '');
  const stem = extension && cleaned.toLowerCase().endsWith(extension.toLowerCase()) ? cleaned.slice(0, -extension.length) : cleaned;
  if (!stem.trim()) return suggested;
  return `${stem.trim().slice(0, 120)}${extension}`;
}

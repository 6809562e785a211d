// Chromium on a computer lets the page write straight into a file the person picks (showSaveFilePicker); phones and
// other engines do not, and get the share sheet or a download instead. Feature-detected, never assumed.

type ShowSaveFilePicker = (options: { suggestedName: string; types: { accept: Record<string, string[]> }[] }) => Promise<FileSystemFileHandle>;

export type SaveTarget = { kind: 'file'; handle: FileSystemFileHandle } | { kind: 'memory' } | { kind: 'dismissed' };

/**
 * Asks where to save, where the browser can: must run while the tap that started the backup still counts as one. The
 * name is the date only. A browser without the picker, or one that refuses it here, gets the share sheet or download.
 */
export async function pickSaveTarget(fileName: string): Promise<SaveTarget> {
  const picker = (globalThis as { showSaveFilePicker?: ShowSaveFilePicker }).showSaveFilePicker;
  if (typeof picker !== 'function') return { kind: 'memory' };
  try {
    return { kind: 'file', handle: await picker({ suggestedName: fileName, types: [{ accept: { 'application/octet-stream': ['.spor'] } }] }) };
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return { kind: 'dismissed' };
    return { kind: 'memory' }; // no longer in the tap's time, or not allowed here: the other way still works
  }
}

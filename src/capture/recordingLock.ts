// A recording holds a Web Lock named after it while it runs, so another tab's start-up (which recovers recordings
// that never ended) can tell a live recording from one whose page is gone. Without Web Locks every recording counts
// as ended at start: a second tab could then end another tab's recording early (its later pieces are not stored).

const prefix = 'spor-recording:';

/** Holds the recording's lock until the returned function is called. */
export function holdRecordingLock(id: string): () => void {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  void navigator.locks?.request(prefix + id, () => held).catch(() => undefined);
  return release;
}

/** Whether a recording is still being made, in this tab or another. */
export async function isRecordingRunning(id: string): Promise<boolean> {
  if (!navigator.locks) return false;
  const { held = [] } = await navigator.locks.query();
  return held.some((lock) => lock.name === prefix + id);
}

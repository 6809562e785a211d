// Which tab an editor's drafts belong to. The id lives in sessionStorage (one per tab, kept across reloads; no user
// content there) and the tab holds a Web Lock named after it for as long as it is open, so other tabs can tell a live
// session's drafts (never touched) from those of a closed one (adopted by the next editor that opens the same thing).

const storageKey = 'spor.editorSession';
const sessionLock = 'spor-session:';
const editingLock = 'spor-editing:';

let claimed: Promise<string> | undefined;

function locks(): LockManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.locks;
}

/** Takes the lock if nobody holds it and keeps it until `release` (or the page goes away); resolves whether it got it. */
function hold(name: string, release: Promise<void> = new Promise(() => undefined)): Promise<boolean> {
  const manager = locks();
  if (!manager) return Promise.resolve(true);
  return new Promise((resolve) => {
    void manager.request(name, { ifAvailable: true }, (lock) => {
      resolve(!!lock);
      return lock ? release : undefined;
    });
  });
}

function readStored(): string | undefined {
  try {
    return sessionStorage.getItem(storageKey) ?? undefined;
  } catch {
    return undefined;
  }
}

async function claim(): Promise<string> {
  let id = readStored() ?? crypto.randomUUID();
  // A duplicated tab starts with a copy of its parent's sessionStorage: it must not share the parent's drafts.
  if (!(await hold(sessionLock + id))) {
    id = crypto.randomUUID();
    await hold(sessionLock + id);
  }
  try {
    sessionStorage.setItem(storageKey, id);
  } catch {
    // Private modes may refuse; the id then lasts for this page.
  }
  return id;
}

/** This tab's editor session. */
export function editorSession(): Promise<string> {
  return (claimed ??= claim());
}

/** Sessions of the tabs open now, or undefined where the browser cannot tell (no Web Locks: every other session counts as closed). */
export async function liveSessions(): Promise<Set<string> | undefined> {
  const manager = locks();
  if (!manager) return undefined;
  const { held = [] } = await manager.query();
  return new Set(held.flatMap(({ name }) => (name?.startsWith(sessionLock) ? [name.slice(sessionLock.length)] : [])));
}

/**
 * Marks `subject` as open for editing in this tab until `release`; `elsewhere` tells whether another tab had it open
 * first. This tab then queues for the mark, so a third tab is told too once the first one has closed.
 */
export function openForEditing(subject: string): { elsewhere: Promise<boolean>; release: () => void } {
  let done!: () => void;
  const released = new Promise<void>((resolve) => (done = resolve));
  const queued = new AbortController();
  const release = () => {
    queued.abort();
    done();
  };
  const manager = locks();
  if (!manager) return { elsewhere: Promise.resolve(false), release };
  const name = editingLock + subject;
  const elsewhere = hold(name, released).then((got) => {
    if (!got) void manager.request(name, { signal: queued.signal }, () => released).catch(() => undefined);
    return !got;
  });
  return { elsewhere, release };
}

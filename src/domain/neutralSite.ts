// The website a quick exit may leave for, as typed in Settings. Only https, only a real host name: a mistyped
// address must not strand the person on an error page at the moment they need to look ordinary.

/** The address to leave for, or undefined when what was typed cannot be one. "dr.dk" becomes "https://dr.dk/". */
export function neutralSiteUrl(typed: string, ownOrigin?: string): string | undefined {
  const trimmed = typed.trim();
  if (!trimmed || /\s/.test(trimmed)) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return undefined;
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(url.hostname)) return undefined;
  if (ownOrigin && url.origin === ownOrigin) return undefined;
  return url.href;
}

// When a screen opens, focus goes to its heading, so a screen reader announces where the person is and Tab starts there.
// Lazy screens draw their heading a moment later, and some draw it again once their data is in (a new element), so for
// a short while a heading that was focused and then replaced hands focus on to its successor.

const watchMs = 3000;

/** Focuses the screen's h1 once it exists, unless focus is already inside the screen. Returns a stop function. */
export function focusHeadingWhenShown(main: HTMLElement): () => void {
  let focused: HTMLElement | undefined;
  const tryFocus = () => {
    const heading = main.querySelector<HTMLElement>('h1');
    if (!heading || heading === focused) return;
    const active = document.activeElement;
    const lostOurs = focused !== undefined && !focused.isConnected && (!active || active === document.body);
    const untouched = focused === undefined && (!active || active === document.body || active === main || !main.contains(active));
    if (!lostOurs && !untouched) return;
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
    focused = heading;
  };
  tryFocus();
  const observer = new MutationObserver(tryFocus);
  observer.observe(main, { childList: true, subtree: true });
  const timer = setTimeout(() => observer.disconnect(), watchMs);
  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}

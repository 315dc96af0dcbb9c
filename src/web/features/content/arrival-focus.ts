import { type RefObject, useEffect } from 'react';

/** Long enough for the move to the heading after a navigation, which waits up to a second for the page. */
const HOLD_MS = 3_000;

/**
 * Focuses a confirmation shown on arrival from another page ("Die Seite ist angelegt", "… übernommen"),
 * so that keyboard and screen-reader users learn first that it worked. After every navigation the
 * app moves focus to the new page's heading (shell/use-focus-on-navigate.ts), a moment after the page
 * appeared; for a short while, until the person clicks or presses a key, focus landing on the heading
 * is taken back to the confirmation.
 */
export function useArrivalFocus(ref: RefObject<HTMLElement | null>, active: boolean): void {
  useEffect(() => {
    if (!active) return;
    ref.current?.focus();
    const onFocusIn = (event: FocusEvent) => {
      if (event.target instanceof HTMLElement && event.target.matches('[data-page-title]')) ref.current?.focus();
    };
    const stop = () => {
      clearTimeout(timer);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('pointerdown', stop, true);
      document.removeEventListener('keydown', stop, true);
    };
    const timer = setTimeout(stop, HOLD_MS);
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('pointerdown', stop, true);
    document.addEventListener('keydown', stop, true);
    return stop;
  }, [ref, active]);
}

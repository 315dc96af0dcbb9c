import { useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';

declare module '@tanstack/history' {
  interface HistoryState {
    /** The id of the element that takes the focus on arrival instead of the new page's heading. */
    arrivalFocus?: string;
  }
}

/**
 * The navigation's state that sends the focus on arrival to the element with this id instead of the
 * new page's heading, e.g. a confirmation of what the previous page did ("Die Seite ist angelegt"):
 * `navigate({ to, params, state: focusOnArrival(id) })`. Where the page shows no such element (the
 * same history entry visited again), the heading takes the focus as after any navigation.
 */
export function focusOnArrival(elementId: string): { arrivalFocus: string } {
  return { arrivalFocus: elementId };
}

// Tries every 50 ms: a second for the page to show its heading; five when an element was asked for,
// which comes with the page's data.
const TRIES = 20;
const TRIES_FOR_REQUESTED = 100;

/**
 * After a client-side navigation, moves focus to the new page's `<h1>` (or `<main>` while it
 * loads), as a full page load would put screen-reader users at the start of the new content; or to
 * the element the navigation asked for with `focusOnArrival`.
 */
export function useFocusOnNavigate() {
  // The resolved location changes only once the new page is rendered: while a lazily loaded page's
  // file is still on its way, the previous page (and its heading) is still on screen.
  const pathname = useRouterState({ select: (state) => state.resolvedLocation?.pathname });
  const requested = useRouterState({ select: (state) => state.resolvedLocation?.state.arrivalFocus });
  // Read when the path changes, not followed on its own: another tab of the same page (its search)
  // leaves the focus where it is.
  const requestedRef = useRef(requested);
  requestedRef.current = requested;
  const first = useRef(true);
  useEffect(() => {
    if (!pathname) return;
    if (first.current) {
      first.current = false;
      return;
    }
    const wanted = requestedRef.current;
    let tries = 0;
    const timer = setInterval(() => {
      tries += 1;
      const element = wanted ? document.getElementById(wanted) : null;
      const heading = document.querySelector<HTMLElement>('[data-page-title]');
      if (element || heading || tries > (wanted ? TRIES_FOR_REQUESTED : TRIES)) {
        clearInterval(timer);
        const target = element ?? heading ?? document.getElementById('main-content');
        // Do not steal focus from someone already typing in the new page.
        if (document.activeElement && document.activeElement !== document.body && !element && !heading) return;
        target?.focus({ preventScroll: false });
      }
    }, 50);
    return () => clearInterval(timer);
  }, [pathname]);
}

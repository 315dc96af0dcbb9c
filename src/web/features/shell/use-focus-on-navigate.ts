import { useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';

/**
 * After a client-side navigation, moves focus to the new page's `<h1>` (or `<main>` while it
 * loads), as a full page load would put screen-reader users at the start of the new content.
 */
export function useFocusOnNavigate() {
  // The resolved location changes only once the new page is rendered: while a lazily loaded page's
  // file is still on its way, the previous page (and its heading) is still on screen.
  const pathname = useRouterState({ select: (state) => state.resolvedLocation?.pathname });
  const first = useRef(true);
  useEffect(() => {
    if (!pathname) return;
    if (first.current) {
      first.current = false;
      return;
    }
    let tries = 0;
    const timer = setInterval(() => {
      tries += 1;
      const heading = document.querySelector<HTMLElement>('[data-page-title]');
      if (heading || tries > 20) {
        clearInterval(timer);
        const target = heading ?? document.getElementById('main-content');
        // Do not steal focus from someone already typing in the new page.
        if (document.activeElement && document.activeElement !== document.body && !heading) return;
        target?.focus({ preventScroll: false });
      }
    }, 50);
    return () => clearInterval(timer);
  }, [pathname]);
}

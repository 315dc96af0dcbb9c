import { useRouter } from '@tanstack/react-router';
import type { MouseEvent, ReactNode } from 'react';

/**
 * A link to a page of the app given as a path with its query (e.g. another part of the network), that
 * navigates inside the app like any link and opens normally in a new tab.
 */
export function AppPathLink({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  const router = useRouter();
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    event.preventDefault();
    void router.navigate({ href });
  }
  return (
    <a className={className ?? 'kern-link'} href={href} onClick={onClick}>
      {children}
    </a>
  );
}

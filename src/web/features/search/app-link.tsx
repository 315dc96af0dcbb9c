import { useNavigate } from '@tanstack/react-router';
import type { MouseEvent, ReactNode } from 'react';

/**
 * A link to a path of the app that the server made (a hit's `href`): a real link for a new tab,
 * the middle button and the context menu; a plain click stays in the app.
 */
export function AppLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  const navigate = useNavigate();
  function open(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void navigate({ href });
  }
  return (
    <a className={className ?? 'kern-link'} href={href} onClick={open}>
      {children}
    </a>
  );
}

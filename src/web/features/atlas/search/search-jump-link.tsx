import type { MouseEvent, ReactNode } from 'react';

/**
 * A link to another part of the page that moves the keyboard focus there too, without putting a
 * #fragment into the address (which would add a step to the back button's history of filters).
 */
export function JumpLink({ target, className, children }: { target: string; className?: string; children: ReactNode }) {
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    const element = document.getElementById(target);
    if (!element) return;
    event.preventDefault();
    if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: 'start' });
  }
  return (
    <a className={['kern-link', className].filter(Boolean).join(' ')} href={`#${target}`} onClick={onClick}>
      {children}
    </a>
  );
}

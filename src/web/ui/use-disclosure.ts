import { useRouterState } from '@tanstack/react-router';
import { type FocusEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';

/**
 * A disclosure (a button that shows and hides a panel of ordinary links, reached with Tab; not an
 * ARIA menu). It closes when the page changes, on a pointer outside it, when focus leaves it, and on
 * Escape, which returns focus to its button. Spread `rootProps` on the element holding both.
 */
export function useDisclosure<Root extends HTMLElement = HTMLDivElement>() {
  const [open, setOpen] = useState(false);
  const root = useRef<Root>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const location = useRouterState({ select: (state) => state.location.href });

  // biome-ignore lint/correctness/useExhaustiveDependencies: close whenever the page changes
  useEffect(() => setOpen(false), [location]);
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const rootProps = {
    ref: root,
    onKeyDown(event: KeyboardEvent) {
      if (event.key === 'Escape' && open) {
        setOpen(false);
        toggle.current?.focus();
      }
    },
    onBlur(event: FocusEvent) {
      if (open && !root.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
    },
  };
  const toggleProps = {
    ref: toggle,
    type: 'button' as const,
    'aria-expanded': open,
    onClick: () => setOpen((o) => !o),
  };
  return { open, rootProps, toggleProps };
}

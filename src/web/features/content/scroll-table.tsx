import type { ReactNode } from 'react';

/**
 * A wide table in a box of its own that scrolls sideways, so the page never does (320 px). The box is a
 * named region and one tab stop: keyboard users scroll it with the arrow keys, screen readers hear its caption.
 */
export function ScrollTable({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must be reachable by keyboard to be scrolled
    // biome-ignore lint/a11y/useSemanticElements: a <section> would add a heading level; the table's caption names it
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}

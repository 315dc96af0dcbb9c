import type { ReactNode } from 'react';

/** A titled region of a page with an `<h2>` (or `<h3>` inside another section). */
export function Section({
  title,
  level = 2,
  children,
  actions,
}: {
  title: ReactNode;
  level?: 2 | 3;
  children: ReactNode;
  actions?: ReactNode;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    // Deliberately unnamed: a named <section> becomes a landmark (and a "label" to tools), and a page
    // of many small regions is harder to move through than its headings.
    <section className="page-section">
      <div className="page-section__header">
        <Heading className={level === 2 ? 'kern-heading-medium' : 'kern-heading-small'}>{title}</Heading>
        {actions ? <div className="page-section__actions">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}

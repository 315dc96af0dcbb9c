import { type ReactNode, useId } from 'react';

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
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="page-section" aria-labelledby={id}>
      <div className="page-section__header">
        <Heading id={id} className={level === 2 ? 'kern-heading-medium' : 'kern-heading-small'}>
          {title}
        </Heading>
        {actions ? <div className="page-section__actions">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}

import type { ReactNode } from 'react';

type HeadingLevel = 'h2' | 'h3';

interface CardProps {
  title: ReactNode;
  headingLevel?: HeadingLevel;
  preline?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
  surface?: boolean;
  id?: string;
}

/** A KERN card: a titled box for one topic on a page (used as a section, so it carries its own heading). */
export function Card({ title, headingLevel = 'h2', preline, children, footer, surface, id }: CardProps) {
  const Heading = headingLevel;
  return (
    <section className={`kern-card kern-card--hug${surface ? ' kern-card--surface' : ''}`}>
      <div className="kern-card__container">
        <header className="kern-card__header kern-hgroup">
          {preline ? <p className="kern-preline">{preline}</p> : null}
          <Heading className="kern-title" id={id}>
            {title}
          </Heading>
        </header>
        {children ? <div className="kern-card__body">{children}</div> : null}
        {footer ? <footer className="kern-card__footer">{footer}</footer> : null}
      </div>
    </section>
  );
}

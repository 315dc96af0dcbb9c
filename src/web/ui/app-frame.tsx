import type { ReactNode } from 'react';

interface AppFrameProps {
  skipLinkLabel: string;
  header: ReactNode;
  footer: ReactNode;
  /** Live notices shown above every page (e.g. realtime news). */
  notices?: ReactNode;
  children: ReactNode;
}

/** Skip link, header, the one `<main>` and footer: the landmarks every page shares. */
export function AppFrame({ skipLinkLabel, header, footer, notices, children }: AppFrameProps) {
  return (
    <div className="app">
      <a className="skip-link" href="#main-content">
        {skipLinkLabel}
      </a>
      {header}
      <main id="main-content" className="app__main" tabIndex={-1}>
        <div className="kern-container">
          {notices}
          {children}
        </div>
      </main>
      {footer}
    </div>
  );
}

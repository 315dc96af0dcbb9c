import type { ReactNode } from 'react';
import { useDocumentTitle } from './use-document-title.ts';

interface PageTitleProps {
  children: string;
  /** Small line above the title, e.g. the kind of thing the page shows. */
  preline?: ReactNode;
  lead?: ReactNode;
  /** Overrides the document title when it should differ from the heading. */
  documentTitle?: string;
  /** The language of title and lead when they are user content in another language than the page's. */
  contentLang?: string;
}

/** The one `<h1>` of a page; also sets the document title. It is the target of focus after navigation. */
export function PageTitle({ children, preline, lead, documentTitle, contentLang }: PageTitleProps) {
  useDocumentTitle(documentTitle ?? children);
  return (
    <div className="page-title">
      <div className="kern-hgroup">
        {preline ? <p className="kern-preline">{preline}</p> : null}
        <h1 className="kern-heading-large" tabIndex={-1} data-page-title="" lang={contentLang}>
          {children}
        </h1>
      </div>
      {lead ? (
        <p className="kern-body kern-body--large page-title__lead" lang={contentLang}>
          {lead}
        </p>
      ) : null}
    </div>
  );
}

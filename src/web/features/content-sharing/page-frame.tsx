import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../ui/page-title.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { type ContentContext, WithOrganisation } from '../content/content-frame.tsx';
import { useContentPage } from './sharing-queries.ts';
import type { SharingContentPage } from './sharing-types.ts';

/** The title a page goes by: its source language's newest text, else its address. */
export function titleOf(page: SharingContentPage): string {
  const source = page.languages.find((l) => l.language === page.sourceLanguage);
  return source?.draft?.title ?? source?.published?.title ?? page.slug;
}

function PageNotFound() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('contentSharing.pageNotFound.title')}</PageTitle>
      <p className="kern-body">{t('contentSharing.pageNotFound.text')}</p>
      <p className="kern-body">
        <Link className="kern-link" to="/content">
          {t('contentSharing.pageNotFound.back')}
        </Link>
      </p>
    </>
  );
}

/** One of the organisation's pages, once signed in and loaded; a note when it does not exist or is another's. */
export function WithContentPage({
  id,
  children,
}: {
  id: string;
  children: (page: SharingContentPage, context: ContentContext) => ReactNode;
}) {
  return <WithOrganisation>{(context) => <LoadPage id={id} context={context} render={children} />}</WithOrganisation>;
}

function LoadPage({
  id,
  context,
  render,
}: {
  id: string;
  context: ContentContext;
  render: (page: SharingContentPage, context: ContentContext) => ReactNode;
}) {
  const page = useContentPage(id);
  return (
    <QueryState query={page} notFound={<PageNotFound />}>
      {(data) => render(data, context)}
    </QueryState>
  );
}

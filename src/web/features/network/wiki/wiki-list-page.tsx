import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { WikiPageList } from '../../../../shared/contracts/network-wiki.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Badge } from '../../../ui/badge.tsx';
import { ButtonLink } from '../../../ui/button.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { QueryState } from '../../../ui/query-state.tsx';
import { useFormat } from '../../../ui/use-format.ts';
import { useWikiPages } from './wiki-queries.ts';
import './wiki.css';

const route = getRouteApi('/network/wiki');

/** `/network/wiki?community=`: a wiki's pages, newest first, overdue checks marked (no community: the platform's). */
export function WikiListPage() {
  const { t } = useTranslation();
  const { community } = route.useSearch();
  const pages = useWikiPages(community);
  return (
    <QueryState
      query={pages}
      notFound={
        <>
          <PageTitle>{t('networkWiki.notFound.title')}</PageTitle>
          <Alert variant="info" title={t('networkWiki.notFound.text')} />
        </>
      }
    >
      {(data) => <WikiList list={data} community={community} />}
    </QueryState>
  );
}

function WikiList({ list, community }: { list: WikiPageList; community: string | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const title = list.community
    ? t('networkWiki.list.communityTitle', { name: list.community.name })
    : t('networkWiki.list.platformTitle');
  return (
    <div className="wiki stack-xl">
      <PageTitle preline={t('networkWiki.preline')} lead={t('networkWiki.list.lead')}>
        {title}
      </PageTitle>
      <div className="wiki__actions">
        {list.canWrite ? (
          <ButtonLink to="/network/wiki/new" search={{ community }} icon="add">
            {t('networkWiki.list.newPage')}
          </ButtonLink>
        ) : list.community ? (
          <p className="kern-body">{t('networkWiki.list.joinToWrite')}</p>
        ) : null}
        {list.community ? (
          <Link className="kern-link" to="/network/communities/$slug" params={{ slug: list.community.slug }}>
            {t('networkWiki.list.toCommunity', { name: list.community.name })}
          </Link>
        ) : null}
      </div>
      {list.pages.length === 0 ? (
        <p className="kern-body">{t('networkWiki.list.empty')}</p>
      ) : (
        <ul className="wiki-list">
          {list.pages.map((page) => (
            <li key={page.id} className="wiki-list__item">
              <p className="kern-body wiki-list__title">
                <Link className="kern-link" to="/network/wiki/$id" params={{ id: page.id }}>
                  {page.title}
                </Link>{' '}
                {page.overdue ? <Badge variant="warning">{t('networkWiki.overdue')}</Badge> : null}
              </p>
              <p className="kern-body kern-body--small wiki-muted">
                {t('networkWiki.list.changed', { when: format.date(page.updatedAt) })} ·{' '}
                {t('networkWiki.checkedOn', { when: format.date(page.checkedAt) })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

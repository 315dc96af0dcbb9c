import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommunitySummary } from '../../../../shared/contracts/network-communities.ts';
import { Button } from '../../../ui/button.tsx';
import { Loading } from '../../../ui/loading.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { CommunityList } from './community-list.tsx';
import { useCommunityPages } from './queries.ts';

/**
 * Communities a page at a time (mine, or all matching `q`), with a button that loads the next page
 * under the ones shown; focus moves to the first community that came in.
 */
export function PagedCommunities({ mine, q, empty }: { mine?: boolean; q?: string; empty: string }) {
  const { t } = useTranslation();
  const pages = useCommunityPages({ mine, q });
  const list = useRef<HTMLUListElement>(null);
  // A community founded between two pages moves the later ones down by one: shown once.
  const seen = new Set<string>();
  const items: CommunitySummary[] = [];
  for (const community of pages.data?.pages.flatMap((page) => page.items) ?? []) {
    if (seen.has(community.id)) continue;
    seen.add(community.id);
    items.push(community);
  }
  const total = pages.data?.pages.at(-1)?.total ?? 0;

  // Where focus goes once the next page is on screen: the first community that came in.
  const [focusAt, setFocusAt] = useState<number | null>(null);
  useEffect(() => {
    if (focusAt === null || items.length <= focusAt) return;
    const first = list.current?.querySelectorAll<HTMLLIElement>(':scope > li')[focusAt];
    if (first) {
      first.tabIndex = -1;
      first.focus();
    }
    setFocusAt(null);
  }, [focusAt, items.length]);

  async function loadMore() {
    setFocusAt(items.length);
    if ((await pages.fetchNextPage()).isError) setFocusAt(null);
  }

  if (pages.isPending) return <Loading />;
  return (
    <>
      <ProblemAlert error={pages.error} />
      {items.length === 0 ? (
        pages.error ? null : (
          <p className="kern-body" role="status">
            {empty}
          </p>
        )
      ) : (
        <>
          {q ? (
            <p className="kern-body" role="status">
              {t('networkCommunities.overview.found', { count: total, q })}
            </p>
          ) : null}
          <CommunityList communities={items} listRef={list} />
          {pages.hasNextPage ? (
            <>
              <p className="kern-body kern-body--small">
                {t('networkCommunities.overview.shown', { count: total, shown: items.length })}
              </p>
              <div className="kern-btn-wrapper">
                <Button variant="secondary" busy={pages.isFetchingNextPage} onClick={() => void loadMore()}>
                  {t('networkCommunities.overview.more')}
                </Button>
              </div>
            </>
          ) : null}
        </>
      )}
    </>
  );
}

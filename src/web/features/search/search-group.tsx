import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SearchGroup } from '../../../shared/contracts/search.ts';
import { AppLink } from './app-link.tsx';
import { SearchHitItem } from './search-hit.tsx';

/** "3 Treffer", or "mehr als 200 Treffer" when counting stopped. */
export function countText(t: TFunction, group: Pick<SearchGroup, 'total' | 'capped'>): string {
  return group.capped ? t('search.countCapped', { count: group.total }) : t('search.count', { count: group.total });
}

export const groupAnchor = (kind: string) => `search-group-${kind}`;

/**
 * One group of hits under its own heading with the count beside it, best hits first, and the way
 * to all of them: the atlas search or the directory, or this page for the group alone. `alone`: the
 * group is the page's only one (its "show all"), so every hit the answer has is here already.
 */
export function SearchGroupSection({ group, alone = false }: { group: SearchGroup; alone?: boolean }) {
  const { t } = useTranslation();
  const name = t(`search.groups.${group.kind}`);
  const headingId = `${groupAnchor(group.kind)}-heading`;
  const elsewhere = group.kind === 'atlas' || group.kind === 'organisations';
  const more = group.total > group.hits.length;
  return (
    // Unnamed on purpose (no landmark per group): the headings are the way through the page.
    <section className="search-group" id={groupAnchor(group.kind)}>
      <h2 className="kern-heading-medium search-group__heading" id={headingId}>
        {name} <span className="search-group__count">({countText(t, group)})</span>
      </h2>
      <ol className="search-group__hits" aria-labelledby={headingId}>
        {group.hits.map((hit) => (
          <SearchHitItem key={hit.id} kind={group.kind} hit={hit} />
        ))}
      </ol>
      {alone && more ? (
        <p className="kern-body search-group__more">
          {t('search.firstOf', { shown: group.hits.length, count: group.total })}
        </p>
      ) : null}
      {(elsewhere || (!alone && more)) && group.total > 0 ? (
        <p className="kern-body search-group__more">
          <AppLink href={group.showAllHref}>
            {elsewhere ? (
              t(`search.showAllIn.${group.kind}`, { count: group.total })
            ) : (
              <>
                {group.capped ? t('search.showAllCapped') : t('search.showAll', { count: group.total })}
                <span className="visually-hidden"> ({name})</span>
              </>
            )}
          </AppLink>
        </p>
      ) : null}
    </section>
  );
}

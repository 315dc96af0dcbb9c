import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/button.tsx';
import { Loading } from '../../../ui/loading.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { Pagination } from '../../../ui/pagination.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useMe } from '../../accounts/use-me.ts';
import { AtlasMap } from './atlas-map.tsx';
import { FacetPanel } from './facet-panel.tsx';
import { ActiveFilters } from './search-active-filters.tsx';
import { JumpLink } from './search-jump-link.tsx';
import { SearchResults } from './search-results.tsx';
import {
  ATLAS_SORTS,
  type AtlasSearch,
  type AtlasSort,
  activeFilterCount,
  chosen,
  filterParams,
  type ListFilter,
  PAGE_SIZE,
  toggled,
} from './search-state.ts';
import { useAtlasSearch } from './use-atlas-search.ts';
import './search-page.css';

const route = getRouteApi('/atlas');

/**
 * /atlas: search box, facets, the result list and the map side by side, all following one filter
 * state in the address bar (shareable; the back button restores the previous filters).
 */
export function SearchPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/atlas' });
  const result = useAtlasSearch(search);
  const [q, setQ] = useState(search.q ?? '');
  useEffect(() => setQ(search.q ?? ''), [search.q]);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const listId = 'atlas-results';

  /** Every change of query or filters starts again at page 1; each is a history entry of its own. */
  function apply(patch: Partial<AtlasSearch>, focusResults = false) {
    void navigate({ search: (previous: AtlasSearch) => ({ ...previous, ...patch, page: undefined }) });
    if (focusResults) headingRef.current?.focus();
  }
  const toggle = (filter: ListFilter, value: string, on: boolean) =>
    apply({ [filter]: toggled(search, filter, value, on) });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    apply({ q: q.trim() || undefined });
  }

  const { me } = useMe();
  const data = result.data;
  const total = data?.total ?? 0;
  const page = search.page ?? 1;
  const filterCount = activeFilterCount(search);
  const sortOptions = ATLAS_SORTS.map((value) => ({ value, label: t(`atlas.search.sort.${value}`) }));
  return (
    <>
      <PageTitle
        lead={t('atlas.search.lead')}
        documentTitle={search.q ? t('atlas.search.documentTitle', { q: search.q }) : t('atlas.search.title')}
      >
        {t('atlas.search.title')}
      </PageTitle>
      {me ? (
        <p className="atlas-search__own">
          <Link className="kern-link" to="/atlas/mine">
            {t('atlas.workbench.title')}
          </Link>
          <Link className="kern-link" to="/atlas/new">
            {t('atlas.workbench.new')}
          </Link>
        </p>
      ) : null}
      <search aria-label={t('atlas.search.formLabel')}>
        <form className="search-form atlas-search__form" noValidate onSubmit={onSubmit}>
          <TextField
            id="atlas-q"
            label={t('atlas.search.q')}
            hint={t('atlas.search.qHint')}
            type="search"
            required={false}
            value={q}
            onChange={setQ}
          />
          <div className="search-form__submit">
            <Button type="submit" icon="search">
              {t('atlas.search.submit')}
            </Button>
          </div>
        </form>
      </search>
      {data?.suggestion ? (
        <p className="kern-body kern-body--large atlas-search__suggestion">
          {t('atlas.search.didYouMean')}{' '}
          <Link className="kern-link" to="/atlas" search={{ ...search, q: data.suggestion, page: undefined }}>
            <em>{data.suggestion}</em>
          </Link>
          ?
        </p>
      ) : null}

      <div className="atlas-search">
        <section
          className={`atlas-search__facets facet-panel${filtersOpen ? ' facet-panel--open' : ''}`}
          aria-labelledby="atlas-filter-heading"
        >
          <div className="facet-panel__head">
            <h2 className="kern-heading-small" id="atlas-filter-heading">
              {t('atlas.search.filters')}
            </h2>
            <button
              type="button"
              className="kern-btn kern-btn--secondary kern-btn--x-small facet-panel__toggle"
              aria-expanded={filtersOpen}
              aria-controls="atlas-facets"
              onClick={() => setFiltersOpen(!filtersOpen)}
            >
              <span className="kern-label">
                {filtersOpen ? t('atlas.search.hideFilters') : t('atlas.search.showFilters', { count: filterCount })}
              </span>
            </button>
          </div>
          <div className="facet-panel__body" id="atlas-facets">
            <FacetPanel search={search} facets={data?.facets} onChange={(patch) => apply(patch)} onToggle={toggle} />
            <p className="facet-panel__done">
              <JumpLink target={headingId}>{t('atlas.search.toResults', { count: total })}</JumpLink>
            </p>
          </div>
        </section>

        <div className="atlas-search__toolbar">
          <div className="atlas-search__count">
            <h2 className="kern-heading-medium" id={headingId} ref={headingRef} tabIndex={-1}>
              {data ? t('atlas.search.count', { count: total }) : t('atlas.search.results')}
            </h2>
            <p className="visually-hidden" role="status">
              {data && !result.isPlaceholderData ? t('atlas.search.count', { count: total }) : ''}
            </p>
            <JumpLink className="atlas-search__to-map" target="atlas-map">
              {t('atlas.search.toMap')}
            </JumpLink>
          </div>
          <div className="atlas-search__sort">
            <SelectField
              id="atlas-sort"
              label={t('atlas.search.sortLabel')}
              value={search.sort ?? 'relevance'}
              onChange={(value) => apply({ sort: value === 'relevance' ? undefined : (value as AtlasSort) })}
              options={sortOptions}
            />
          </div>
          <ActiveFilters search={search} facets={data?.facets} onChange={(patch) => apply(patch, true)} />
        </div>

        <div className="atlas-search__results" aria-busy={result.isFetching}>
          <ProblemAlert error={result.error} />
          {result.isPending ? (
            <Loading />
          ) : data && data.hits.length > 0 ? (
            <SearchResults hits={data.hits} id={listId} labelledBy={headingId} />
          ) : data ? (
            <div className="atlas-search__empty">
              <p className="kern-body">{t('atlas.search.empty')}</p>
              {filterCount > 0 || search.q ? <p className="kern-body">{t('atlas.search.emptyHint')}</p> : null}
            </div>
          ) : null}
          {total > 0 ? <ExportLinks search={search} /> : null}
          <Pagination
            total={total}
            limit={PAGE_SIZE}
            offset={(page - 1) * PAGE_SIZE}
            label={t('atlas.search.pagination')}
            onChange={(offset) => {
              const next = Math.floor(offset / PAGE_SIZE) + 1;
              void navigate({
                search: (previous: AtlasSearch) => ({ ...previous, page: next > 1 ? next : undefined }),
              });
              headingRef.current?.focus();
            }}
          />
        </div>

        <div className="atlas-search__map" id="atlas-map">
          <AtlasMap
            points={data?.points ?? []}
            total={total}
            locatedTotal={data?.pointsTotal}
            laender={chosen(search, 'land')}
            listId={listId}
          />
        </div>
      </div>
    </>
  );
}

/** The whole filtered result as a file (the format the import reads; CSV opens in Excel). */
function ExportLinks({ search }: { search: AtlasSearch }) {
  const { t } = useTranslation();
  const query = filterParams(search).toString();
  const suffix = query ? `?${query}` : '';
  return (
    <p className="kern-body kern-body--small atlas-search__export">
      {t('atlas.search.export')}{' '}
      <a className="kern-link" href={`/api/atlas/cooperations.csv${suffix}`} download>
        {t('atlas.search.exportCsv')}
      </a>
      {' · '}
      <a className="kern-link" href={`/api/atlas/cooperations.json${suffix}`} download>
        {t('atlas.search.exportJson')}
      </a>
    </p>
  );
}

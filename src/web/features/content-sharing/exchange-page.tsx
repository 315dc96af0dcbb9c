import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { Loading } from '../../ui/loading.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { Pagination } from '../../ui/pagination.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { type ContentContext, WithOrganisation } from '../content/content-frame.tsx';
import { ExchangeCard } from './exchange-card.tsx';
import { ActiveExchangeFilters, ExchangeFacets } from './exchange-facets.tsx';
import { EXCHANGE_PAGE_SIZE, type ExchangeSearch, isLeikaPrefix } from './exchange-search.ts';
import { SharingLinks } from './sharing-links.tsx';
import { useExchange } from './sharing-queries.ts';

const route = getRouteApi('/content/exchange');

/** `/content/exchange`: the pages other organisations share, to find one and adopt it. */
export function ExchangePage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  return (
    <>
      <PageTitle
        preline={t('contentSharing.preline')}
        lead={t('contentSharing.exchange.lead')}
        documentTitle={
          search.q ? t('contentSharing.exchange.documentTitle', { q: search.q }) : t('contentSharing.exchange.title')
        }
      >
        {t('contentSharing.exchange.title')}
      </PageTitle>
      <WithOrganisation>{(context) => <Exchange context={context} search={search} />}</WithOrganisation>
    </>
  );
}

function Exchange({ context, search }: { context: ContentContext; search: ExchangeSearch }) {
  const { t } = useTranslation();
  const navigate = useNavigate({ from: '/content/exchange' });
  const result = useExchange(search);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const form = useFormErrors('exchange');
  const [q, setQ] = useState(search.q ?? '');
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [leikaKey, setLeikaKey] = useState(search.leikaKey ?? '');
  useEffect(() => setQ(search.q ?? ''), [search.q]);
  useEffect(() => setLeikaKey(search.leikaKey ?? ''), [search.leikaKey]);

  /** Every change of words or filters starts at the first page; focus goes to the result's heading. */
  function apply(next: ExchangeSearch) {
    void navigate({ search: { ...next, offset: next.offset || undefined } });
    headingRef.current?.focus();
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const key = leikaKey.replace(/\s/g, '');
    if (!form.check({ leikaKey: key && !isLeikaPrefix(key) ? t('contentSharing.exchange.leikaInvalid') : undefined }))
      return;
    apply({ ...search, q: q.trim() || undefined, leikaKey: key || undefined, offset: undefined });
  }

  const data = result.data;
  const total = data?.total ?? 0;
  const activeFilters = [search.tag, search.language, search.organisationId, search.leikaKey].filter(Boolean).length;
  const filtered = Boolean(search.q) || activeFilters > 0;
  return (
    <div className="stack-xl">
      <SharingLinks />
      <div>
        <ErrorSummary errors={form.summary} revision={form.revision} />
        <search aria-label={t('contentSharing.exchange.formLabel')}>
          <form className="search-form exchange-search" noValidate onSubmit={onSubmit}>
            <TextField
              id={form.id('q')}
              label={t('contentSharing.exchange.q')}
              hint={t('contentSharing.exchange.qHint')}
              type="search"
              required={false}
              value={q}
              onChange={setQ}
            />
            <TextField
              id={form.id('leikaKey')}
              label={t('contentSharing.exchange.leikaKey')}
              hint={t('contentSharing.exchange.leikaHint')}
              required={false}
              inputMode="numeric"
              autoComplete="off"
              maxLength={20}
              value={leikaKey}
              onChange={setLeikaKey}
              error={form.errors.leikaKey}
            />
            <div className="search-form__submit">
              <Button type="submit" icon="search">
                {t('contentSharing.exchange.submit')}
              </Button>
            </div>
          </form>
        </search>
      </div>

      <div className="exchange">
        <section
          className={`exchange__facets${filtersOpen ? ' exchange__facets--open' : ''}`}
          aria-labelledby="exchange-filter-heading"
        >
          <div className="exchange__facets-head">
            <h2 className="kern-heading-small" id="exchange-filter-heading">
              {t('contentSharing.exchange.filters')}
            </h2>
            {/* On narrow screens the filters fold away, so the result is not pushed below them. */}
            <button
              type="button"
              className="kern-btn kern-btn--secondary kern-btn--x-small exchange__facets-toggle"
              aria-expanded={filtersOpen}
              aria-controls="exchange-facets"
              onClick={() => setFiltersOpen(!filtersOpen)}
            >
              <span className="kern-label">
                {filtersOpen
                  ? t('contentSharing.exchange.hideFilters')
                  : t('contentSharing.exchange.showFilters', { count: activeFilters })}
              </span>
            </button>
          </div>
          <div className="exchange__facets-body" id="exchange-facets">
            {data ? (
              <ExchangeFacets search={search} facets={data.facets} onChosen={() => headingRef.current?.focus()} />
            ) : result.isPending ? (
              <Loading label={t('contentSharing.exchange.loadingFilters')} />
            ) : null}
          </div>
        </section>

        <section className="exchange__results" aria-labelledby="exchange-results-heading">
          <h2 className="kern-heading-medium" id="exchange-results-heading" ref={headingRef} tabIndex={-1}>
            {data ? t('contentSharing.exchange.count', { count: total }) : t('contentSharing.exchange.results')}
          </h2>
          <p className="visually-hidden" role="status">
            {data && !result.isPlaceholderData ? t('contentSharing.exchange.count', { count: total }) : ''}
          </p>
          <ActiveExchangeFilters search={search} facets={data?.facets} onApply={apply} />
          <div aria-busy={result.isFetching}>
            <ProblemAlert error={result.error} />
            {result.isPending ? (
              <Loading label={t('contentSharing.exchange.loading')} />
            ) : data && data.items.length > 0 ? (
              <ul className="exchange-list">
                {data.items.map((item) => (
                  <ExchangeCard key={item.id} item={item} />
                ))}
              </ul>
            ) : data ? (
              <div className="sharing-empty">
                <p className="kern-body kern-body--large">
                  {filtered ? t('contentSharing.exchange.emptyFiltered') : t('contentSharing.exchange.empty')}
                </p>
                <p className="kern-body">
                  {filtered
                    ? t('contentSharing.exchange.emptyFilteredHint')
                    : t('contentSharing.exchange.emptyHint', { organisation: context.organisationName })}
                </p>
              </div>
            ) : null}
            <Pagination
              total={total}
              limit={EXCHANGE_PAGE_SIZE}
              offset={search.offset ?? 0}
              label={t('contentSharing.exchange.pagination')}
              onChange={(offset) => apply({ ...search, offset })}
            />
          </div>
        </section>
      </div>
    </div>
  );
}

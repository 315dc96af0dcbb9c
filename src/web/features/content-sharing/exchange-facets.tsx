import { Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/use-format.ts';
import { languageName, orderLanguages } from '../content/languages.ts';
import { EXCHANGE_FILTERS, type ExchangeFilter, type ExchangeSearch, withFilter } from './exchange-search.ts';
import type { ExchangeFacets as Facets } from './sharing-types.ts';

const SHOWN = 8;

/** Most pages first; among equals German, then the languages in the order the content area offers them. */
function inLanguageOrder(options: Option[]): Option[] {
  const order = orderLanguages(
    'de',
    options.map((o) => o.value),
  );
  return [...options].sort((a, b) => b.count - a.count || order.indexOf(a.value) - order.indexOf(b.value));
}

interface Option {
  value: string;
  label: string;
  count: number;
}

/**
 * The filters beside the result: topic, language and source organisation, each a list of links with
 * the number of pages it leaves (the exchange filters by one of each at a time). The chosen one is
 * marked in words, not only by its look.
 */
export function ExchangeFacets({
  search,
  facets,
  onChosen,
}: {
  search: ExchangeSearch;
  facets: Facets;
  onChosen: () => void;
}) {
  const { t, i18n } = useTranslation();
  const options = (buckets: Facets['tags'], label: (value: string) => string): Option[] =>
    buckets.map((b) => ({ value: b.value, label: b.label ?? label(b.value), count: b.count }));
  return (
    <div className="exchange-facets">
      <FacetLinks
        title={t('contentSharing.exchange.facet.tag')}
        all={t('contentSharing.exchange.facet.allTags')}
        filter="tag"
        search={search}
        options={options(facets.tags, (v) => v)}
        onChosen={onChosen}
      />
      <FacetLinks
        title={t('contentSharing.exchange.facet.language')}
        all={t('contentSharing.exchange.facet.allLanguages')}
        filter="language"
        search={search}
        options={inLanguageOrder(options(facets.languages, (v) => languageName(t, v, i18n.language)))}
        onChosen={onChosen}
      />
      <FacetLinks
        title={t('contentSharing.exchange.facet.organisation')}
        all={t('contentSharing.exchange.facet.allOrganisations')}
        filter="organisationId"
        search={search}
        options={options(facets.organisations, (v) => v)}
        onChosen={onChosen}
      />
    </div>
  );
}

function FacetLinks({
  title,
  all,
  filter,
  search,
  options,
  onChosen,
}: {
  title: string;
  all: string;
  filter: ExchangeFilter;
  search: ExchangeSearch;
  options: Option[];
  onChosen: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const chosen = search[filter];
  if (options.length === 0 && !chosen) return null;
  const shown =
    expanded || options.length <= SHOWN + 1
      ? options
      : options.filter((o, index) => index < SHOWN || o.value === chosen);
  const hidden = options.length - shown.length;
  const item = (value: string | undefined, label: string, count?: number) => {
    const current = (chosen ?? '') === (value ?? '');
    return (
      <li key={value ?? ''}>
        <Link
          className={`kern-link exchange-facet__link${current ? ' exchange-facet__link--current' : ''}`}
          to="/content/exchange"
          search={withFilter(search, filter, value)}
          // Exactly this filter's address is the current page (the router marks it so); no other link is.
          activeOptions={{ exact: true }}
          // The link navigates; focus moves on to the result, as after the search button.
          onClick={onChosen}
        >
          <span>{label}</span>
          {count === undefined ? null : <span className="exchange-facet__count"> ({format.number(count)})</span>}
          {current ? <span className="visually-hidden"> – {t('contentSharing.exchange.facet.chosen')}</span> : null}
        </Link>
      </li>
    );
  };
  return (
    <div className="exchange-facet">
      <h3 className="kern-label exchange-facet__title" id={`${id}title`}>
        {title}
      </h3>
      <ul className="exchange-facet__list" id={`${id}list`} aria-labelledby={`${id}title`}>
        {item(undefined, all)}
        {shown.map((o) => item(o.value, o.label, o.count))}
      </ul>
      {hidden > 0 || expanded ? (
        <button
          type="button"
          className="exchange-facet__more"
          aria-expanded={expanded}
          aria-controls={`${id}list`}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded
            ? t('contentSharing.exchange.facet.fewer')
            : t('contentSharing.exchange.facet.more', { count: options.length })}
        </button>
      ) : null}
    </div>
  );
}

/** The filters in force as buttons that take one away each, and one that takes all away. */
export function ActiveExchangeFilters({
  search,
  facets,
  onApply,
}: {
  search: ExchangeSearch;
  facets: Facets | undefined;
  onApply: (next: ExchangeSearch) => void;
}) {
  const { t, i18n } = useTranslation();
  const organisations = new Map((facets?.organisations ?? []).map((o) => [o.value, o.label ?? o.value]));
  const chips: Array<{ key: string; label: string; next: ExchangeSearch }> = [];
  if (search.q) {
    chips.push({
      key: 'q',
      label: t('contentSharing.exchange.chip.q', { q: search.q }),
      next: withFilter(search, 'q', undefined),
    });
  }
  for (const filter of EXCHANGE_FILTERS) {
    const value = search[filter];
    if (!value) continue;
    const shown =
      filter === 'language'
        ? languageName(t, value, i18n.language)
        : filter === 'organisationId'
          ? (organisations.get(value) ?? t('contentSharing.exchange.chip.someOrganisation'))
          : value;
    chips.push({
      key: filter,
      label: t(`contentSharing.exchange.chip.${filter}`, { value: shown }),
      next: withFilter(search, filter, undefined),
    });
  }
  if (chips.length === 0) return null;
  return (
    <div className="exchange-chips">
      <p className="visually-hidden">{t('contentSharing.exchange.chip.active')}</p>
      <ul className="exchange-chips__list">
        {chips.map((chip) => (
          <li key={chip.key}>
            <button type="button" className="exchange-chip" onClick={() => onApply(chip.next)}>
              <span>{chip.label}</span>
              <span className="kern-icon kern-icon--close kern-icon--small" aria-hidden="true" />
              <span className="visually-hidden"> – {t('contentSharing.exchange.chip.remove')}</span>
            </button>
          </li>
        ))}
      </ul>
      {chips.length > 1 ? (
        <button type="button" className="exchange-facet__more" onClick={() => onApply({})}>
          {t('contentSharing.exchange.chip.removeAll')}
        </button>
      ) : null}
    </div>
  );
}

import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchGroupKind, UnifiedSearchResult } from '../../../shared/contracts/search.ts';
import { Loading } from '../../ui/loading.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { SearchForm } from '../../ui/search-form.tsx';
import { useFormat } from '../../ui/use-format.ts';
import { useMe } from '../accounts/use-me.ts';
import { useUnifiedSearch } from './queries.ts';
import { groupAnchor, SearchGroupSection } from './search-group.tsx';
import './search.css';

const route = getRouteApi('/search');

/** Words the empty page offers as a first search. */
const EXAMPLES = ['Feuerwehr', 'Breitband', 'Bauhof'];

/**
 * The search over everything (the header's search box leads here): atlas records, organisations,
 * alliances and, signed in, workspaces, messages, documents and people, grouped, each group with its count and
 * the way to all its hits. `group` shows one group alone with up to 50 hits.
 */
export function SearchPage() {
  const { t } = useTranslation();
  const { q = '', group } = route.useSearch();
  const navigate = useNavigate();
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const term = q.trim();
  const title = group ? `${t('search.title')}: ${t(`search.groups.${group}`)}` : t('search.title');

  return (
    <>
      <PageTitle documentTitle={term ? t('search.documentTitle', { q: term }) : title}>{title}</PageTitle>
      <SearchForm
        region={t('search.formLabel')}
        id="search-q"
        label={t('search.q')}
        value={text}
        onChange={setText}
        onSearch={() => void navigate({ to: '/search', search: { q: text.trim() || undefined, group } })}
        submit={t('search.submit')}
      />
      {term ? <Results term={term} group={group} /> : <EmptyState />}
    </>
  );
}

function EmptyState() {
  const { t } = useTranslation();
  return (
    <div className="search-empty">
      <p className="kern-body">{t('search.empty')}</p>
      <p className="kern-body">
        {t('search.examples')}{' '}
        {EXAMPLES.map((word, index) => (
          <span key={word}>
            {index > 0 ? ', ' : null}
            <Link className="kern-link" to="/search" search={{ q: word }}>
              {word}
            </Link>
          </span>
        ))}
      </p>
      <Tips />
    </div>
  );
}

/** How the German search reads words: the same hints on the empty page and when nothing was found. */
function Tips() {
  const { t } = useTranslation();
  return (
    <>
      <h2 className="kern-heading-small">{t('search.tips.title')}</h2>
      <ul className="kern-list kern-list--bullet">
        <li>{t('search.tips.parts')}</li>
        <li>{t('search.tips.forms')}</li>
        <li>{t('search.tips.umlauts')}</li>
        <li>{t('search.tips.allWords')}</li>
      </ul>
    </>
  );
}

function summaryOf(t: TFunction, result: UnifiedSearchResult): string {
  const found = result.groups.filter((g) => g.total > 0);
  const total = found.reduce((sum, g) => sum + g.total, 0);
  if (total === 0) return t('search.summaryNone', { q: result.q });
  const capped = found.some((g) => g.capped);
  return t(capped ? 'search.summaryCapped' : 'search.summary', { count: total, q: result.q, groups: found.length });
}

function Results({ term, group }: { term: string; group: SearchGroupKind | undefined }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const format = useFormat();
  const results = useUnifiedSearch(term, group);
  const data = results.data;
  const found = data?.groups.filter((g) => g.total > 0) ?? [];
  const empty = data?.groups.filter((g) => g.total === 0) ?? [];

  return (
    <div className="search-results stack-xl">
      {/* Announced when the answer arrives: how many hits, in how many groups. */}
      <p className="kern-body search-results__summary" role="status">
        {data ? summaryOf(t, data) : ''}
      </p>
      {results.isPending ? <Loading /> : null}
      <ProblemAlert error={results.error} />
      {data?.suggestion ? (
        <p className="kern-body">
          {t('search.didYouMean')}{' '}
          <Link className="kern-link" to="/search" search={{ q: data.suggestion, group }}>
            {data.suggestion}
          </Link>
          ?
        </p>
      ) : null}
      {group ? (
        <p className="kern-body">
          <Link className="kern-link" to="/search" search={{ q: term }}>
            {t('search.allGroups')}
          </Link>
        </p>
      ) : null}
      {!group && found.length > 1 ? (
        <nav aria-label={t('search.jumpLabel')}>
          <ul className="search-jump">
            {found.map((g) => (
              <li key={g.kind}>
                <a className="kern-link" href={`#${groupAnchor(g.kind)}`}>
                  {t(`search.groups.${g.kind}`)} ({format.number(g.total)}
                  {g.capped ? '+' : ''})
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {found.map((g) => (
        <SearchGroupSection key={g.kind} group={g} alone={Boolean(group)} />
      ))}
      {data && found.length > 0 && empty.length > 0 ? (
        <p className="kern-body search-results__none">
          {t('search.noneIn', { groups: empty.map((g) => t(`search.groups.${g.kind}`)).join(', ') })}
        </p>
      ) : null}
      {data && found.length === 0 ? (
        <div className="search-empty">
          <Tips />
        </div>
      ) : null}
      {data && data.signInFor.length > 0 && !me ? (
        <p className="kern-body">
          {t('search.signInFor', {
            groups: data.signInFor.map((kind) => t(`search.groups.${kind}`)).join(', '),
          })}{' '}
          <Link
            className="kern-link"
            to="/sign-in"
            search={{ next: `/search?${new URLSearchParams({ q: term, ...(group ? { group } : {}) })}` }}
          >
            {t('nav.signIn')}
          </Link>
        </p>
      ) : null}
    </div>
  );
}

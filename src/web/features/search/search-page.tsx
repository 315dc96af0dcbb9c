import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonHit } from '../../../shared/contracts/accounts.ts';
import { api, query } from '../../api/client.ts';
import { Loading } from '../../ui/loading.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { SearchForm } from '../../ui/search-form.tsx';
import { Section } from '../../ui/section.tsx';
import { useMe } from '../accounts/use-me.ts';
import { OrganisationsTable } from '../organisations/organisations-table.tsx';
import { useDirectory } from '../organisations/queries.ts';

const route = getRouteApi('/search');

/** Results of the header search: organisations for everyone, people for signed-in people. */
export function SearchPage() {
  const { t } = useTranslation();
  const { q = '' } = route.useSearch();
  const navigate = useNavigate();
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const term = q.trim();

  return (
    <>
      <PageTitle documentTitle={term ? t('search.documentTitle', { q: term }) : t('search.title')}>
        {t('search.title')}
      </PageTitle>
      <SearchForm
        region={t('search.formLabel')}
        id="search-q"
        label={t('search.q')}
        value={text}
        onChange={setText}
        onSearch={() => void navigate({ to: '/search', search: { q: text.trim() || undefined } })}
        submit={t('search.submit')}
      />
      {term ? (
        <div className="stack-xl">
          <OrganisationResults term={term} />
          <PeopleResults term={term} />
        </div>
      ) : (
        <p className="kern-body">{t('search.empty')}</p>
      )}
    </>
  );
}

function OrganisationResults({ term }: { term: string }) {
  const { t } = useTranslation();
  const results = useDirectory({ q: term, limit: 20 });
  const total = results.data?.total ?? 0;
  return (
    <Section title={t('search.organisations')}>
      <p className="kern-body" role="status">
        {results.data ? t('search.organisationsCount', { count: total }) : ''}
      </p>
      <ProblemAlert error={results.error} />
      {results.isPending ? (
        <Loading />
      ) : total > 0 ? (
        <>
          <OrganisationsTable caption={t('search.organisations')} rows={results.data?.items ?? []} />
          {total > (results.data?.items.length ?? 0) ? (
            <p className="kern-body spaced">
              <Link className="kern-link" to="/organisations" search={{ q: term }}>
                {t('search.allOrganisations', { count: total })}
              </Link>
            </p>
          ) : null}
        </>
      ) : null}
    </Section>
  );
}

function PeopleResults({ term }: { term: string }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const people = useQuery({
    queryKey: ['persons', 'search', term],
    queryFn: () => api.get<{ items: PersonHit[] }>(`/persons${query({ q: term })}`),
    enabled: Boolean(me),
  });
  const items = people.data?.items ?? [];
  return (
    <Section title={t('search.people')}>
      {!me ? (
        <p className="kern-body">
          {t('search.peopleSignedOut')}{' '}
          <Link className="kern-link" to="/sign-in" search={{ next: `/search?q=${encodeURIComponent(term)}` }}>
            {t('nav.signIn')}
          </Link>
        </p>
      ) : (
        <>
          <p className="kern-body" role="status">
            {people.data ? t('search.peopleCount', { count: items.length }) : ''}
          </p>
          <ProblemAlert error={people.error} />
          {people.isPending ? (
            <Loading />
          ) : items.length > 0 ? (
            <ul className="kern-list kern-list--bullet">
              {items.map((person) => (
                <li key={person.id}>
                  {person.name}
                  {person.organisation ? (
                    <>
                      {' – '}
                      <Link className="kern-link" to="/organisations/$id" params={{ id: person.organisation.id }}>
                        {person.organisation.name}
                      </Link>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </Section>
  );
}

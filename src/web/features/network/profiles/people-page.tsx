import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonMatch } from '../../../../shared/contracts/network-profiles.ts';
import { LAENDER_LIST } from '../../../../shared/laender.ts';
import { Button } from '../../../ui/button.tsx';
import { Loading } from '../../../ui/loading.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { RequireSignIn } from '../../accounts/require-sign-in.tsx';
import { Counts, LevelBadge } from './expertise-parts.tsx';
import { NEAR_CHOICES, PEOPLE_SORTS, type PeopleSearch, type PeopleSort } from './people-search.ts';
import { usePeople } from './profile-queries.ts';
import './profiles.css';

const route = getRouteApi('/network/people');

/** /network/people: "Wer kennt sich mit E-Rechnung aus?" – people by expertise, name, Land and distance. */
export function PeoplePage() {
  return <RequireSignIn>{() => <People />}</RequireSignIn>;
}

function People() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/network/people' });
  const go = (next: PeopleSearch) => void navigate({ search: next });
  return (
    <>
      <PageTitle preline={t('networkProfiles.preline')} lead={t('networkProfiles.finder.lead')}>
        {t('networkProfiles.finder.title')}
      </PageTitle>
      <FinderForm key={JSON.stringify(search)} search={search} onSearch={go} />
      <Results search={search} onPage={(page) => go({ ...search, page: page > 1 ? page : undefined })} />
    </>
  );
}

function FinderForm({ search, onSearch }: { search: PeopleSearch; onSearch: (search: PeopleSearch) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState(search.q ?? '');
  const [land, setLand] = useState(search.land ?? '');
  const [near, setNear] = useState(search.near ? String(search.near) : '');
  const [sort, setSort] = useState<PeopleSort>(search.sort ?? 'relevance');
  const f = 'networkProfiles.finder';
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    onSearch({
      q: q.trim() || undefined,
      // A chosen tag belongs to the words it was chosen for; new words search anew.
      tag: q.trim() === (search.q ?? '') ? search.tag : undefined,
      organisation: search.organisation,
      land: land || undefined,
      near: near ? Number(near) : undefined,
      sort: sort === 'relevance' ? undefined : sort,
    });
  }
  return (
    <search aria-label={t(`${f}.region`)}>
      <form className="filter-panel np-finder" noValidate onSubmit={onSubmit}>
        <TextField
          id="people-q"
          label={t(`${f}.q`)}
          hint={t(`${f}.qHint`)}
          type="search"
          required={false}
          value={q}
          onChange={setQ}
          maxLength={200}
        />
        <div className="np-finder__filters">
          <SelectField
            id="people-land"
            label={t(`${f}.land`)}
            value={land}
            onChange={setLand}
            options={[
              { value: '', label: t(`${f}.anyLand`) },
              ...LAENDER_LIST.map((l) => ({ value: l.code, label: l.name })),
            ]}
          />
          <SelectField
            id="people-near"
            label={t(`${f}.near`)}
            value={near}
            onChange={setNear}
            options={[
              { value: '', label: t(`${f}.anyDistance`) },
              ...NEAR_CHOICES.map((km) => ({ value: String(km), label: t(`${f}.withinKm`, { km }) })),
            ]}
          />
          <SelectField
            id="people-sort"
            label={t(`${f}.sort`)}
            value={sort}
            onChange={(value) => setSort(value as PeopleSort)}
            options={PEOPLE_SORTS.map((value) => ({ value, label: t(`${f}.sorts.${value}`) }))}
          />
        </div>
        <div className="kern-btn-wrapper">
          <Button type="submit" icon="search">
            {t(`${f}.submit`)}
          </Button>
        </div>
      </form>
    </search>
  );
}

function Results({ search, onPage }: { search: PeopleSearch; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const people = usePeople(search);
  const page = search.page ?? 1;
  if (people.isPending) return <Loading />;
  if (!people.data) return <ProblemAlert error={people.error} />;
  const { people: found, hasMore } = people.data;
  return (
    <section className="page-section" aria-labelledby="people-results">
      <h2 className="kern-heading-medium" id="people-results">
        {t('networkProfiles.finder.results')}
      </h2>
      <p className="kern-body" role="status">
        {found.length === 0
          ? t('networkProfiles.finder.none')
          : t('networkProfiles.finder.shown', { count: found.length })}
      </p>
      <ul className="plain-list np-results">
        {found.map((person) => (
          <PersonCard key={person.id} person={person} />
        ))}
      </ul>
      {page > 1 || hasMore ? (
        <div className="kern-btn-wrapper">
          {page > 1 ? (
            <Button variant="secondary" onClick={() => onPage(page - 1)}>
              {t('networkProfiles.finder.previous')}
            </Button>
          ) : null}
          {hasMore ? (
            <Button variant="secondary" onClick={() => onPage(page + 1)}>
              {t('networkProfiles.finder.next')}
            </Button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function PersonCard({ person }: { person: PersonMatch }) {
  const { t, i18n } = useTranslation();
  const km =
    person.distanceKm === null
      ? null
      : new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 }).format(person.distanceKm);
  return (
    <li className="kern-card kern-card--hug np-card">
      <div className="kern-card__container">
        <header className="kern-card__header">
          <h3 className="kern-title">
            <Link className="kern-link" to="/network/people/$personId" params={{ personId: person.id }}>
              {person.name}
            </Link>
          </h3>
        </header>
        <div className="kern-card__body">
          <p className="kern-body np-card__meta">
            {[person.jobTitle, person.organisation?.name, person.organisation?.landName].filter(Boolean).join(' · ')}
            {km !== null ? ` · ${t('networkProfiles.finder.distance', { km })}` : ''}
          </p>
          {person.matches.length > 0 ? (
            <>
              <p className="kern-body np-card__why">{t('networkProfiles.finder.why')}</p>
              <ul className="plain-list np-card__matches">
                {person.matches.map((match) => (
                  <li key={match.tag.id}>
                    <span className="np-card__tag">{match.tag.name}</span> <LevelBadge level={match.level} />{' '}
                    <Counts endorsements={match.endorsementCount} accepted={match.acceptedAnswerCount} />
                  </li>
                ))}
              </ul>
            </>
          ) : person.nameMatched ? (
            <p className="kern-body np-card__why">{t('networkProfiles.finder.byName')}</p>
          ) : null}
        </div>
      </div>
    </li>
  );
}

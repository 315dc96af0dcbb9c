import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button.tsx';
import { Loading } from '../../ui/loading.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { Pagination } from '../../ui/pagination.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { landOptions } from './laender.ts';
import { ORGANISATION_TYPES, organisationTypeLabel } from './organisation-types.ts';
import { OrganisationsTable } from './organisations-table.tsx';
import { useDirectory } from './queries.ts';

const route = getRouteApi('/organisations');
const LIMIT = 20;

/** The directory of all organisations: search by name, AGS or ARS; filter by Land and kind. */
export function DirectoryPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate();
  const [q, setQ] = useState(search.q ?? '');
  const [land, setLand] = useState(search.land ?? '');
  const [type, setType] = useState(search.type ?? '');
  useEffect(() => {
    setQ(search.q ?? '');
    setLand(search.land ?? '');
    setType(search.type ?? '');
  }, [search.q, search.land, search.type]);

  const offset = search.offset ?? 0;
  const results = useDirectory({ q: search.q, land: search.land, type: search.type, offset, limit: LIMIT });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void navigate({
      to: '/organisations',
      search: { q: q.trim() || undefined, land: land || undefined, type: type || undefined },
    });
  }

  const total = results.data?.total ?? 0;
  return (
    <>
      <PageTitle lead={t('directory.lead')}>{t('directory.title')}</PageTitle>
      <search className="filter-panel" aria-label={t('directory.filterLabel')}>
        <form className="filter-form" noValidate onSubmit={onSubmit}>
          <TextField
            id="directory-q"
            label={t('directory.q')}
            hint={t('directory.qHint')}
            type="search"
            required={false}
            value={q}
            onChange={setQ}
          />
          <SelectField
            id="directory-land"
            label={t('directory.land')}
            value={land}
            onChange={setLand}
            options={[{ value: '', label: t('directory.allLaender') }, ...landOptions(t)]}
          />
          <SelectField
            id="directory-type"
            label={t('directory.type')}
            value={type}
            onChange={setType}
            options={[
              { value: '', label: t('directory.allTypes') },
              ...ORGANISATION_TYPES.map((value) => ({ value, label: organisationTypeLabel(t, value) })),
            ]}
          />
          <div className="filter-form__submit">
            <Button type="submit" icon="search">
              {t('directory.submit')}
            </Button>
          </div>
        </form>
      </search>
      <div className="results" aria-busy={results.isFetching}>
        <p className="kern-body results__count" role="status">
          {results.data ? t('directory.count', { count: total }) : ''}
        </p>
        <ProblemAlert error={results.error} />
        {results.isPending ? (
          <Loading />
        ) : (
          <OrganisationsTable caption={t('directory.caption')} rows={results.data?.items ?? []} />
        )}
        <Pagination
          total={total}
          limit={LIMIT}
          offset={offset}
          onChange={(next) => void navigate({ to: '/organisations', search: { ...search, offset: next || undefined } })}
        />
      </div>
    </>
  );
}

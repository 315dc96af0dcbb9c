import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TASK_FIELDS } from '../../../../shared/atlas/task-fields.ts';
import { OFFER_LIMITS, OFFER_SORTS, type OfferSummary } from '../../../../shared/contracts/services-offers.ts';
import { LAENDER_LIST } from '../../../../shared/laender.ts';
import { Badge } from '../../../ui/badge.tsx';
import { Button, ButtonLink } from '../../../ui/button.tsx';
import { useContentLang } from '../../../ui/content-language.ts';
import { Loading } from '../../../ui/loading.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useFormat } from '../../../ui/use-format.ts';
import { RequireSignIn } from '../../accounts/require-sign-in.tsx';
import { isOrganisationAdmin } from '../../accounts/use-me.ts';
import { priceText, taskFieldLabel } from './offer-labels.ts';
import { NEAR_CHOICES, type OfferSearch } from './offer-search.ts';
import { useOffers } from './queries.ts';
import './offers.css';

const route = getRouteApi('/services');

/** /services: the competence centres' offers I may see, with German search and filters. */
export function ServicesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle lead={t('serviceOffers.list.lead')}>{t('serviceOffers.list.title')}</PageTitle>
      <RequireSignIn>{(me) => <Offers canOffer={isOrganisationAdmin(me)} />}</RequireSignIn>
    </>
  );
}

function Offers({ canOffer }: { canOffer: boolean }) {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/services' });
  const go = (next: OfferSearch) => void navigate({ search: next });
  return (
    <div className="stack-xl">
      {canOffer ? (
        <div className="kern-btn-wrapper">
          <ButtonLink to="/services/offers/new" icon="add">
            {t('serviceOffers.list.create')}
          </ButtonLink>
        </div>
      ) : null}
      <FilterForm key={JSON.stringify(search)} search={search} onSearch={go} />
      <Results search={search} onPage={(page) => go({ ...search, page: page > 1 ? page : undefined })} />
    </div>
  );
}

function FilterForm({ search, onSearch }: { search: OfferSearch; onSearch: (search: OfferSearch) => void }) {
  const { t, i18n } = useTranslation();
  const [q, setQ] = useState(search.q ?? '');
  const [taskField, setTaskField] = useState(search.taskField ?? '');
  const [leika, setLeika] = useState(search.leika ?? '');
  const [land, setLand] = useState(search.land ?? '');
  const [near, setNear] = useState(search.near ? String(search.near) : '');
  const [sort, setSort] = useState(search.sort ?? '');
  const [mine, setMine] = useState(search.mine ?? false);
  const f = 'serviceOffers.filters';
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const key = leika.replace(/\s/g, '');
    onSearch({
      q: q.trim() || undefined,
      taskField: taskField || undefined,
      leika: /^[0-9]{1,14}$/.test(key) ? key : undefined,
      land: land || undefined,
      near: near ? Number(near) : undefined,
      sort: OFFER_SORTS.find((s) => s === sort),
      mine: mine || undefined,
    });
  }
  return (
    <search aria-label={t(`${f}.region`)}>
      <form className="filter-panel so-filters" noValidate onSubmit={onSubmit}>
        <TextField
          id="offers-q"
          label={t(`${f}.q`)}
          hint={t(`${f}.qHint`)}
          type="search"
          required={false}
          value={q}
          onChange={setQ}
          maxLength={OFFER_LIMITS.query}
        />
        <div className="so-filters__row">
          <SelectField
            id="offers-task-field"
            label={t(`${f}.taskField`)}
            value={taskField}
            onChange={setTaskField}
            options={[
              { value: '', label: t(`${f}.anyTaskField`) },
              ...TASK_FIELDS.map((field) => ({ value: field.code, label: taskFieldLabel(field.code, i18n.language) })),
            ]}
          />
          <TextField
            id="offers-leika"
            label={t(`${f}.leika`)}
            required={false}
            inputMode="numeric"
            value={leika}
            onChange={setLeika}
            maxLength={14}
          />
          <SelectField
            id="offers-land"
            label={t(`${f}.land`)}
            value={land}
            onChange={setLand}
            options={[
              { value: '', label: t(`${f}.anyLand`) },
              ...LAENDER_LIST.map((l) => ({ value: l.code, label: l.name })),
            ]}
          />
          <SelectField
            id="offers-near"
            label={t(`${f}.near`)}
            value={near}
            onChange={setNear}
            options={[
              { value: '', label: t(`${f}.anyDistance`) },
              ...NEAR_CHOICES.map((km) => ({ value: String(km), label: t(`${f}.withinKm`, { km }) })),
            ]}
          />
          <SelectField
            id="offers-sort"
            label={t(`${f}.sort`)}
            value={sort}
            onChange={setSort}
            options={[
              { value: '', label: t(`${f}.sorts.default`) },
              ...OFFER_SORTS.map((value) => ({ value, label: t(`${f}.sorts.${value}`) })),
            ]}
          />
        </div>
        <div className="kern-form-check">
          <input
            className="kern-form-check__checkbox"
            type="checkbox"
            id="offers-mine"
            checked={mine}
            onChange={(event) => setMine(event.target.checked)}
          />
          <label className="kern-label" htmlFor="offers-mine">
            {t(`${f}.mine`)}
          </label>
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

function Results({ search, onPage }: { search: OfferSearch; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const offers = useOffers(search);
  const page = search.page ?? 1;
  if (offers.isPending) return <Loading />;
  if (!offers.data) return <ProblemAlert error={offers.error} />;
  const { items, total, hasMore } = offers.data;
  return (
    <section className="page-section" aria-labelledby="offers-results">
      <h2 className="kern-heading-medium" id="offers-results">
        {t('serviceOffers.list.results')}
      </h2>
      <p className="kern-body" role="status">
        {total === 0 ? t('serviceOffers.list.none') : t('serviceOffers.list.found', { count: total })}
      </p>
      <ul className="plain-list so-list">
        {items.map((offer) => (
          <OfferCard key={offer.id} offer={offer} />
        ))}
      </ul>
      {page > 1 || hasMore ? (
        <div className="kern-btn-wrapper">
          {page > 1 ? (
            <Button variant="secondary" onClick={() => onPage(page - 1)}>
              {t('serviceOffers.list.previous')}
            </Button>
          ) : null}
          {hasMore ? (
            <Button variant="secondary" onClick={() => onPage(page + 1)}>
              {t('serviceOffers.list.next')}
            </Button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function OfferCard({ offer }: { offer: OfferSummary }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const lang = useContentLang();
  const facts = [
    offer.organisation.name,
    offer.organisation.landName,
    offer.distanceKm === null
      ? null
      : t('serviceOffers.distance', { km: format.number(offer.distanceKm, { maximumFractionDigits: 0 }) }),
  ].filter(Boolean);
  return (
    <li className="kern-card kern-card--hug so-card">
      <div className="kern-card__container">
        <header className="kern-card__header">
          <h3 className="kern-title" lang={lang}>
            <Link className="kern-link" to="/services/offers/$id" params={{ id: offer.id }}>
              {offer.title}
            </Link>
          </h3>
        </header>
        <div className="kern-card__body">
          <p className="kern-body so-card__meta">{facts.join(' · ')}</p>
          <p className="kern-body so-card__meta">
            {[
              offer.taskField ? taskFieldLabel(offer.taskField, i18n.language) : null,
              priceText(t, i18n.language, offer),
            ]
              .filter(Boolean)
              .join(' · ')}
            {offer.withdrawn ? (
              <>
                {' '}
                <Badge variant="warning">{t('serviceOffers.withdrawn')}</Badge>
              </>
            ) : null}
          </p>
          {offer.excerpt ? (
            <p className="kern-body" lang={lang}>
              {offer.excerpt}
            </p>
          ) : null}
        </div>
      </div>
    </li>
  );
}

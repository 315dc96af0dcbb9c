import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { OrganisationDetail } from '../../../shared/contracts/organisations.ts';
import { Badge } from '../../ui/badge.tsx';
import { useContentLang } from '../../ui/content-language.ts';
import { DescriptionList } from '../../ui/description-list.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { Section } from '../../ui/section.tsx';
import { useMe } from '../accounts/use-me.ts';
import { PartnerCooperations } from '../atlas/partner-cooperations.tsx';
import { NotFoundContent } from '../shell/not-found-page.tsx';
import { DissolvedNotice } from './dissolved-notice.tsx';
import { landLabel } from './laender.ts';
import { OrganisationAdministration } from './organisation-administration.tsx';
import { organisationTypeLabel } from './organisation-types.ts';
import { useOrganisation } from './queries.ts';

const route = getRouteApi('/organisations/$id');

export function OrganisationPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const organisation = useOrganisation(id);
  return (
    <QueryState query={organisation} notFound={<NotFoundContent title={t('organisation.notFound')} />}>
      {(data) => <OrganisationProfile organisation={data} />}
    </QueryState>
  );
}

function OrganisationProfile({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  const lang = useContentLang();
  const { me } = useMe();
  const typeLabel = organisationTypeLabel(t, organisation.type);
  const manage = organisation.viewer.canEdit || organisation.viewer.isAdmin;

  const facts = [
    { key: 'type', label: t('organisation.type'), value: typeLabel },
    organisation.ags ? { key: 'ags', label: t('organisation.ags'), value: organisation.ags } : null,
    organisation.ars ? { key: 'ars', label: t('organisation.ars'), value: organisation.ars } : null,
    organisation.kreis
      ? {
          key: 'kreis',
          label: t('organisation.kreis'),
          value: (
            <Link className="kern-link" to="/organisations/$id" params={{ id: organisation.kreis.id }}>
              {organisation.kreis.name}
            </Link>
          ),
        }
      : organisation.kreisName
        ? { key: 'kreis', label: t('organisation.kreis'), value: organisation.kreisName }
        : null,
    organisation.land || organisation.landCode
      ? {
          key: 'land',
          label: t('organisation.land'),
          value: organisation.land ? (
            <Link className="kern-link" to="/organisations/$id" params={{ id: organisation.land.id }}>
              {landLabel(t, organisation.landCode, organisation.land.name)}
            </Link>
          ) : (
            landLabel(t, organisation.landCode, organisation.landName)
          ),
        }
      : null,
    organisation.website
      ? {
          key: 'website',
          label: t('organisation.website'),
          value: (
            <a className="kern-link break-all" href={organisation.website} rel="noopener noreferrer">
              {organisation.website.replace(/^https?:\/\//, '')}
            </a>
          ),
        }
      : null,
  ].filter((item) => item !== null);

  return (
    <>
      <div className="profile-head">
        <PageTitle preline={typeLabel}>{organisation.name}</PageTitle>
        {organisation.logoUrl ? (
          <img
            className="profile-head__logo"
            src={organisation.logoUrl}
            alt={t('organisation.logoAlt', { name: organisation.name })}
          />
        ) : null}
      </div>
      <DissolvedNotice organisation={organisation} />
      {organisation.viewer.isMember ? (
        <p className="kern-body profile-badge">
          <Badge variant="info">{t('organisation.yourOrganisation')}</Badge>
        </p>
      ) : null}
      {organisation.viewer.isMember ? (
        <p className="kern-body">
          <Link className="kern-link" to="/portfolio" search={{ organisation: organisation.id }}>
            {t('portfolio.entry.organisation')}
          </Link>
        </p>
      ) : null}
      {organisation.viewer.isMember ? (
        <p className="kern-body">
          <Link
            className="kern-link"
            to="/documents/$kind/$spaceId"
            params={{ kind: 'organisation', spaceId: organisation.id }}
            search={{}}
          >
            {t('documents.organisationLink')}
          </Link>
        </p>
      ) : null}
      <div className="stack-xl">
        <Section title={t('organisation.factsTitle')}>
          <DescriptionList items={facts} />
          {organisation.description ? (
            <div className="prose" lang={lang}>
              {organisation.description.split(/\n{2,}/).map((paragraph, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one text never reorder
                <p className="kern-body" key={index}>
                  {paragraph}
                </p>
              ))}
            </div>
          ) : null}
        </Section>
        <Section title={t('organisation.peopleTitle')}>
          {!me ? (
            <p className="kern-body">
              {t('organisation.peopleSignedOut')}{' '}
              <Link className="kern-link" to="/sign-in" search={{ next: `/organisations/${organisation.id}` }}>
                {t('nav.signIn')}
              </Link>
            </p>
          ) : organisation.people.length === 0 ? (
            <p className="kern-body">{t('organisation.noPeople')}</p>
          ) : (
            <ul className="kern-list kern-list--bullet">
              {organisation.people.map((person) => (
                <li key={person.id}>
                  {person.name}
                  {person.role !== 'member' ? (
                    <>
                      {' '}
                      <Badge variant="info">{t(`roles.${person.role}`)}</Badge>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title={t('organisation.alliancesTitle')}>
          {organisation.alliances.length === 0 ? (
            <p className="kern-body">{t('organisation.noAlliances')}</p>
          ) : (
            <ul className="kern-list kern-list--bullet">
              {organisation.alliances.map((alliance) => (
                <li key={alliance.id}>
                  <Link className="kern-link" to="/alliances/$id" params={{ id: alliance.id }}>
                    {alliance.name}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <PartnerCooperations kind="organisations" id={organisation.id} canCreate={organisation.viewer.isMember} />
        {manage ? <OrganisationAdministration organisation={organisation} /> : null}
      </div>
    </>
  );
}

import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { AllianceDetail } from '../../../shared/contracts/alliances.ts';
import { useContentLang } from '../../ui/content-language.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { DescriptionList } from '../../ui/description-list.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { Section } from '../../ui/section.tsx';
import { useFormat } from '../../ui/use-format.ts';
import { PartnerCooperations } from '../atlas/partner-cooperations.tsx';
import { landLabel } from '../organisations/laender.ts';
import { organisationTypeLabel } from '../organisations/organisation-types.ts';
import { NotFoundContent } from '../shell/not-found-page.tsx';
import { AllianceActions } from './alliance-actions.tsx';
import { AllianceMap } from './alliance-map.tsx';
import { InvitationsSection } from './invitations-section.tsx';
import { useAlliance } from './queries.ts';

const route = getRouteApi('/alliances/$id');

export function AlliancePage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const alliance = useAlliance(id);
  return (
    <QueryState query={alliance} notFound={<NotFoundContent title={t('alliance.notFound')} />}>
      {(data) => <AllianceView alliance={data} />}
    </QueryState>
  );
}

function AllianceView({ alliance }: { alliance: AllianceDetail }) {
  const { t } = useTranslation();
  const lang = useContentLang();
  const format = useFormat();
  const members = alliance.members.map((m) => m.organisation);
  return (
    <>
      <PageTitle preline={t('alliance.preline')}>{alliance.name}</PageTitle>
      <AllianceActions alliance={alliance} />
      {alliance.viewer.status === 'member' ? (
        <p className="kern-body">
          <Link className="kern-link" to="/portfolio" search={{ alliance: alliance.id }}>
            {t('portfolio.entry.alliance')}
          </Link>
        </p>
      ) : null}
      {alliance.viewer.status === 'member' ? (
        <p className="kern-body">
          <Link
            className="kern-link"
            to="/documents/$kind/$spaceId"
            params={{ kind: 'alliance', spaceId: alliance.id }}
            search={{}}
          >
            {t('documents.allianceLink')}
          </Link>
        </p>
      ) : null}
      <div className="stack-xl">
        {alliance.description || alliance.website ? (
          <Section title={t('alliance.about')}>
            {alliance.description ? (
              <div className="prose" lang={lang}>
                {alliance.description.split(/\n{2,}/).map((paragraph, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one text never reorder
                  <p className="kern-body" key={index}>
                    {paragraph}
                  </p>
                ))}
              </div>
            ) : null}
            <DescriptionList
              items={[
                ...(alliance.website
                  ? [
                      {
                        key: 'website',
                        label: t('organisation.website'),
                        value: (
                          <a className="kern-link break-all" href={alliance.website} rel="noopener noreferrer">
                            {alliance.website.replace(/^https?:\/\//, '')}
                          </a>
                        ),
                      },
                    ]
                  : []),
                { key: 'since', label: t('alliance.since'), value: format.date(alliance.createdAt) },
              ]}
            />
          </Section>
        ) : null}
        <Section title={t('alliance.membersTitle', { count: alliance.members.length })}>
          <div className="map-layout">
            <AllianceMap allianceName={alliance.name} members={members} />
            <DataTable
              caption={t('alliance.membersCaption', { name: alliance.name })}
              captionHidden
              rows={alliance.members}
              rowKey={(m) => m.organisation.id}
              empty={t('alliance.noMembers')}
              columns={[
                {
                  key: 'name',
                  header: t('organisation.name'),
                  render: (m) => (
                    <Link className="kern-link" to="/organisations/$id" params={{ id: m.organisation.id }}>
                      {m.organisation.name}
                    </Link>
                  ),
                },
                {
                  key: 'type',
                  header: t('organisation.type'),
                  render: (m) => organisationTypeLabel(t, m.organisation.type),
                },
                {
                  key: 'land',
                  header: t('organisation.land'),
                  render: (m) => landLabel(t, m.organisation.landCode, m.organisation.landName) || '–',
                },
                { key: 'joined', header: t('alliance.joined'), render: (m) => format.date(m.joinedAt) },
              ]}
            />
          </div>
        </Section>
        <PartnerCooperations kind="alliances" id={alliance.id} />
        <InvitationsSection alliance={alliance} />
      </div>
    </>
  );
}

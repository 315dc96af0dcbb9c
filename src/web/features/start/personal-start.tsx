import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/contracts/accounts.ts';
import { api } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button, ButtonLink } from '../../ui/button.tsx';
import { Card } from '../../ui/card.tsx';
import { Loading } from '../../ui/loading.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { useFormat } from '../../ui/use-format.ts';
import { isOrganisationAdmin } from '../accounts/use-me.ts';
import { AllianceList } from '../alliances/alliance-list.tsx';
import { useAlliances, useInvitations } from '../alliances/queries.ts';
import { MembershipStatusBadge } from '../organisations/membership-status-badge.tsx';
import { organisationTypeLabel } from '../organisations/organisation-types.ts';
import { AwaitingCard } from './awaiting-card.tsx';
import { NetworkSection } from './network-section.tsx';

export function PersonalStart({ me }: { me: Me }) {
  const { t } = useTranslation();
  const admin = isOrganisationAdmin(me);
  return (
    <>
      <PageTitle documentTitle={t('start.documentTitle')} lead={t('start.lead')}>
        {t('start.title', { name: me.name })}
      </PageTitle>
      <div className="start-grid">
        <AwaitingCard alwaysShow={me.isPlatformAdmin || admin} />
        <MyOrganisation me={me} />
        {admin && me.organisation ? <OpenInvitations organisationId={me.organisation.id} /> : null}
        {me.organisation?.status === 'confirmed' ? <MyAlliances /> : null}
        <NetworkSection />
      </div>
    </>
  );
}

function MyOrganisation({ me }: { me: Me }) {
  const { t } = useTranslation();
  const organisation = me.organisation;
  if (!organisation) {
    return (
      <Card
        id="start-organisation"
        title={t('start.organisation.title')}
        footer={
          <ButtonLink to="/account" variant="secondary">
            {t('start.organisation.choose')}
          </ButtonLink>
        }
      >
        <p className="kern-body">{t('start.organisation.none')}</p>
      </Card>
    );
  }
  return (
    <Card
      id="start-organisation"
      title={t('start.organisation.title')}
      footer={
        <ButtonLink to="/organisations/$id" params={{ id: organisation.id }} variant="secondary">
          {t('start.organisation.open')}
        </ButtonLink>
      }
    >
      <p className="kern-body kern-body--large">
        <strong>{organisation.name}</strong>
      </p>
      <p className="kern-body">
        {organisationTypeLabel(t, organisation.type)} ·{' '}
        {t('start.organisation.role', { role: t(`roles.${organisation.role}`) })}{' '}
        <MembershipStatusBadge status={organisation.status} />
      </p>
      {organisation.status === 'pending' ? (
        <Alert variant="warning" title={t('start.organisation.pendingTitle')}>
          <p className="kern-body">{t('start.organisation.pendingText', { organisation: organisation.name })}</p>
        </Alert>
      ) : null}
    </Card>
  );
}

function MyAlliances() {
  const { t } = useTranslation();
  const alliances = useAlliances({ mine: true });
  const items = (alliances.data?.items ?? []).filter((a) => a.myStatus !== 'invited');
  return (
    <Card
      id="start-alliances"
      title={t('start.alliances.title')}
      footer={
        <ButtonLink to="/alliances" variant="secondary">
          {t('start.alliances.all')}
        </ButtonLink>
      }
    >
      <ProblemAlert error={alliances.error} />
      {alliances.isPending ? (
        <Loading />
      ) : items.length ? (
        <AllianceList alliances={items} />
      ) : (
        <p className="kern-body">{t('start.alliances.none')}</p>
      )}
    </Card>
  );
}

function OpenInvitations({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useQueryClient();
  const invitations = useInvitations(true);
  const answer = useMutation({
    mutationFn: ({ allianceId, accept }: { allianceId: string; accept: boolean }) =>
      api.post(`/alliances/${allianceId}/invitations/${organisationId}/${accept ? 'accept' : 'decline'}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['alliances'] }),
  });
  const items = invitations.data ?? [];
  return (
    <Card id="start-invitations" title={t('start.invitations.title')}>
      <ProblemAlert error={invitations.error ?? answer.error} />
      {invitations.isPending ? (
        <Loading />
      ) : items.length === 0 ? (
        <p className="kern-body">{t('start.invitations.none')}</p>
      ) : (
        <ul className="plain-list invitation-list">
          {items.map((invitation) => (
            <li key={invitation.alliance.id} className="invitation-list__item">
              <p className="kern-body">
                <Link className="kern-link" to="/alliances/$id" params={{ id: invitation.alliance.id }}>
                  {invitation.alliance.name}
                </Link>{' '}
                <span className="kern-body--muted">
                  ({t('start.invitations.since', { date: format.date(invitation.invitedAt) })})
                </span>
              </p>
              <div className="kern-btn-wrapper">
                <Button
                  small
                  busy={answer.isPending}
                  onClick={() => answer.mutate({ allianceId: invitation.alliance.id, accept: true })}
                >
                  {t('alliance.invitation.accept')}
                  <span className="visually-hidden"> ({invitation.alliance.name})</span>
                </Button>
                <Button
                  small
                  variant="secondary"
                  busy={answer.isPending}
                  onClick={() => answer.mutate({ allianceId: invitation.alliance.id, accept: false })}
                >
                  {t('alliance.invitation.decline')}
                  <span className="visually-hidden"> ({invitation.alliance.name})</span>
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

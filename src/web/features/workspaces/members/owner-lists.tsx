import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/button.tsx';
import { Loading } from '../../../ui/loading.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { useFormat } from '../../../ui/use-format.ts';
import { useAnswerJoinRequest, useInvitations, useJoinRequests, useRevokeInvitation } from '../workspace-queries.ts';

/** Open invitations, each withdrawable (owners). */
export function OpenInvitations({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const invitations = useInvitations(workspaceId, true);
  const revoke = useRevokeInvitation(workspaceId);
  if (invitations.isPending) return <Loading />;
  if (!invitations.data) return <ProblemAlert error={invitations.error} />;
  if (invitations.data.length === 0) return <p className="kern-body">{t('workspaces.invitations.none')}</p>;
  return (
    <>
      <ProblemAlert error={revoke.error} />
      <ul className="plain-list owner-list">
        {invitations.data.map((invitation) => (
          <li key={invitation.id} className="owner-list__item">
            <span>
              <strong>{invitation.email}</strong> · {t(`workspaces.roles.${invitation.role}`)} ·{' '}
              {t('workspaces.invitations.until', { date: format.date(invitation.expiresAt) })}
            </span>
            <Button variant="tertiary" small busy={revoke.isPending} onClick={() => revoke.mutate(invitation.id)}>
              {t('workspaces.invitations.revoke')}
              <span className="visually-hidden"> ({invitation.email})</span>
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Open join requests, to accept or decline (owners). */
export function JoinRequests({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const requests = useJoinRequests(workspaceId, true);
  const answer = useAnswerJoinRequest(workspaceId);
  if (requests.isPending) return <Loading />;
  if (!requests.data) return <ProblemAlert error={requests.error} />;
  const open = requests.data.filter((r) => r.status === 'open');
  if (open.length === 0) return <p className="kern-body">{t('workspaces.requests.none')}</p>;
  return (
    <>
      <ProblemAlert error={answer.error} />
      <ul className="plain-list owner-list">
        {open.map((request) => (
          <li key={request.id} className="owner-list__item">
            <span>
              <strong>{request.person.name}</strong>
              {request.person.organisation ? ` · ${request.person.organisation.name}` : ''}
              {request.message ? <span className="owner-list__message">„{request.message}“</span> : null}
            </span>
            <span className="kern-btn-wrapper">
              <Button
                small
                busy={answer.isPending}
                onClick={() => answer.mutate({ requestId: request.id, accept: true })}
              >
                {t('workspaces.requests.accept')}
                <span className="visually-hidden"> ({request.person.name})</span>
              </Button>
              <Button
                small
                variant="secondary"
                busy={answer.isPending}
                onClick={() => answer.mutate({ requestId: request.id, accept: false })}
              >
                {t('workspaces.requests.decline')}
                <span className="visually-hidden"> ({request.person.name})</span>
              </Button>
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

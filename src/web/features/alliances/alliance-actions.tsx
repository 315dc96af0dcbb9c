import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { AllianceDetail } from '../../../shared/contracts/alliances.ts';
import { api } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ConfirmButton } from '../../ui/confirm-button.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { useMe } from '../accounts/use-me.ts';

/** For an admin of the invited organisation: accept or decline; for a member's admin: leave. */
export function AllianceActions({ alliance }: { alliance: AllianceDetail }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const client = useQueryClient();
  const organisationId = me?.organisation?.id;
  const refresh = () => client.invalidateQueries({ queryKey: ['alliances'] });
  const base = `/alliances/${alliance.id}`;
  const accept = useMutation({
    mutationFn: () => api.post(`${base}/invitations/${organisationId}/accept`),
    onSuccess: refresh,
  });
  const decline = useMutation({
    mutationFn: () => api.post(`${base}/invitations/${organisationId}/decline`),
    onSuccess: refresh,
  });
  const navigate = useNavigate();
  const leave = useMutation({
    mutationFn: () => api.delete(`${base}/members/${organisationId}`),
    onSuccess: async () => {
      // The last member leaving ends the alliance: there is no page left to stay on.
      if (alliance.members.length <= 1) await navigate({ to: '/alliances' });
      await refresh();
    },
  });
  const error = accept.error ?? decline.error ?? leave.error;

  if (!organisationId) return null;
  return (
    <div className="alliance-actions">
      <ProblemAlert error={error} />
      {accept.isSuccess ? <Alert variant="success" role="status" title={t('alliance.accepted')} /> : null}
      {decline.isSuccess ? <Alert variant="info" role="status" title={t('alliance.declined')} /> : null}
      {leave.isSuccess ? <Alert variant="info" role="status" title={t('alliance.left')} /> : null}
      {alliance.viewer.canAcceptInvitation ? (
        <Alert variant="info" title={t('alliance.invitation.title', { organisation: me?.organisation?.name })}>
          <p className="kern-body">{t('alliance.invitation.text')}</p>
          <div className="kern-btn-wrapper">
            <Button icon="check" busy={accept.isPending} onClick={() => accept.mutate()}>
              {t('alliance.invitation.accept')}
            </Button>
            <ConfirmButton
              question={t('alliance.invitation.declineQuestion')}
              confirmLabel={t('alliance.invitation.declineConfirm')}
              busy={decline.isPending}
              onConfirm={() => decline.mutate()}
            >
              {t('alliance.invitation.decline')}
            </ConfirmButton>
          </div>
        </Alert>
      ) : null}
      {alliance.viewer.canLeave ? (
        <div className="kern-btn-wrapper page-actions">
          <ConfirmButton
            icon="logout"
            question={t('alliance.leaveQuestion', { organisation: me?.organisation?.name, alliance: alliance.name })}
            confirmLabel={t('alliance.leaveConfirm')}
            busy={leave.isPending}
            onConfirm={() => leave.mutate()}
          >
            {t('alliance.leave')}
          </ConfirmButton>
        </div>
      ) : null}
    </div>
  );
}

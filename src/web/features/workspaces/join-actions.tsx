import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui/badge.tsx';
import { Button } from '../../ui/button.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { useJoin, useRequestToJoin } from './workspace-queries.ts';

interface JoinActionsProps {
  workspaceId: string;
  name: string;
  canJoin: boolean;
  canRequest: boolean;
  requestPending: boolean;
  onJoined?: () => void;
}

/** "Beitreten" for the owner's people, "Beitritt anfragen" for everyone else on a platform-wide workspace. */
export function JoinActions({ workspaceId, name, canJoin, canRequest, requestPending, onJoined }: JoinActionsProps) {
  const { t } = useTranslation();
  const join = useJoin(workspaceId);
  const ask = useRequestToJoin(workspaceId);
  const hidden = <span className="visually-hidden"> ({name})</span>;
  return (
    <div className="join-actions">
      {canJoin ? (
        <Button small busy={join.isPending} onClick={() => join.mutate(undefined, { onSuccess: onJoined })}>
          {t('workspaces.join.join')}
          {hidden}
        </Button>
      ) : null}
      {canRequest && !ask.isSuccess ? (
        <Button small variant="secondary" busy={ask.isPending} onClick={() => ask.mutate('')}>
          {t('workspaces.join.request')}
          {hidden}
        </Button>
      ) : null}
      {requestPending || ask.isSuccess ? <Badge variant="info">{t('workspaces.join.pending')}</Badge> : null}
      <ProblemAlert error={join.error ?? ask.error} />
    </div>
  );
}

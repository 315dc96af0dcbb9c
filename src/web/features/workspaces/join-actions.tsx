import { useNavigate } from '@tanstack/react-router';
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
}

/**
 * "Beitreten" for the owner's people, "Beitritt anfragen" for everyone else on a platform-wide workspace.
 * Who joins goes straight into the workspace, on its default channel, with focus on its heading.
 */
export function JoinActions({ workspaceId, name, canJoin, canRequest, requestPending }: JoinActionsProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const join = useJoin(workspaceId);

  async function enter() {
    try {
      await join.mutateAsync(undefined);
    } catch {
      return; // the error shows below the button
    }
    await navigate({ to: '/workspaces/$id', params: { id: workspaceId } });
    // On the workspace's own page the address stays the same, so no navigation moves focus: do it here.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-page-title]')?.focus());
  }

  const ask = useRequestToJoin(workspaceId);
  const hidden = <span className="visually-hidden"> ({name})</span>;
  return (
    <div className="join-actions">
      {canJoin ? (
        <Button small busy={join.isPending} onClick={() => void enter()}>
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

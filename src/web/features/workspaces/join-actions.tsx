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
    focusChatHeading();
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

/**
 * Focus on the chat's heading once it is shown (the workspace's channel loads after the page): on the
 * workspace's own page the address stays the same, so no navigation moves focus. Someone who has
 * moved on meanwhile keeps their focus.
 */
function focusChatHeading() {
  const started = Date.now();
  const timer = setInterval(() => {
    const heading = document.querySelector<HTMLElement>('.chat [data-page-title]');
    const idle =
      !document.activeElement ||
      document.activeElement === document.body ||
      document.activeElement.id === 'main-content';
    if (heading && idle) heading.focus();
    if (heading || !idle || Date.now() - started > 10_000) clearInterval(timer);
  }, 100);
}

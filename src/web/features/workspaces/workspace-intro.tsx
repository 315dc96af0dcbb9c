import { useTranslation } from 'react-i18next';
import type { WorkspaceDetail } from '../../../shared/contracts/workspaces.ts';
import { Alert } from '../../ui/alert.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { JoinActions } from './join-actions.tsx';

/** What someone who may find a workspace but is not in it sees: its description and how to join. */
export function WorkspaceIntro({ detail }: { detail: WorkspaceDetail }) {
  const { t } = useTranslation();
  const { workspace, viewer } = detail;
  return (
    <div className="narrow-page">
      <PageTitle preline={t('workspaces.preline')} lead={workspace.description || undefined}>
        {workspace.name}
      </PageTitle>
      <p className="kern-body">
        {t('workspaces.about.owner', { name: workspace.owner.name })} ·{' '}
        {t('workspaces.memberCount', { count: detail.memberCount })}
      </p>
      {viewer.canJoin || viewer.canRequest || viewer.requestPending ? (
        <JoinActions
          workspaceId={workspace.id}
          name={workspace.name}
          canJoin={viewer.canJoin}
          canRequest={viewer.canRequest}
          requestPending={viewer.requestPending}
        />
      ) : (
        <Alert variant="info" title={t('workspaces.join.invitationOnly')} />
      )}
    </div>
  );
}

import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/alert.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { RequireSignIn } from '../accounts/require-sign-in.tsx';
import { ChatLayout } from './chat/chat-layout.tsx';
import { WorkspaceIntro } from './workspace-intro.tsx';
import { useWorkspace } from './workspace-queries.ts';
import './workspaces.css';

const route = getRouteApi('/workspaces/$id');

/** /workspaces/$id: the chat on the workspace's default channel for members; how to join for others. */
export function WorkspacePage() {
  const { id } = route.useParams();
  const search = route.useSearch();
  const navigate = useNavigate();
  const detail = useWorkspace(id);
  return (
    <RequireSignIn>
      {(me) => (
        <QueryState query={detail} notFound={<WorkspaceNotFound />}>
          {(data) => {
            if (data.viewer.role === null) return <WorkspaceIntro detail={data} />;
            const channel = data.channels.find((c) => c.isDefault) ?? data.channels[0];
            return (
              <ChatLayout
                me={me}
                workspaceId={id}
                channelId={channel?.id ?? null}
                message={search.message ?? null}
                thread={search.thread ?? null}
                onThread={(thread) =>
                  void navigate({
                    to: '/workspaces/$id',
                    params: { id },
                    search: { message: search.message, thread: thread ?? undefined },
                  })
                }
              />
            );
          }}
        </QueryState>
      )}
    </RequireSignIn>
  );
}

function WorkspaceNotFound() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('workspaces.notFound')}</PageTitle>
      <Alert variant="info" title={t('workspaces.notFoundText')} />
    </>
  );
}

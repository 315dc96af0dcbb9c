import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../ui/alert.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { QueryState } from '../../../ui/query-state.tsx';
import { Section } from '../../../ui/section.tsx';
import { RequireSignIn } from '../../accounts/require-sign-in.tsx';
import { useChatEvents } from '../chat/use-chat-events.ts';
import { WorkspaceSettingsForm } from '../settings/workspace-settings-form.tsx';
import { useWorkspace } from '../workspace-queries.ts';
import { AddPersonForm, InviteByEmailForm } from './invite-forms.tsx';
import { MembersTable } from './members-table.tsx';
import { JoinRequests, OpenInvitations } from './owner-lists.tsx';
import '../workspaces.css';
import '../workspace-pages.css';

const route = getRouteApi('/workspaces/$id/members');

/** /workspaces/$id/members: the people of a workspace, inviting and adding them, join requests, settings. */
export function MembersPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const detail = useWorkspace(id);
  useChatEvents();
  return (
    <RequireSignIn>
      {(me) => (
        <QueryState
          query={detail}
          notFound={
            <>
              <PageTitle>{t('workspaces.notFound')}</PageTitle>
              <Alert variant="info" title={t('workspaces.notFoundText')} />
            </>
          }
        >
          {(data) =>
            data.viewer.role === null ? (
              <>
                <PageTitle>{data.workspace.name}</PageTitle>
                <Alert variant="info" title={t('workspaces.members.onlyMembers')} />
              </>
            ) : (
              <>
                <PageTitle
                  preline={data.workspace.name}
                  documentTitle={`${t('workspaces.members.title')} – ${data.workspace.name}`}
                >
                  {t('workspaces.members.title')}
                </PageTitle>
                <p className="kern-body page-actions">
                  <Link className="kern-link" to="/workspaces/$id" params={{ id }}>
                    {t('workspaces.members.back', { name: data.workspace.name })}
                  </Link>
                </p>
                <div className="stack-xl">
                  <Section title={t('workspaces.members.heading', { count: data.memberCount })}>
                    <MembersTable detail={data} meId={me.id} />
                  </Section>
                  {data.viewer.canInvite ? (
                    <>
                      <Section title={t('workspaces.invite.title')}>
                        <p className="kern-body">{t('workspaces.invite.lead')}</p>
                        <div className="narrow-page">
                          <InviteByEmailForm workspaceId={id} />
                        </div>
                      </Section>
                      <Section title={t('workspaces.add.title')}>
                        <div className="narrow-page">
                          <AddPersonForm detail={data} />
                        </div>
                      </Section>
                      <Section title={t('workspaces.invitations.title')}>
                        <OpenInvitations workspaceId={id} />
                      </Section>
                      <Section title={t('workspaces.requests.title')}>
                        <JoinRequests workspaceId={id} />
                      </Section>
                    </>
                  ) : null}
                  {data.viewer.canManage ? (
                    <Section title={t('workspaces.settings.title')}>
                      <div className="narrow-page">
                        <WorkspaceSettingsForm workspace={data.workspace} />
                      </div>
                    </Section>
                  ) : null}
                </div>
              </>
            )
          }
        </QueryState>
      )}
    </RequireSignIn>
  );
}

// The workspace and chat pages: /workspaces, an invitation's link, a workspace (its chat), its members,
// and /chat/$channelId for any channel or conversation (the link notifications use).
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../root-route.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const id = (value: unknown) => (typeof value === 'string' && UUID.test(value) ? value : undefined);

/** `message`: a message to open in its context; `thread`: the thread shown beside the channel. */
const chatSearch = (
  search: Record<string, unknown>,
): { message?: string | undefined; thread?: string | undefined } => ({
  message: id(search.message),
  thread: id(search.thread),
});

const workspacesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/workspaces',
  component: lazyRouteComponent(() => import('./workspaces-page.tsx'), 'WorkspacesPage'),
});
const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/workspaces/invitations/$token',
  component: lazyRouteComponent(() => import('./members/invitation-page.tsx'), 'InvitationPage'),
});
const workspaceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/workspaces/$id',
  component: lazyRouteComponent(() => import('./workspace-page.tsx'), 'WorkspacePage'),
  validateSearch: chatSearch,
});
const membersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/workspaces/$id/members',
  component: lazyRouteComponent(() => import('./members/members-page.tsx'), 'MembersPage'),
});
const chatRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/chat/$channelId',
  component: lazyRouteComponent(() => import('./chat/chat-page.tsx'), 'ChatPage'),
  validateSearch: chatSearch,
});

export const workspaceRoutes = [workspacesRoute, invitationRoute, workspaceRoute, membersRoute, chatRoute] as const;
